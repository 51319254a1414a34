/**
 * conflict-stats: strike-report statistics.
 *
 * <p>The API packages: {@code model} (reports, counts, weapons), {@code validation} (findings),
 * {@code stats} (tallies, rates, intervals, grouped tables), {@code io} (the Air Force CSV, the
 * weapon catalogue and the library's JSON, with a Jackson module), {@code table} (stats tables
 * written out, with a Jackson module), {@code chart} (rates over time as SVG or PNG; needs the
 * optional chart dependencies), {@code diff} (what a new release of a dataset changed),
 * {@code text} (reports read out of statements and news text) and {@code report} (the HTML
 * report: one self-contained page; its charts need the optional chart dependencies too).
 * The command-line tool lives in {@code cli} and needs picocli, which library users do not need.
 *
 * <p>References such as "DOMAIN.md §4b" in this documentation are to the sections of the domain
 * notes, {@code docs/DOMAIN.md} in the project's repository
 * (<a href="https://github.com/conflict-stats/conflict-stats/blob/main/docs/DOMAIN.md">on
 * GitHub</a>): what an outcome, an uncertain count, a
 * rate, a report's date, a source scope, a weapon, a revision and an attack mean.
 */
module org.conflictstats {
  requires transitive com.google.common;
  requires org.apache.commons.statistics.distribution;
  requires com.fasterxml.jackson.core;
  requires transitive com.fasterxml.jackson.databind;
  requires static info.picocli;
  // charts: optional dependencies, needed only by org.conflictstats.chart and the report
  requires static java.desktop;
  requires static java.xml;
  requires static org.jfree.jfreechart;
  requires static org.apache.xmlgraphics.batik.svggen;

  exports org.conflictstats.model;
  exports org.conflictstats.validation;
  exports org.conflictstats.stats;
  exports org.conflictstats.io;
  exports org.conflictstats.io.csv;
  exports org.conflictstats.io.json;
  exports org.conflictstats.table;
  exports org.conflictstats.chart;
  exports org.conflictstats.diff;
  exports org.conflictstats.text;
  exports org.conflictstats.text.json;
  exports org.conflictstats.report;

  // Jackson finds the three modules with ObjectMapper.findAndRegisterModules()
  provides com.fasterxml.jackson.databind.Module with
      org.conflictstats.io.json.ConflictStatsModule,
      org.conflictstats.table.StatsModule,
      org.conflictstats.text.json.ExtractionModule;

  // the command-line tool is not API; picocli reaches its commands by reflection
  opens org.conflictstats.cli to info.picocli;
}
