package org.conflictstats.io.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.JsonNodeDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.conflictstats.model.Casualties;
import org.conflictstats.model.Count;
import org.conflictstats.model.LineDetails;
import org.conflictstats.model.PlaceCasualties;
import org.conflictstats.model.ReportPeriod;
import org.conflictstats.model.ReportTime;
import org.conflictstats.model.Source;
import org.conflictstats.model.StrikeReport;
import org.conflictstats.model.SubTypeCounts;
import org.conflictstats.model.Weapon;
import org.conflictstats.model.WeaponCatalog;
import org.conflictstats.model.WeaponLine;

/**
 * A Jackson deserializer that reads one model type through {@link ReportDecoder}, the code that
 * {@link ReportJson} reads with: the value is read as a tree by the caller's parser, then decoded.
 * A value the format does not allow becomes a {@link MismatchedInputException} (an
 * {@link UnrecognizedPropertyException} for an unknown property) whose path leads to the field,
 * such as {@code lines[0].launched}. Unknown properties are errors when the mapper has
 * {@link DeserializationFeature#FAIL_ON_UNKNOWN_PROPERTIES} (Jackson's default) and are ignored
 * otherwise. JSON {@code null} is refused: the format never writes it.
 */
final class ModelDeserializer<T> extends StdDeserializer<T> {
  private static final long serialVersionUID = 1L;

  /** The properties whose values are counts, in whatever object holds them. */
  private static final Set<String> COUNT_PROPERTIES = Set.of(Names.LAUNCHED, Names.DESTROYED,
      Names.SUPPRESSED, Names.STILL_AIRBORNE, Names.LEFT_AIRSPACE, Names.HIT, Names.KILLED,
      Names.INJURED, Names.GENUINE_SHAHEDS, Names.JET_POWERED, Names.JET_POWERED_DESTROYED,
      Names.HIT_LOCATIONS, Names.FRAGMENT_LOCATIONS);

  private static final Map<Class<?>, Map<String, Class<?>>> CHILDREN = Map.of(
      StrikeReport.class, Map.of(Names.PERIOD, ReportPeriod.class, Names.SOURCE, Source.class,
          Names.LINES, WeaponLine.class, Names.CASUALTIES, Casualties.class),
      ReportPeriod.class, Map.of(Names.START, ReportTime.class, Names.END, ReportTime.class),
      WeaponLine.class, Map.of(Names.WEAPON, Weapon.class, Names.DETAILS, LineDetails.class),
      Weapon.class, Map.of(Names.PARTS, Weapon.class),
      // launchedByModel is an array of {weapon, launched}; the other two maps map a name to a count
      LineDetails.class, Map.of(Names.SUB_TYPES, SubTypeCounts.class, Names.LAUNCHED_BY_MODEL,
          Map.Entry.class, Names.DESTROYED_BY_DIRECTION, Map.class,
          Names.LEFT_AIRSPACE_BY_COUNTRY, Map.class),
      Map.Entry.class, Map.of(Names.WEAPON, Weapon.class),
      Casualties.class, Map.of(Names.BY_PLACE, PlaceCasualties.class));

  /** Decodes one value from its tree. */
  @FunctionalInterface
  interface Body<T> {
    T read(ReportDecoder decoder, JsonNode node, DocumentPath path);
  }

  private final Class<T> type;
  private final transient WeaponCatalog catalog;
  private final transient Body<? extends T> body;

  ModelDeserializer(Class<T> type, WeaponCatalog catalog, Body<? extends T> body) {
    super(type);
    this.type = type;
    this.catalog = catalog;
    this.body = body;
  }

  @Override
  public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    // the value's tree as it is: not ctxt.readTree, which a mapper with default typing for every
    // type expects wrapped in a type id of its own
    JsonNode tree = (JsonNode) JsonNodeDeserializer.getDeserializer(JsonNode.class)
        .deserialize(p, ctxt);
    boolean strict = ctxt.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    ReportDecoder decoder = new ReportDecoder(catalog, strict, (field, message) -> { });
    try {
      return body.read(decoder, tree, DocumentPath.ROOT);
    } catch (DocumentException e) {
      throw mismatch(p, type, e);
    }
  }

  @Override
  public T getNullValue(DeserializationContext ctxt) throws JsonMappingException {
    return ctxt.reportInputMismatch(this, "a %s is never null in this format%s",
        type.getSimpleName(), unknownForm());
  }

  /**
   * A property of this type missing from an object that a creator reads (a record of the caller's
   * holding a {@code Count}): said as missing, not as null (review rv45a: "leave the property
   * out" was the advice for a property left out).
   */
  @Override
  public Object getAbsentValue(DeserializationContext ctxt) throws JsonMappingException {
    return ctxt.reportInputMismatch(this, "missing: a %s is never null in this format%s",
        type.getSimpleName(), unknownForm());
  }

  /** What to write for a value not known, where the type has such a form. */
  private String unknownForm() {
    return type == Count.class ? "; write \"unknown\" for a count that is not known" : "";
  }

  /**
   * Jackson's exception for a decoding failure, its message naming the field as {@link ReportJson}
   * does ({@code field lines[0].launched: missing}), with the path of the failing field, each step
   * naming the model type that holds it ({@code StrikeReport["lines"]->List[0]->WeaponLine["hit"]})
   * and, for an unknown property, the properties its object does have.
   */
  static MismatchedInputException mismatch(JsonParser p, Class<?> type, DocumentException e) {
    List<Object> steps = FieldPaths.steps(e.field());
    List<Class<?>> holders = new ArrayList<>(steps.size());
    Class<?> at = type;
    for (Object step : steps) {
      holders.add(step instanceof Integer ? List.class : at);
      at = step instanceof Integer ? at : holds(at, (String) step);
    }
    boolean unknown = e.unknownPropertyName() != null;
    MismatchedInputException x = unknown
        ? UnrecognizedPropertyException.from(p, holders.isEmpty() ? type : holders.get(
            holders.size() - 1), e.unknownPropertyName(), new ArrayList<>(new TreeSet<>(
            e.knownProperties())))
        : MismatchedInputException.from(p, at, e.fullReason());
    // UnrecognizedPropertyException.from has already put the property itself on the path
    int last = unknown ? steps.size() - 2 : steps.size() - 1;
    for (int i = last; i >= 0; i--) {
      Object step = steps.get(i);
      x.prependPath(step instanceof Integer index
          ? new JsonMappingException.Reference(holders.get(i), index)
          : new JsonMappingException.Reference(holders.get(i), (String) step));
    }
    return x;
  }

  /**
   * The model type of a property's value (of an array property, of its elements); the holder's own
   * type for a property whose value is a plain value, a map or a type of its own not listed here.
   */
  private static Class<?> holds(Class<?> holder, String property) {
    Class<?> child = CHILDREN.getOrDefault(Weapon.class.isAssignableFrom(holder) ? Weapon.class
        : holder, Map.of()).get(property);
    if (child != null) {
      return child;
    }
    // a count's own properties (atLeast, ...) and a map's values are the count's
    return COUNT_PROPERTIES.contains(property) || holder == Map.class ? Count.class : holder;
  }
}
