package org.conflictstats.io.json;

import com.fasterxml.jackson.core.JsonGenerator;
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
}
