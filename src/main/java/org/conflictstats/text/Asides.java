package org.conflictstats.text;

/**
 * Marks the units of a sentence whose figures are not the report's: those of a sentence that
 * cites Russia's defence ministry, of another night or period, of another source (a regional
 * governor for its own area; its casualty figures are kept), and "the remaining 20 drones". Each
 * marked unit keeps its reason and the words that gave it.
 */
final class Asides {

  private Asides() {}

  static void mark(Sentence s) {
    int firstUnit = s.units.stream().filter(Unit::hasNumber).mapToInt(u -> u.span.start()).min()
        .orElse(Integer.MAX_VALUE);
    boolean airForce = Lexicon.namesAirForce(s.norm.substring(s.span.start(), s.span.end()));
    for (SetAside.Reason reason : SetAside.Reason.values()) {
      for (Lexicon.Aside a : s.asides) {
        if (a.reason() != reason) {
          continue;
        }
        int clause = clauseStart(s, a.span().start());
        for (Unit u : s.units) {
          if (u.aside != null || u.span == null) {
            continue;
          }
          boolean casualty = u.fields.stream().anyMatch(Field::isCasualty);
          boolean applies;
          switch (reason) {
            case RUSSIAN_CLAIM:
              applies = true;
              break;
            case OTHER_PERIOD:
              applies = a.span().start() < firstUnit || u.span.start() >= clause;
              break;
            case OTHER_SOURCE:
              applies = !casualty && (!airForce || u.span.start() >= clause);
              break;
            default:
              applies = false;
          }
          if (applies) {
            u.aside = reason;
            u.asideDetail = a.detail();
          }
        }
      }
    }
    for (Unit u : s.units) {
      if (u.aside == null && u.remaining && u.fields.isEmpty() && u.hasNumber()) {
        u.aside = SetAside.Reason.REMAINDER;
        u.asideDetail = s.words(u.span);
      }
    }
  }

  /** The start of the comma clause that holds a position. */
  private static int clauseStart(Sentence s, int at) {
    int start = s.span.start();
    for (Token t : s.toks) {
      if (t.start() >= at) {
        break;
      }
      if (t.isPunct() && (t.is(",") || t.is(";") || t.is("–"))) {
        start = t.end();
      }
    }
    return start;
  }
}
