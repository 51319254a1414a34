package org.conflictstats.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.domains.Domain;
import org.conflictstats.model.Count;
import org.conflictstats.model.StrikeReport;
import org.conflictstats.model.Weapon;

/**
 * Laws of {@link ConflictStatsModule} on generated reports: a plain mapper writes the text
 * {@link ReportJson} writes, and reads back an equal value.
 */
@Domain(ReportDomain.class)
final class ConflictStatsModuleProperties {

  private static final ObjectMapper MAPPER = new ObjectMapper()
      .registerModule(new ConflictStatsModule());

  @Property(tries = 300)
  void aReportRoundTripsThroughAPlainMapper(@ForAll StrikeReport report) throws IOException {
    String json = MAPPER.writeValueAsString(report);
    assertEquals(ReportJson.write(report), json);
    assertEquals(report, MAPPER.readValue(json, StrikeReport.class));
  }

  @Property(tries = 100)
  void aListOfReportsRoundTrips(@ForAll @Size(max = 5) List<StrikeReport> reports)
      throws IOException {
    String json = MAPPER.writeValueAsString(reports);
    assertEquals(reports, List.of(MAPPER.readValue(json, StrikeReport[].class)));
  }

  @Property(tries = 300)
  void countsAndWeaponsRoundTrip(@ForAll Count count, @ForAll Weapon weapon) throws IOException {
    assertEquals(count, MAPPER.readValue(MAPPER.writeValueAsString(count), Count.class));
    assertEquals(weapon, MAPPER.readValue(MAPPER.writeValueAsString(weapon), Weapon.class));
  }
}
