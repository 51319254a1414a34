package org.conflictstats.table;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.conflictstats.model.ReportPeriod;
import org.conflictstats.stats.Attribution;
import org.conflictstats.stats.DateRange;
import org.conflictstats.validation.FieldPath;

/**
 * The values {@link StatsModule} reads back round-trip through a mapper that registers it: a
 * date range, open at either end or not, a finding's field path, and an attribution of either
 * rule in any zone the JDK knows (region ids, offsets, {@code UTC}).
 */
class ModuleRoundTripProperties {

  private static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules();

  @Provide
  Arbitrary<DateRange> ranges() {
    Arbitrary<LocalDate> dates = Arbitraries.integers().between(0, 3 * 366)
        .map(d -> LocalDate.of(2023, 1, 1).plusDays(d));
    return Combinators.combine(dates, Arbitraries.integers().between(0, 400),
            Arbitraries.integers().between(0, 3))
        .as((first, days, open) -> switch (open) {
          case 0 -> DateRange.of(first, first.plusDays(days));
          case 1 -> DateRange.from(first);
          case 2 -> DateRange.until(first);
          default -> DateRange.all();
        });
  }

  @Provide
  Arbitrary<FieldPath> paths() {
    Arbitrary<String> names = Arbitraries.of("lines", "casualties", "killed", "launched",
        "details", "places", "weapon");
    return Combinators.combine(names.list().ofMaxSize(4),
            Arbitraries.integers().between(0, 40).list().ofSize(4))
        .as((segments, indexes) -> {
          FieldPath p = FieldPath.root();
          for (int i = 0; i < segments.size(); i++) {
            p = p.field(segments.get(i));
            if (indexes.get(i) % 2 == 0) {
              p = p.index(indexes.get(i));
            }
          }
          return p;
        });
  }

  @Provide
  Arbitrary<Attribution> attributions() {
    List<String> ids = new ArrayList<>(ZoneId.getAvailableZoneIds());
    Collections.sort(ids);
    Arbitrary<ZoneId> zones = Arbitraries.oneOf(Arbitraries.of(ids).map(ZoneId::of),
        Arbitraries.integers().between(-18 * 3600, 18 * 3600).map(ZoneOffset::ofTotalSeconds),
        Arbitraries.of(ZoneId.of("UTC"), ZoneOffset.UTC, ReportPeriod.KYIV));
    return Combinators.combine(Arbitraries.of(Attribution.Rule.class), zones)
        .as(Attribution::of);
  }

  @Property(tries = 500)
  void anAttributionRoundTrips(@ForAll("attributions") Attribution a) throws Exception {
    String json = MAPPER.writeValueAsString(a);
    assertEquals(a, MAPPER.readValue(json, Attribution.class), json);
    assertEquals(a.rule(), Attribution.Rule.parse(MAPPER.readTree(json).get("rule").asText()));
  }

  @Property(tries = 300)
  void aDateRangeRoundTrips(@ForAll("ranges") DateRange range) throws Exception {
    assertEquals(range, MAPPER.readValue(MAPPER.writeValueAsString(range), DateRange.class));
  }

  @Property(tries = 300)
  void aFieldPathRoundTrips(@ForAll("paths") FieldPath path) throws Exception {
    String json = MAPPER.writeValueAsString(path);
    assertEquals(MAPPER.writeValueAsString(path.toString()), json);
    assertEquals(path, MAPPER.readValue(json, FieldPath.class));
  }
}
