package org.conflictstats.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.OptionalLong;
import org.conflictstats.io.ImportResult;
import org.conflictstats.io.ImportWarning;
import org.conflictstats.io.csv.AirForceCsv;
import org.conflictstats.stats.Dimension;
import org.conflictstats.stats.StatsQuery;
import org.conflictstats.stats.StatsTable;
import org.conflictstats.validation.ValidationResult;
import org.conflictstats.validation.Validator;
import org.junit.jupiter.api.Test;

/**
 * Every type the two Jackson modules write but do not read, written by a mapper that found both
 * modules and read back: one message for all, "X is written, not read: ...", never Jackson's own
 * errors about its properties, {@code Optional}s or Guava collections (review rv43, finding 1).
 */
final class WrittenOnlyTypesTest {

  private static final String CSV = "time_start,time_end,model,launched,destroyed,source\n"
      + "2025-04-16 20:00,2025-04-17 08:00,Shahed-136/131,75,25,kpszsu/posts/synthetic-1\n"
      + "2025-04-16 20:00,2025-04-17 08:00,X-101/X-555,abc,2,kpszsu/posts/synthetic-1\n"
      + "2025-04-22 20:00,2025-04-23 08:00,Shahed-136/131,10,12,kpszsu/posts/synthetic-7\n";

  @Test
  void everyWrittenOnlyTypeRefusesToBeReadSayingSo() throws IOException {
    ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
    ImportResult read = AirForceCsv.reader().read(new StringReader(CSV), "bad.csv");
    assertFalse(read.rejected().isEmpty(), read.toString());
    ValidationResult validation = Validator.standard().validateAll(read.reports());
    assertFalse(validation.findings().isEmpty(), validation.toString());
    StatsTable table = StatsQuery.groupBy(Dimension.WEAPON).run(read.reports());
    List<Object> values = List.of(read, read.imported().get(0), read.rejected().get(0),
        read.rejected().get(0).location(), read.files().get(0),
        new ImportWarning("bad.csv", OptionalLong.of(3), "a warning"), validation,
        validation.findings().get(0), table, table.rows().get(0).tally(),
        org.conflictstats.stats.Attack.of(read.reports().get(0),
            org.conflictstats.stats.Attribution.standard().dateOf(read.reports().get(0).period())));
    for (Object value : values) {
      String json = mapper.writeValueAsString(value);
      Class<?> type = value.getClass();
      InvalidDefinitionException e = assertThrows(InvalidDefinitionException.class,
          () -> mapper.readValue(json, type), type.getName());
      String what = type.getSimpleName() + " is written, not read: it is ";
      assertEquals(what, e.getOriginalMessage().substring(0, Math.min(what.length(),
          e.getOriginalMessage().length())), e.getMessage());
    }
  }

  @Test
  void theMessagesSayWhatEachIsAndWhatToDoInstead() {
    ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
    assertEquals("ImportCounts is written, not read: it is what a read gave beside its reports;"
        + " keep the reports and read them again", assertThrows(InvalidDefinitionException.class,
            () -> mapper.readValue("{}", org.conflictstats.io.ImportCounts.class))
            .getOriginalMessage());
    assertEquals("Finding is written, not read: it is what a validation found; keep the reports"
        + " and validate them again", assertThrows(InvalidDefinitionException.class,
            () -> mapper.readValue("{}", org.conflictstats.validation.Finding.class))
            .getOriginalMessage());
    assertEquals("Tally is written, not read: it is the sum of weapon lines; keep the reports and"
        + " run the query again", assertThrows(InvalidDefinitionException.class,
            () -> mapper.readValue("{}", org.conflictstats.stats.Tally.class))
            .getOriginalMessage());
  }
}
