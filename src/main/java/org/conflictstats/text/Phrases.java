package org.conflictstats.text;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.conflictstats.model.Weapon;
import org.conflictstats.model.WeaponCatalog;
import org.conflictstats.model.WeaponCategory;
import org.conflictstats.model.WeaponKind;

/** Reads the noun phrases of a sentence and resolves weapon names through the catalogue. */
final class Phrases {

  private static final int MAX_TOKENS = 14;
  /** Catalogue entries that name no type: nouns such as "drone" or "missile" are read as words. */
  private static final Set<String> GENERIC = Set.of("Unknown UAV", "Unknown Missile", "Aerial Bomb",
      "Ballistic Missile", "Cruise Missile", "Decoy drone");
  /**
   * A family name without its variant: "Iskander(s)", «Іскандер(и)» is Iskander-M (ballistic) or
   * Iskander-K (cruise), never one of them unless the text says which.
   */
  private static final Pattern FAMILY = Pattern.compile("iskanders?|іскандер(?:и|ів|ами|ам|а|ом)?");
  private static final List<String> FAMILY_TYPES = List.of("Iskander-M", "Iskander-K");
  private static final Pattern UK_ENDING = Pattern.compile("(ами|ями|ів|їв|ах|ям|ам|ом|ою|ею|ем|ей|и|і|а|у|ю|я)$");

  private final WeaponCatalog catalog;
  private final List<Token> toks;

  Phrases(WeaponCatalog catalog, List<Token> toks) {
    this.catalog = catalog;
    this.toks = toks;
  }

  /** A weapon name and whether it was written with a slash ("Kh-22/Kh-32"). */
  record Name(Weapon weapon, boolean slash, List<Weapon> slashParts) {}

  /** Resolves a token to a weapon type, or empty. */
  Optional<Name> name(Token t) {
    if (!t.isWord()) {
      return Optional.empty();
    }
    String w = Lexicon.strip(t.text());
    if (w.isEmpty() || Lexicon.wordClass(w).isPresent()) {
      return Optional.empty();
    }
    if (w.startsWith("reconnaissance") || w.startsWith("розвідувальн")) {
      return catalog.find("Reconnaissance UAV").map(c -> new Name(c, false, List.of()));
    }
    Optional<Weapon> whole = find(w);
    if (whole.isPresent()) {
      return Optional.of(new Name(whole.get(), w.contains("/"), List.of(whole.get())));
    }
    if (FAMILY.matcher(w).matches()) {
      List<Weapon> types = familyTypes();
      return types.isEmpty() ? Optional.empty()
          : Optional.of(new Name(Weapons.of(types), false, types));
    }
    if (w.contains("/")) {
      List<String> parts = slashParts(w);
      List<Weapon> found = new ArrayList<>();
      for (String part : parts) {
        Optional<Weapon> pw = find(part);
        if (pw.isEmpty()) {
          return Optional.empty();
        }
        if (!found.contains(pw.get())) {
          found.add(pw.get());
        }
      }
      if (found.size() == 1) {
        return Optional.of(new Name(found.get(0), true, found));
      }
      Optional<Weapon> pair = found.size() == 2
          ? find(found.get(0).name() + "/" + found.get(1).name()) : Optional.empty();
      return Optional.of(new Name(pair.orElseGet(() -> Weapons.of(found)), true, found));
    }
    return Optional.empty();
  }

  private List<Weapon> familyTypes() {
    List<Weapon> types = new ArrayList<>();
    for (String name : FAMILY_TYPES) {
      catalog.find(name).ifPresent(types::add);
    }
    return types.size() == FAMILY_TYPES.size() ? types : List.of();
  }

  /** "kh-59/69" is "kh-59" and "kh-69": the prefix carries over to a bare number. */
  private static List<String> slashParts(String w) {
    String[] raw = w.split("/");
    List<String> out = new ArrayList<>();
    String prefix = "";
    for (String r : raw) {
      var m = Pattern.compile("^(\\D*?)(\\d.*)$").matcher(r);
      if (m.matches() && !m.group(1).isEmpty()) {
        prefix = m.group(1);
        out.add(r);
      } else if (m.matches()) {
        out.add(prefix + r);
      } else {
        out.add(r);
      }
    }
    return out;
  }

  private Optional<Weapon> find(String word) {
    for (String candidate : candidates(word)) {
      Optional<Weapon> w = catalog.find(candidate).map(c -> (Weapon) c);
      if (w.isPresent() && !GENERIC.contains(w.get().name())) {
        return w;
      }
    }
    return Optional.empty();
  }

  /** The word, then without an English plural, then without a Ukrainian case ending. */
  private static List<String> candidates(String w) {
    Set<String> out = new LinkedHashSet<>();
    out.add(w);
    if (w.endsWith("s") && w.length() > 2) {
      out.add(w.substring(0, w.length() - 1));
    }
    var m = UK_ENDING.matcher(w);
    if (m.find() && m.start() >= 3) {
      out.add(w.substring(0, m.start()));
      out.add(w.substring(0, m.start()) + "а");
    }
    if (w.endsWith("ів") && w.length() > 4) {
      out.add(w.substring(0, w.length() - 2));
    }
    return new ArrayList<>(out);
  }

  /** Whether the token can stand in a noun phrase (a word of a class, or a weapon name). */
  private boolean isPhraseWord(int k) {
    Token t = toks.get(k);
    return t.isWord() && (Lexicon.wordClass(t.text()).isPresent() || name(t).isPresent());
  }

  private boolean isHeadish(int k) {
    Token t = toks.get(k);
    if (!t.isWord()) {
      return false;
    }
    Optional<Lexicon.WordClass> c = Lexicon.wordClass(t.text());
    if (c.isPresent()) {
      switch (c.get()) {
        case SHAHED:
        case DECOY:
        case DRONE:
        case MISSILE:
        case MIXED_MARK:
        case CATEGORY:
          return true;
        default:
          return false;
      }
    }
    return name(t).isPresent();
  }

  /**
   * Reads the noun phrase that starts at token {@code from}, or empty when none starts there.
   */
  Optional<Phrase> at(int from) {
    int k = from;
    int last = -1;
    while (k < toks.size() && k - from < MAX_TOKENS) {
      Token t = toks.get(k);
      if (t.isPunct() && t.is("\"")) {
        k++;
        continue;
      }
      if (t.isNumber()) {
        break;
      }
      if (t.isWord() && isPhraseWord(k)) {
        last = k;
        k++;
        continue;
      }
      int next = skipQuotes(k + 1);
      boolean joiner = (t.isPunct() && t.is(",")) || (t.isWord() && Lexicon.LIST_WORDS.contains(t.text()));
      if (joiner && last >= 0 && next < toks.size() && isHeadish(next) && !othersAre(next)) {
        k = next;
        continue;
      }
      if (t.isWord() && (t.is("of") || t.is("the")) && last >= 0) {
        int n2 = t.is("of") && next < toks.size() && toks.get(next).is("the") ? skipQuotes(next + 1) : next;
        if (n2 < toks.size() && (name(toks.get(n2)).isPresent() || t.is("of") && isDroneWord(n2))) {
          k = n2;
          continue;
        }
      }
      break;
    }
    if (last < 0) {
      return Optional.empty();
    }
    return classify(from, last + 1);
  }

  /**
   * «..., інші – дрони-імітатори», "..., others - decoys": "the others are", the start of what the
   * rest of a whole are, never an item of the list before it ("100 – «шахеди», інші – ...").
   */
  private boolean othersAre(int k) {
    Optional<Lexicon.WordClass> c = Lexicon.wordClass(toks.get(k).text());
    if (c.isEmpty() || c.get() != Lexicon.WordClass.MIXED_MARK || k + 1 >= toks.size()) {
      return false;
    }
    Token dash = toks.get(k + 1);
    return dash.isPunct() && (dash.is("–") || dash.is("-") || dash.is("—"));
  }

  /** "drones of the Shahed type", "other types of drones": the phrase goes on after "of". */
  private boolean isDroneWord(int k) {
    Optional<Lexicon.WordClass> c = Lexicon.wordClass(toks.get(k).text());
    return c.isPresent() && (c.get() == Lexicon.WordClass.SHAHED || c.get() == Lexicon.WordClass.DECOY
        || c.get() == Lexicon.WordClass.DRONE || c.get() == Lexicon.WordClass.MIXED_MARK);
  }

  private int skipQuotes(int k) {
    while (k < toks.size() && toks.get(k).isPunct() && toks.get(k).is("\"")) {
      k++;
    }
    return k;
  }

  private Optional<Phrase> classify(int from, int to) {
    EnumSet<Lexicon.WordClass> classes = EnumSet.noneOf(Lexicon.WordClass.class);
    List<Name> names = new ArrayList<>();
    Optional<WeaponCategory> category = Optional.empty();
    boolean singular = false;
    for (int k = from; k < to; k++) {
      Token t = toks.get(k);
      if (!t.isWord()) {
        continue;
      }
      Optional<Lexicon.WordClass> c = Lexicon.wordClass(t.text());
      if (c.isPresent()) {
        classes.add(c.get());
        if (c.get() == Lexicon.WordClass.CATEGORY && category.isEmpty()) {
          category = Lexicon.category(t.text());
        }
        if (t.is("missile") || t.is("drone") || t.is("rocket") || t.is("uav")) {
          singular = true;
        }
        continue;
      }
      name(t).ifPresent(names::add);
    }
    if (classes.contains(Lexicon.WordClass.PEOPLE)) {
      return Optional.of(new Phrase(from, to, Optional.of(Group.of(Group.Kind.PEOPLE)), false, false,
          true, false, false, false, false));
    }
    if (classes.contains(Lexicon.WordClass.LOCATION)) {
      return Optional.of(new Phrase(from, to, Optional.empty(), false, false, false, true, false,
          false, false));
    }
    if ((classes.contains(Lexicon.WordClass.DURATION) || classes.contains(Lexicon.WordClass.REGION))
        && names.isEmpty() && !classes.contains(Lexicon.WordClass.DRONE)
        && !classes.contains(Lexicon.WordClass.MISSILE)) {
      return Optional.of(new Phrase(from, to, Optional.empty(), false, false, false, false, true,
          false, false));
    }
    boolean family = false;
    for (int k = from; k < to; k++) {
      family |= toks.get(k).isWord() && FAMILY.matcher(Lexicon.strip(toks.get(k).text())).matches();
    }
    if (family && names.size() == 1 && !classes.contains(Lexicon.WordClass.DRONE)
        && !classes.contains(Lexicon.WordClass.SHAHED)) {
      // "all Iskanders", «3 Іскандери»: every type of the family, until the text says which
      List<Weapon> types = names.get(0).slashParts();
      return Optional.of(new Phrase(from, to, Optional.of(Group.category(WeaponCategory.common(
          types.stream().map(Weapon::category).toList()), types)),
          classes.contains(Lexicon.WordClass.MISSILE), false, false, false, false, singular, true));
    }
    List<Weapon> droneNames = new ArrayList<>();
    List<Name> missileNames = new ArrayList<>();
    for (Name n : names) {
      WeaponKind kind = n.weapon().category().kind();
      if (kind == WeaponKind.DRONE) {
        if (!droneNames.contains(n.weapon())) {
          droneNames.add(n.weapon());
        }
      } else if (kind == WeaponKind.MISSILE || kind == WeaponKind.MIXED) {
        if (missileNames.stream().noneMatch(m -> m.weapon().equals(n.weapon()))) {
          missileNames.add(n);
        }
      } else if (kind == WeaponKind.BOMB) {
        return weapon(from, to, n.weapon(), singular);
      }
    }
    boolean shahed = classes.contains(Lexicon.WordClass.SHAHED);
    boolean decoy = classes.contains(Lexicon.WordClass.DECOY);
    boolean mixed = classes.contains(Lexicon.WordClass.MIXED_MARK);
    boolean drone = classes.contains(Lexicon.WordClass.DRONE);
    boolean missile = classes.contains(Lexicon.WordClass.MISSILE);
    if (classes.contains(Lexicon.WordClass.TOTAL) && missileNames.isEmpty() && !shahed && !decoy
        || (drone || shahed) && missile && missileNames.isEmpty()) {
      return group(from, to, Group.of(Group.Kind.TOTAL), false, false, singular);
    }
    if (!missileNames.isEmpty()) {
      return missiles(from, to, missileNames, category, singular);
    }
    if (shahed) {
      boolean together = decoy || mixed || !droneNames.isEmpty();
      return group(from, to, Group.of(together ? Group.Kind.DRONES : Group.Kind.SHAHED), false,
          false, singular);
    }
    if (decoy) {
      return group(from, to, Group.of(Group.Kind.DECOY), false, false, singular);
    }
    if (droneNames.size() > 1) {
      droneNames.removeIf(w -> w.name().equals("Reconnaissance UAV"));
    }
    if (!droneNames.isEmpty()) {
      Weapon w = Weapons.of(droneNames);
      return weapon(from, to, w, singular);
    }
    if (drone) {
      return group(from, to, Group.of(Group.Kind.DRONES), true, false, singular);
    }
    if (classes.contains(Lexicon.WordClass.BOMB)) {
      Optional<Weapon> kab = catalog.find("KAB").map(c -> (Weapon) c);
      if (kab.isPresent()) {
        return weapon(from, to, kab.get(), singular);
      }
    }
    if (category.isPresent()) {
      return group(from, to, Group.category(category.get(), List.of()), false, !missile, singular);
    }
    if (missile) {
      return group(from, to, Group.of(Group.Kind.MISSILES), true, false, singular);
    }
    return Optional.empty();
  }

  private Optional<Phrase> missiles(int from, int to, List<Name> names,
      Optional<WeaponCategory> word, boolean singular) {
    if (names.size() == 1) {
      Name n = names.get(0);
      if (n.slash() && n.slashParts().size() > 1 && word.isPresent()
          && n.slashParts().stream().map(Weapon::category).distinct().count() > 1) {
        return group(from, to, Group.category(word.get(), n.slashParts()), false, false, singular);
      }
      return weapon(from, to, n.weapon(), singular);
    }
    List<Weapon> parts = new ArrayList<>();
    for (Name n : names) {
      parts.add(n.weapon());
    }
    Optional<WeaponCategory> common = Optional.of(WeaponCategory.common(
        parts.stream().map(Weapon::category).toList()));
    WeaponCategory c = word.orElse(common.get());
    if (c == WeaponCategory.MIXED_MISSILE || c == WeaponCategory.MIXED) {
      return weapon(from, to, Weapons.of(parts), singular);
    }
    return group(from, to, Group.category(c, parts), false, false, singular);
  }

  private static Optional<Phrase> weapon(int from, int to, Weapon w, boolean singular) {
    return Optional.of(new Phrase(from, to, Optional.of(Group.weapon(w)), false, false, false,
        false, false, singular, false));
  }

  private static Optional<Phrase> group(int from, int to, Group g, boolean generic,
      boolean categoryOnly, boolean singular) {
    return Optional.of(new Phrase(from, to, Optional.of(g), generic, categoryOnly, false, false,
        false, singular, false));
  }
}
