package org.conflictstats.text;

/**
 * A copy of a text of the same length, so that every index still points into the original: lower
 * case, apostrophes folded to {@code '}, hyphen look-alikes to {@code -}, long dashes to
 * {@code –}, quotes to {@code "}, and unusual spaces to a plain space.
 */
final class Normalized {

  private Normalized() {}

  static String of(CharSequence text) {
    char[] out = new char[text.length()];
    for (int i = 0; i < out.length; i++) {
      out[i] = fold(text.charAt(i));
    }
    return new String(out);
  }

  private static char fold(char c) {
    switch (c) {
      case '\u2019':
      case '\u2018':
      case '\u02BC':
      case '`':
      case '\u00B4':
        return '\'';
      case '\u2010':
      case '\u2011':
      case '\u2012':
        return '-';
      case '\u2013':
      case '\u2014':
      case '\u2015':
        return '\u2013';
      case '\u00AB':
      case '\u00BB':
      case '\u201C':
      case '\u201D':
      case '\u201E':
        return '"';
      case '\u00A0':
      case '\u2009':
      case '\u202F':
      case '\u2007':
        return ' ';
      default:
        return Character.toLowerCase(c);
    }
  }
}
