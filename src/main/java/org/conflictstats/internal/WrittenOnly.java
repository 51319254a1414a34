package org.conflictstats.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import java.io.IOException;
import java.util.Objects;

/**
 * The one rule of the Jackson modules' written-only types: reading one throws an
 * {@link InvalidDefinitionException} that says it is written, not read, what it is and what to
 * keep instead ("Tally is written, not read: it is the sum of weapon lines; keep the reports and
 * run the query again"), before Jackson's own handling of the type (its bean or record
 * properties, its {@code Optional}s, its Guava collections) could fail with a message that points
 * elsewhere, or partly succeed. Not API: the package is not exported.
 *
 * @param <T> the type refused
 */
public final class WrittenOnly<T> extends JsonDeserializer<T> {
  private final Class<T> type;
  private final String message;

  /**
   * A deserializer that refuses {@code type}.
   *
   * @param type the type
   * @param what what a value of it is, after "it is" ("the sum of weapon lines")
   * @param again what to do with the reports instead, after "keep the reports and" ("run the
   *     query again")
   */
  public WrittenOnly(Class<T> type, String what, String again) {
    this.type = Objects.requireNonNull(type, "type");
    this.message = message(type, what, again);
  }

  /**
   * The message of a refused read.
   *
   * @param type the type
   * @param what what a value of it is
   * @param again what to do with the reports instead
   * @return "TYPE is written, not read: it is WHAT; keep the reports and AGAIN"
   */
  public static String message(Class<?> type, String what, String again) {
    return type.getSimpleName() + " is written, not read: it is " + what
        + "; keep the reports and " + again;
  }

  @Override
  public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    return ctxt.reportBadDefinition(ctxt.constructType(type), message);
  }

  @Override
  public Class<?> handledType() {
    return type;
  }
}
