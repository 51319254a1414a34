package org.conflictstats.io.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.Map;
import java.util.Objects;
import org.conflictstats.model.Casualties;
import org.conflictstats.model.CataloguedWeapon;
import org.conflictstats.model.CompositeWeapon;
import org.conflictstats.model.Count;
import org.conflictstats.model.LineDetails;
import org.conflictstats.model.PlaceCasualties;
import org.conflictstats.model.Region;
import org.conflictstats.model.ReportPeriod;
import org.conflictstats.model.ReportTime;
import org.conflictstats.model.Source;
import org.conflictstats.model.StrikeReport;
import org.conflictstats.model.SubTypeCounts;
import org.conflictstats.model.UnresolvedWeapon;
import org.conflictstats.model.Weapon;
import org.conflictstats.model.WeaponCatalog;
import org.conflictstats.model.WeaponLine;

/**
 * Writes a report as one JSON object (the format of {@code strike-report.schema.json}). A catalogued
 * weapon's aliases are written only when the weapon differs from the writing catalogue's entry of
 * that name, so documents stay short and still lose nothing.
 */
final class ReportEncoder {

  private final WeaponCatalog catalog;

  ReportEncoder(WeaponCatalog catalog) {
    this.catalog = Objects.requireNonNull(catalog, "catalog");
  }

  void write(JsonGenerator g, StrikeReport r) throws IOException {
    Objects.requireNonNull(r, "report");
    g.writeStartObject();
    g.writeNumberField(Names.SCHEMA_VERSION, ReportJson.SCHEMA_VERSION);
    JsonText.field(g, Names.ID, r.id());
    writePeriod(g, r.period());
    writeSource(g, r.source());
    JsonText.field(g, Names.TARGET_AREA, r.targetArea());
    g.writeArrayFieldStart(Names.REGIONS);
    for (Region region : r.regions()) {
      JsonText.value(g, region.name());
    }
    g.writeEndArray();
    g.writeArrayFieldStart(Names.LINES);
    for (WeaponLine line : r.lines()) {
      writeLine(g, line);
    }
    g.writeEndArray();
    writeCasualties(g, r.casualties());
    JsonText.field(g, Names.NOTES, r.notes());
    g.writeEndObject();
  }

  private static void writePeriod(JsonGenerator g, ReportPeriod p) throws IOException {
    g.writeFieldName(Names.PERIOD);
    writePeriodValue(g, p);
  }

  /** Writes a period as a value: {@code {"start": ..., "end": ..., "zone": ...}}. */
  static void writePeriodValue(JsonGenerator g, ReportPeriod p) throws IOException {
    g.writeStartObject();
    JsonText.field(g, Names.START, time(p.start()));
    JsonText.field(g, Names.END, time(p.end()));
    JsonText.field(g, Names.ZONE, p.zone().getId());
    g.writeEndObject();
  }

  /** {@code 2025-04-16T20:00} to the minute, {@code 2025-04-17} for a date only. */
  static String time(ReportTime t) {
    return t.isDateOnly() ? t.date().toString() : t.dateTime().toString();
  }

  private static void writeSource(JsonGenerator g, Source s) throws IOException {
    g.writeFieldName(Names.SOURCE);
    writeSourceValue(g, s);
  }

  /** Writes a source as a value: {@code {"name": ..., "kind": ..., "address": ...}}. */
  static void writeSourceValue(JsonGenerator g, Source s) throws IOException {
    g.writeStartObject();
    JsonText.field(g, Names.NAME, s.name());
    JsonText.field(g, Names.KIND, s.kind().name());
    if (s.address().isPresent()) {
      JsonText.field(g, Names.ADDRESS, s.address().get());
    }
    g.writeEndObject();
  }

  void writeLine(JsonGenerator g, WeaponLine line) throws IOException {
    g.writeStartObject();
    g.writeFieldName(Names.WEAPON);
    writeWeapon(g, line.weapon());
    writeCount(g, Names.LAUNCHED, line.launched());
    writeCount(g, Names.DESTROYED, line.destroyed());
    writeCount(g, Names.SUPPRESSED, line.suppressed());
    writeCount(g, Names.STILL_AIRBORNE, line.stillAirborne());
    writeCount(g, Names.LEFT_AIRSPACE, line.leftAirspace());
    writeCount(g, Names.HIT, line.hit());
    if (!line.details().equals(LineDetails.none())) {
      g.writeFieldName(Names.DETAILS);
      writeDetails(g, line.details());
    }
    g.writeEndObject();
  }

  void writeWeapon(JsonGenerator g, Weapon w) throws IOException {
    g.writeStartObject();
    JsonText.field(g, Names.NAME, w.name());
    JsonText.field(g, Names.CATEGORY, w.category().label());
    if (w instanceof CompositeWeapon c) {
      g.writeArrayFieldStart(Names.PARTS);
      for (Weapon part : c.parts()) {
        writeWeapon(g, part);
      }
      g.writeEndArray();
    } else if (w instanceof UnresolvedWeapon) {
      g.writeBooleanField(Names.UNRESOLVED, true);
    } else {
      CataloguedWeapon cw = (CataloguedWeapon) w;
      // the aliases too: a weapon's equality leaves them out, the document must not
      boolean asCatalogued = catalog.find(cw.name())
          .map(e -> cw.equals(e) && cw.aliases().equals(e.aliases())).orElse(false);
      if (!asCatalogued) {
        g.writeArrayFieldStart(Names.ALIASES);
        for (String alias : cw.aliases()) {
          JsonText.value(g, alias);
        }
        g.writeEndArray();
      }
    }
    g.writeEndObject();
  }

  void writeDetails(JsonGenerator g, LineDetails d) throws IOException {
    LineDetails none = LineDetails.none();
    g.writeStartObject();
    writeTextIfAny(g, Names.LAUNCH_PLACE, d.launchPlace());
    writeTextIfAny(g, Names.TARGET, d.target());
    writeTextIfAny(g, Names.MAIN_TARGET, d.mainTarget());
    writeTextIfAny(g, Names.CARRIER, d.carrier());
    if (!d.affectedRegions().isEmpty()) {
      g.writeArrayFieldStart(Names.AFFECTED_REGIONS);
      for (Region region : d.affectedRegions()) {
        JsonText.value(g, region.name());
      }
      g.writeEndArray();
    }
    if (!d.launchedByModel().isEmpty()) {
      g.writeArrayFieldStart(Names.LAUNCHED_BY_MODEL);
      for (Map.Entry<Weapon, Count> e : d.launchedByModel().entrySet()) {
        g.writeStartObject();
        g.writeFieldName(Names.WEAPON);
        writeWeapon(g, e.getKey());
        writeCount(g, Names.LAUNCHED, e.getValue());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    if (!d.launchPlaceByModel().isEmpty()) {
      g.writeObjectFieldStart(Names.LAUNCH_PLACE_BY_MODEL);
      for (Map.Entry<String, String> e : d.launchPlaceByModel().entrySet()) {
        JsonText.name(g, e.getKey());
        JsonText.value(g, e.getValue());
      }
      g.writeEndObject();
    }
    writeCountMap(g, Names.DESTROYED_BY_DIRECTION, d.destroyedByDirection());
    writeCountMap(g, Names.LEFT_AIRSPACE_BY_COUNTRY, d.leftAirspaceByCountry());
    if (!d.subTypes().isEmpty()) {
      g.writeArrayFieldStart(Names.SUB_TYPES);
      for (SubTypeCounts s : d.subTypes()) {
        writeSubType(g, s);
      }
      g.writeEndArray();
    }
    writeCountIfKnown(g, Names.GENUINE_SHAHEDS, d.genuineShaheds(), none.genuineShaheds());
    writeCountIfKnown(g, Names.JET_POWERED, d.jetPowered(), none.jetPowered());
    writeCountIfKnown(g, Names.JET_POWERED_DESTROYED, d.jetPoweredDestroyed(),
        none.jetPoweredDestroyed());
    writeCountIfKnown(g, Names.HIT_LOCATIONS, d.hitLocations(), none.hitLocations());
    writeCountIfKnown(g, Names.FRAGMENT_LOCATIONS, d.fragmentLocations(),
        none.fragmentLocations());
    if (d.launchedWithheld()) {
      g.writeBooleanField(Names.LAUNCHED_WITHHELD, true);
    }
    g.writeEndObject();
  }

  /** Writes the counts of one sub-type as a value. */
  static void writeSubType(JsonGenerator g, SubTypeCounts s) throws IOException {
    g.writeStartObject();
    JsonText.field(g, Names.NAME, s.name());
    writeCount(g, Names.LAUNCHED, s.launched());
    writeCount(g, Names.DESTROYED, s.destroyed());
    g.writeEndObject();
  }

  private static void writeCasualties(JsonGenerator g, Casualties c) throws IOException {
    g.writeFieldName(Names.CASUALTIES);
    writeCasualtiesValue(g, c);
  }

  /** Writes casualties as a value: killed, injured and the places. */
  static void writeCasualtiesValue(JsonGenerator g, Casualties c) throws IOException {
    g.writeStartObject();
    writeCount(g, Names.KILLED, c.killed());
    writeCount(g, Names.INJURED, c.injured());
    g.writeArrayFieldStart(Names.BY_PLACE);
    for (PlaceCasualties p : c.byPlace()) {
      writePlace(g, p);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  /** Writes the casualties of one place as a value. */
  static void writePlace(JsonGenerator g, PlaceCasualties p) throws IOException {
    g.writeStartObject();
    JsonText.field(g, Names.PLACE, p.place());
    writeCount(g, Names.KILLED, p.killed());
    writeCount(g, Names.INJURED, p.injured());
    g.writeEndObject();
  }

  private static void writeTextIfAny(JsonGenerator g, String name, String value)
      throws IOException {
    if (!value.isEmpty()) {
      JsonText.field(g, name, value);
    }
  }

  private static void writeCountIfKnown(JsonGenerator g, String name, Count value, Count absent)
      throws IOException {
    if (!value.equals(absent)) {
      writeCount(g, name, value);
    }
  }

  private static void writeCountMap(JsonGenerator g, String name, Map<String, Count> map)
      throws IOException {
    if (!map.isEmpty()) {
      g.writeObjectFieldStart(name);
      for (Map.Entry<String, Count> e : map.entrySet()) {
        writeCount(g, e.getKey(), e.getValue());
      }
      g.writeEndObject();
    }
  }

  /**
   * Writes a count by its kind: {@code 75}, {@code {"atLeast": 30}}, {@code {"atMost": 10}},
   * {@code {"between": [10, 20]}} or {@code "unknown"}.
   */
  static void writeCount(JsonGenerator g, String name, Count c) throws IOException {
    JsonText.name(g, name);
    writeCountValue(g, c);
  }

  /** Writes a count as a value, by its kind. */
  static void writeCountValue(JsonGenerator g, Count c) throws IOException {
    switch (c.kind()) {
      case EXACT:
        g.writeNumber(c.lower());
        break;
      case AT_LEAST:
        g.writeStartObject();
        g.writeNumberField(Names.AT_LEAST, c.lower());
        g.writeEndObject();
        break;
      case AT_MOST:
        g.writeStartObject();
        g.writeNumberField(Names.AT_MOST, c.upper().getAsLong());
        g.writeEndObject();
        break;
      case BETWEEN:
        g.writeStartObject();
        g.writeArrayFieldStart(Names.BETWEEN);
        g.writeNumber(c.lower());
        g.writeNumber(c.upper().getAsLong());
        g.writeEndArray();
        g.writeEndObject();
        break;
      default:
        g.writeString(Names.UNKNOWN);
        break;
    }
  }
}
