package org.conflictstats.io.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.type.WritableTypeId;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/**
 * A Jackson serializer that writes one model type through {@link ReportEncoder}, the code that
 * {@link ReportJson} writes with, so that both always write the same text.
 */
final class ModelSerializer<T> extends StdSerializer<T> {
  private static final long serialVersionUID = 1L;

  /** Writes one value with the encoder. */
  @FunctionalInterface
  interface Body<T> {
    void write(ReportEncoder encoder, JsonGenerator g, T value) throws IOException;
  }

  private final transient ReportEncoder encoder;
  private final transient Body<T> body;

  ModelSerializer(Class<T> type, ReportEncoder encoder, Body<T> body) {
    super(type);
    this.encoder = encoder;
    this.body = body;
  }

  @Override
  public void serialize(T value, JsonGenerator g, SerializerProvider provider) throws IOException {
    // the caller's generator as it is: JsonText escapes what must be escaped in the data's text
    body.write(encoder, g, value);
  }

  /**
   * With default typing: the value is written whole (an object, a number or a string), so its
   * type id goes around it as around a value that is not an object (a wrapper array for a type
   * property), which every inclusion reads back.
   */
  @Override
  public void serializeWithType(T value, JsonGenerator g, SerializerProvider provider,
      TypeSerializer typeSer) throws IOException {
    WritableTypeId id = typeSer.writeTypePrefix(g,
        typeSer.typeId(value, JsonToken.VALUE_EMBEDDED_OBJECT));
    serialize(value, g, provider);
    typeSer.writeTypeSuffix(g, id);
  }
}
