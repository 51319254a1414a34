package org.conflictstats.io.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import org.conflictstats.internal.ModelFormat;
import org.conflictstats.internal.WholeValueSerializer;

/**
 * A Jackson serializer that writes one model type through {@link ReportEncoder}, the code that
 * {@link ReportJson} writes with, so that both always write the same text. The caller's generator
 * is used as it is: {@code JsonText} escapes what must be escaped in the data's text.
 */
final class ModelSerializer<T> extends WholeValueSerializer<T> implements ModelFormat {
  private static final long serialVersionUID = 1L;

  /** Writes one value with the encoder. */
  @FunctionalInterface
  interface Body<T> {
    void write(ReportEncoder encoder, JsonGenerator g, T value) throws IOException;
  }

  ModelSerializer(Class<T> type, ReportEncoder encoder, Body<T> body) {
    super(type, (g, value, provider) -> body.write(encoder, g, value));
  }
}
