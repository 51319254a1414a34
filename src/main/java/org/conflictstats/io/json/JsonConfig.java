package org.conflictstats.io.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The one hardened Jackson set-up of this package: limits on what a document may hold, duplicate keys
 * detected, trailing tokens refused, no default typing (the package reads trees and never binds to
 * classes named by a document).
 */
final class JsonConfig {

  /** The deepest nesting of objects and arrays a document may have. */
  static final int MAX_NESTING_DEPTH = 64;
  /** The longest string value, in characters (1 MiB). */
  static final int MAX_STRING_LENGTH = 1 << 20;
  /** The longest number, in characters. */
  static final int MAX_NUMBER_LENGTH = 100;
  /** The longest property name, in characters. */
  static final int MAX_NAME_LENGTH = 10_000;
  /** The longest document (one JSON Lines line), in characters (16 MiB). */
  static final int MAX_DOCUMENT_LENGTH = 16 << 20;

  static final JsonFactory FACTORY = new JsonFactoryBuilder()
      .streamReadConstraints(StreamReadConstraints.builder()
          .maxNestingDepth(MAX_NESTING_DEPTH)
          .maxStringLength(MAX_STRING_LENGTH)
          .maxNumberLength(MAX_NUMBER_LENGTH)
          .maxNameLength(MAX_NAME_LENGTH)
          .maxDocumentLength(MAX_DOCUMENT_LENGTH)
          .build())
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
      .disable(JsonFactory.Feature.INTERN_FIELD_NAMES)
      .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
      .disable(StreamWriteFeature.FLUSH_PASSED_TO_STREAM)
      .build();

  /** Reads trees only; default typing is never activated. */
  static final ObjectMapper MAPPER = treeMapper(FACTORY);

  /**
   * {@link #FACTORY} without the parser's own check for duplicate keys, which keeps a set of names
   * for every object; the tree still refuses a duplicate ({@link #FAST_MAPPER}). Only a document
   * that fails here is parsed again with {@link #FACTORY}, for the error and column it has always
   * given ({@code JsonLinesReader.parse}).
   */
  static final JsonFactory FAST_FACTORY =
      FACTORY.rebuild().disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  /** {@link #MAPPER} on {@link #FAST_FACTORY}. */
  static final ObjectMapper FAST_MAPPER = treeMapper(FAST_FACTORY);

  private static ObjectMapper treeMapper(JsonFactory factory) {
    return JsonMapper.builder(factory)
        .nodeFactory(new Nodes())
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
        .build();
  }

  private JsonConfig() {}

  /**
   * Makes the trees' objects with a {@link FieldMap} instead of a {@code LinkedHashMap}: the same
   * properties in the same order, at a fraction of the cost for a report's small objects.
   */
  static final class Nodes extends JsonNodeFactory {
    private static final long serialVersionUID = 1L;

    @Override
    public ObjectNode objectNode() {
      return new ObjectNode(this, new FieldMap());
    }
  }
}
