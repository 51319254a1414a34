package org.conflictstats.model;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A region named by a report, such as an oblast ({@code "Kyiv oblast"}) or a direction
 * ({@code "south"}). Names are kept as written, with white space normalised.
 *
 * <pre>{@code
 * Region.of(" Odesa  oblast ").name(); // "Odesa oblast"
 * }</pre>
 *
 * @param name the region's name, not blank
 */
public record Region(String name) implements Comparable<Region> {

  /** A run of white space ({@code \s}: space, tab, line feed, vertical tab, form feed, return). */
  private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

  /** Checks and normalises the name. */
  public Region {
    Objects.requireNonNull(name, "name");
    name = name.strip();
    if (hasWhiteSpaceToCollapse(name)) {
      name = WHITE_SPACE.matcher(name).replaceAll(" ");
    }
    checkArgument(!name.isEmpty(), "region name must not be blank");
  }

  /**
   * Whether replacing each run of white space by one space changes the text: it holds white space
   * other than a space, or a space next to more (most names hold neither, and skip the matcher).
   */
  private static boolean hasWhiteSpaceToCollapse(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != ' ' ? RegexSpace.is(c) : i + 1 < s.length() && RegexSpace.is(s.charAt(i + 1))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns the region of the given name.
   *
   * @param name the name
   * @return the region
   */
  public static Region of(String name) {
    return new Region(name);
  }

  @Override
  public int compareTo(Region o) {
    return name.compareTo(o.name);
  }

  @Override
  public String toString() {
    return name;
  }
}
