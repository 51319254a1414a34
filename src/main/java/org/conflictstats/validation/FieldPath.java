package org.conflictstats.validation;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where in a report a finding points: a sequence of {@linkplain Node nodes}, each a component name
 * with an optional list index, read from the report down. The names are the model's record
 * components ({@code lines}, {@code destroyed}, {@code period}, {@code casualties}, ...).
 *
 * <pre>{@code
 * FieldPath p = FieldPath.root().field("lines").index(2).field("destroyed");
 * p.toString();                                  // "lines[2].destroyed"
 * FieldPath.parse("lines[2].destroyed").equals(p); // true
 * FieldPath.root().toString();                   // "": the report itself
 * }</pre>
 *
 * <p>The text form is for display and for {@link #parse}; compare paths with {@link #equals} or
 * {@link #startsWith}. This class is immutable and thread-safe.
 */
public final class FieldPath {

  private static final FieldPath ROOT = new FieldPath(ImmutableList.of());
  private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final Pattern SEGMENT =
      Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)(?:\\[(\\d{1,9})\\])?");

  private final ImmutableList<Node> nodes;

  private FieldPath(ImmutableList<Node> nodes) {
    this.nodes = nodes;
  }

  /**
   * One step of a path: a component name and, when the component is a list, the index of an
   * element.
   *
   * @param name the component name, a Java identifier
   * @param index the list index, at least zero, or empty when the node is not a list element
   */
  public record Node(String name, OptionalInt index) {

    /**
     * Checks the components.
     *
     * @throws IllegalArgumentException if the name is not an identifier or the index is negative
     */
    public Node {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(index, "index");
      checkArgument(NAME.matcher(name).matches(), "not a field name: '%s'", name);
      checkArgument(index.orElse(0) >= 0, "index must not be negative: %s", index);
    }

    /**
     * Returns the node as it appears in a path's text: {@code destroyed} or {@code lines[2]}.
     */
    @Override
    public String toString() {
      return index.isPresent() ? name + "[" + index.getAsInt() + "]" : name;
    }
  }

  /**
   * Returns the empty path: the report itself.
   *
   * @return the root path
   */
  public static FieldPath root() {
    return ROOT;
  }

  /**
   * Reads the text form: names separated by dots, each optionally followed by {@code [index]}, such
   * as {@code lines[2].destroyed}. The empty text is the root.
   *
   * @param text the text
   * @return the path
   * @throws IllegalArgumentException if the text is not a path, naming the bad segment
   */
  public static FieldPath parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String s = text.toString().strip();
    if (s.isEmpty()) {
      return ROOT;
    }
    ImmutableList.Builder<Node> nodes = ImmutableList.builder();
    for (String segment : s.split("\\.", -1)) {
      Matcher m = SEGMENT.matcher(segment);
      checkArgument(m.matches(), "not a field path: '%s' (bad segment '%s')", s, segment);
      nodes.add(new Node(m.group(1), m.group(2) == null
          ? OptionalInt.empty()
          : OptionalInt.of(Integer.parseInt(m.group(2)))));
    }
    return new FieldPath(nodes.build());
  }

  /**
   * Returns this path followed by a component.
   *
   * @param name the component name, a Java identifier
   * @return the longer path
   * @throws IllegalArgumentException if the name is not an identifier
   */
  public FieldPath field(String name) {
    return new FieldPath(ImmutableList.<Node>builder().addAll(nodes)
        .add(new Node(name, OptionalInt.empty())).build());
  }

  /**
   * Returns this path with the last component narrowed to one element of its list.
   *
   * @param index the index, at least zero
   * @return the narrowed path
   * @throws IllegalArgumentException if the index is negative
   * @throws IllegalStateException if this is the root or the last node already has an index
   */
  public FieldPath index(int index) {
    checkState(!nodes.isEmpty(), "the root has no component to index");
    Node last = nodes.get(nodes.size() - 1);
    checkState(last.index().isEmpty(), "%s already has an index", last);
    return new FieldPath(ImmutableList.<Node>builder().addAll(nodes.subList(0, nodes.size() - 1))
        .add(new Node(last.name(), OptionalInt.of(index))).build());
  }

  /**
   * Returns the nodes, from the report down.
   *
   * @return the nodes, empty for the root
   */
  public List<Node> nodes() {
    return nodes;
  }

  /**
   * Returns the index of the weapon line this path is in, when it begins with {@code lines[i]}.
   *
   * <pre>{@code
   * FieldPath.parse("lines[2].destroyed").lineIndex(); // OptionalInt[2]
   * FieldPath.parse("period").lineIndex();             // empty
   * }</pre>
   *
   * @return the index, or empty for a path outside the lines
   */
  public OptionalInt lineIndex() {
    return !nodes.isEmpty() && nodes.get(0).name().equals("lines") ? nodes.get(0).index()
        : OptionalInt.empty();
  }

  /**
   * Returns whether this is the root: the report itself.
   *
   * @return {@code true} for the empty path
   */
  public boolean isRoot() {
    return nodes.isEmpty();
  }

  /**
   * Returns whether this path equals {@code prefix} or lies under it: {@code lines[2].destroyed}
   * starts with {@code lines[2]} and with the root, not with {@code lines[1]} or {@code lines}.
   *
   * @param prefix the prefix
   * @return {@code true} when this path starts with the prefix
   */
  public boolean startsWith(FieldPath prefix) {
    Objects.requireNonNull(prefix, "prefix");
    return prefix.nodes.size() <= nodes.size()
        && nodes.subList(0, prefix.nodes.size()).equals(prefix.nodes);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FieldPath p && p.nodes.equals(nodes);
  }

  @Override
  public int hashCode() {
    return nodes.hashCode();
  }

  /**
   * Returns the text form, such as {@code lines[2].destroyed}; the root is the empty text.
   */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder();
    for (Node n : nodes) {
      if (b.length() > 0) {
        b.append('.');
      }
      b.append(n);
    }
    return b.toString();
  }
}
