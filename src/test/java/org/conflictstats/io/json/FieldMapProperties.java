package org.conflictstats.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.ConcurrentModificationException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/**
 * The map of a tree's objects against {@link LinkedHashMap}, the map Jackson uses otherwise: every
 * operation an {@code ObjectNode} makes (put, get, remove, contains, iteration in order, removal and
 * writes through the iterator's entries, equality and hash), across the move from arrays to a
 * {@code LinkedHashMap} past {@link FieldMap#SMALL} properties, and the trees the package parses.
 */
class FieldMapProperties {

  @Property(tries = 300)
  void behavesAsALinkedHashMap(@ForAll long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    FieldMap map = new FieldMap();
    Map<String, JsonNode> model = new LinkedHashMap<>();
    // a pool about the threshold's size: some maps stay small, some move, keys come again
    int pool = 1 + random.nextInt(3 * FieldMap.SMALL);
    for (int n = 0; n < 200; n++) {
      // new String: lookups by equal keys, not only by the same instance
      String key = new String("k" + random.nextInt(pool));
      JsonNode value = IntNode.valueOf(random.nextInt(5));
      switch (random.nextInt(8)) {
        case 0, 1, 2 -> assertEquals(model.put(key, value), map.put(key, value), "put " + key);
        case 3 -> assertEquals(model.remove(key), map.remove(key), "remove " + key);
        case 4 -> {
          assertEquals(model.get(key), map.get(key), "get " + key);
          assertEquals(model.containsKey(key), map.containsKey(key), "containsKey " + key);
        }
        case 5 -> removeThroughIterator(random.nextInt(pool), map, model);
        case 6 -> setThroughEntry(random.nextInt(pool), value, map, model);
        default -> {
          if (random.nextInt(20) == 0) {
            map.clear();
            model.clear();
          }
        }
      }
      assertEquals(model.size(), map.size());
      assertEquals(model.isEmpty(), map.isEmpty());
      assertEquals(new ArrayList<>(model.entrySet()), new ArrayList<>(map.entrySet()), "in order");
      assertEquals(new ArrayList<>(model.keySet()), new ArrayList<>(map.keySet()));
      List<String> visited = new ArrayList<>();
      map.forEach((k, v) -> visited.add(k + "=" + v));
      List<String> expected = new ArrayList<>();
      model.forEach((k, v) -> expected.add(k + "=" + v));
      assertEquals(expected, visited);
      assertEquals(model, map);
      assertEquals(map, model);
      assertEquals(model.hashCode(), map.hashCode());
    }
  }

  private static void removeThroughIterator(int nth, FieldMap map, Map<String, JsonNode> model) {
    Iterator<Map.Entry<String, JsonNode>> a = model.entrySet().iterator();
    Iterator<Map.Entry<String, JsonNode>> b = map.entrySet().iterator();
    for (int i = 0; a.hasNext(); i++) {
      assertTrue(b.hasNext());
      assertEquals(a.next(), b.next());
      if (i == nth % Math.max(1, model.size())) {
        a.remove();
        b.remove();
      }
    }
    assertEquals(a.hasNext(), b.hasNext());
  }

  private static void setThroughEntry(int nth, JsonNode value, FieldMap map,
      Map<String, JsonNode> model) {
    if (model.isEmpty()) {
      return;
    }
    int at = nth % model.size();
    Iterator<Map.Entry<String, JsonNode>> a = model.entrySet().iterator();
    Iterator<Map.Entry<String, JsonNode>> b = map.entrySet().iterator();
    for (int i = 0; i < at; i++) {
      a.next();
      b.next();
    }
    Map.Entry<String, JsonNode> ea = a.next();
    Map.Entry<String, JsonNode> eb = b.next();
    assertEquals(ea.setValue(value), eb.setValue(value));
    assertEquals(ea.getValue(), eb.getValue());
    assertEquals(ea, eb);
    assertEquals(ea.hashCode(), eb.hashCode());
  }

  @Test
  void iteratorsFailFastWhenTheMapChanges() {
    FieldMap map = new FieldMap();
    map.put("a", TextNode.valueOf("x"));
    map.put("b", TextNode.valueOf("y"));
    Iterator<Map.Entry<String, JsonNode>> it = map.entrySet().iterator();
    it.next();
    map.put("c", TextNode.valueOf("z"));
    assertThrows(ConcurrentModificationException.class, it::next);
    Iterator<Map.Entry<String, JsonNode>> fresh = map.entrySet().iterator();
    assertThrows(IllegalStateException.class, fresh::remove);
  }

  @Test
  void refusesNullKeysAndValues() {
    FieldMap map = new FieldMap();
    assertThrows(NullPointerException.class, () -> map.put(null, TextNode.valueOf("x")));
    assertThrows(NullPointerException.class, () -> map.put("a", null));
  }

  @Test
  void treesOfThePackageKeepEveryPropertyInOrder() throws Exception {
    StringBuilder wide = new StringBuilder("{");
    for (int i = 0; i < 3 * FieldMap.SMALL; i++) {
      wide.append(i == 0 ? "" : ",").append("\"p").append(i).append("\":").append(i);
    }
    String text = wide.append(",\"inner\":{\"b\":1,\"a\":[{\"y\":2,\"x\":3}]}}").toString();
    JsonNode tree = JsonLinesReader.parse(text);
    JsonNode plain = new com.fasterxml.jackson.databind.ObjectMapper().readTree(text);
    assertEquals(plain, tree);
    assertEquals(plain.toString(), tree.toString(), "the same properties in the same order");
    List<String> names = new ArrayList<>();
    tree.fieldNames().forEachRemaining(names::add);
    assertEquals(3 * FieldMap.SMALL + 1, names.size());
    assertEquals("p0", names.get(0));
    assertEquals("inner", names.get(names.size() - 1));
  }

  @Test
  void aDuplicatePropertyIsStillRefused() {
    DocumentException e = assertThrows(DocumentException.class,
        () -> JsonLinesReader.parse("{\"a\":1,\"b\":2,\"c\":3,\"b\":4}"));
    assertTrue(e.getMessage().contains("Duplicate field 'b'"), e.getMessage());
  }
}
