package org.conflictstats.text;

/**
 * One token of a sentence: a word, a number (digits, or number words merged into one token), or a
 * punctuation mark. {@code text} is the normalised lower-case form; {@code start} and {@code end}
 * index the original text.
 */
record Token(Kind kind, int start, int end, String text, long value) {

  enum Kind { WORD, NUMBER, PUNCT }

  static Token word(int start, int end, String text) {
    return new Token(Kind.WORD, start, end, text, -1);
  }

  static Token number(int start, int end, String text, long value) {
    return new Token(Kind.NUMBER, start, end, text, value);
  }

  static Token punct(int start, int end, String text) {
    return new Token(Kind.PUNCT, start, end, text, -1);
  }

  boolean isWord() {
    return kind == Kind.WORD;
  }

  boolean isNumber() {
    return kind == Kind.NUMBER;
  }

  boolean isPunct() {
    return kind == Kind.PUNCT;
  }

  boolean is(String s) {
    return text.equals(s);
  }

  Span span() {
    return Span.of(start, end);
  }
}
