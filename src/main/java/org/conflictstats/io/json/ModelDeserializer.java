package org.conflictstats.io.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.IOException;
import java.util.List;
import org.conflictstats.model.WeaponCatalog;

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
    JsonNode tree = ctxt.readTree(p);
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
    return ctxt.reportInputMismatch(this, "a %s is never null in this format; leave the property"
        + " out or write its unknown form", type.getSimpleName());
  }

  /** Jackson's exception for a decoding failure, with the path of the failing field. */
  static MismatchedInputException mismatch(JsonParser p, Class<?> type, DocumentException e) {
    MismatchedInputException x = e.unknownPropertyName() != null
        ? UnrecognizedPropertyException.from(p, type, e.unknownPropertyName(), List.of())
        : MismatchedInputException.from(p, type, e.reason());
    List<Object> steps = FieldPaths.steps(e.field());
    // UnrecognizedPropertyException.from has already put the property itself on the path
    int last = e.unknownPropertyName() != null ? steps.size() - 2 : steps.size() - 1;
    for (int i = last; i >= 0; i--) {
      Object step = steps.get(i);
      x.prependPath(step instanceof Integer index
          ? new JsonMappingException.Reference(type, index)
          : new JsonMappingException.Reference(type, (String) step));
    }
    return x;
  }
}
