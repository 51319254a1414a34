package org.conflictstats.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.type.WritableTypeId;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.Objects;

/**
 * The serializer of the library's Jackson modules: writes one value whole (an object, a number or
 * a string) with a body, and under default typing puts the type id around the whole value, as
 * around a value that is not an object (a wrapper array for a type property), which every
 * inclusion reads back. Not API: the package is not exported.
 *
 * @param <T> the type written
 */
public class WholeValueSerializer<T> extends StdSerializer<T> {
  private static final long serialVersionUID = 1L;

  /**
   * Writes one value.
   *
   * @param <T> the type written
   */
  @FunctionalInterface
  public interface Body<T> {
    /**
     * Writes {@code value}.
     *
     * @param g the generator
     * @param value the value
     * @param provider the provider, for values written with the mapper's own serializers
     * @throws IOException as the generator throws it
     */
    void write(JsonGenerator g, T value, SerializerProvider provider) throws IOException;
  }

  private final transient Body<T> body;

  /**
   * A serializer of {@code type} that writes with {@code body}.
   *
   * @param type the type
   * @param body what writes a value
   */
  public WholeValueSerializer(Class<T> type, Body<T> body) {
    super(type);
    this.body = Objects.requireNonNull(body, "body");
  }

  @Override
  public final void serialize(T value, JsonGenerator g, SerializerProvider provider)
      throws IOException {
    body.write(g, value, provider);
  }

  @Override
  public final void serializeWithType(T value, JsonGenerator g, SerializerProvider provider,
      TypeSerializer typeSer) throws IOException {
    WritableTypeId id = typeSer.writeTypePrefix(g,
        typeSer.typeId(value, JsonToken.VALUE_EMBEDDED_OBJECT));
    body.write(g, value, provider);
    typeSer.writeTypeSuffix(g, id);
  }
}
