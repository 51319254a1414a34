package org.conflictstats.cli;

/** Notes under a text table, wrapped at spaces to 80 columns as the tables' own notes are. */
final class Wrap {

  private static final int WIDTH = 80;

  private Wrap() {}

  /** The text in lines of at most 80 characters (a longer word alone on its line), each ended. */
  static String lines(String text) {
    StringBuilder out = new StringBuilder();
    int column = 0;
    for (String word : text.split(" ")) {
      if (column > 0 && column + 1 + word.length() > WIDTH) {
        out.append('\n');
        column = 0;
      }
      if (column > 0) {
        out.append(' ');
        column++;
      }
      out.append(word);
      column += word.length();
    }
    return out.append('\n').toString();
  }
}
