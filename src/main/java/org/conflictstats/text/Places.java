package org.conflictstats.text;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The places casualties are given for: Ukraine's oblast centres and larger cities, and the oblasts,
 * in English and in Ukrainian (the case forms a sentence uses: «у Дніпрі», «Харківщина»,
 * «Одеській області»). A place is returned under its English name ("Dnipro", "Kharkiv oblast").
 */
final class Places {

  private Places() {}

  /** A place named in a sentence. */
  record Place(Span span, String name) {}

  private record Entry(Pattern pattern, String name) {}

  private static final ImmutableList<Entry> ENTRIES = build();

  static List<Place> find(String norm, int from, int to) {
    List<Place> out = new ArrayList<>();
    boolean[] taken = new boolean[to - from];
    for (Entry e : ENTRIES) {
      Matcher m = e.pattern().matcher(norm);
      m.region(from, to);
      while (m.find()) {
        boolean free = true;
        for (int k = m.start(); k < m.end(); k++) {
          free &= !taken[k - from];
        }
        if (free) {
          for (int k = m.start(); k < m.end(); k++) {
            taken[k - from] = true;
          }
          out.add(new Place(Span.of(m.start(), m.end()), e.name()));
        }
      }
    }
    out.sort((a, b) -> a.span().compareTo(b.span()));
    return out;
  }

  private static ImmutableList<Entry> build() {
    // city: English spellings | Ukrainian stem (case endings follow) ; oblast adjective stems
    String[][] cities = {
        {"Kyiv", "kyiv|kiev", "київ|києв"},
        {"Kharkiv", "kharkiv|kharkov", "харків|харков"},
        {"Odesa", "odesa|odessa", "одес"},
        {"Dnipro", "dnipro(?!petrovsk)|dnepr(?!opetrovsk)", "дніпр(?!опетров)"},
        {"Zaporizhzhia", "zaporizhzhia|zaporizhia|zaporozhzhia|zaporizhzhya", "запоріжж"},
        {"Lviv", "lviv|lvov", "львів|львов"},
        {"Kryvyi Rih", "kryvyi rih|kryvyi rig|krivoy rog", "кривий ріг|кривому розі|кривого рогу"},
        {"Mykolaiv", "mykolaiv|nikolaev", "миколаїв|миколаєв"},
        {"Kherson", "kherson", "херсон"},
        {"Sumy", "sumy", "сум(?:и|ах|ами)\\b"},
        {"Chernihiv", "chernihiv", "чернігів|чернігов"},
        {"Poltava", "poltava", "полтав"},
        {"Vinnytsia", "vinnytsia|vinnitsa", "вінниц"},
        {"Zhytomyr", "zhytomyr", "житомир"},
        {"Cherkasy", "cherkasy", "черкас"},
        {"Kropyvnytskyi", "kropyvnytskyi", "кропивницьк"},
        {"Khmelnytskyi", "khmelnytskyi", "хмельницьк"},
        {"Rivne", "rivne", "рівн"},
        {"Lutsk", "lutsk", "луцьк"},
        {"Ternopil", "ternopil", "тернопол|тернопіль"},
        {"Ivano-Frankivsk", "ivano-frankivsk", "івано-франківськ"},
        {"Uzhhorod", "uzhhorod", "ужгород"},
        {"Chernivtsi", "chernivtsi", "чернівц"},
        {"Kramatorsk", "kramatorsk", "краматорськ"},
        {"Sloviansk", "sloviansk|slovyansk", "слов'янськ"},
        {"Pavlohrad", "pavlohrad", "павлоград"},
        {"Kremenchuk", "kremenchuk", "кременчу"},
        {"Bila Tserkva", "bila tserkva", "біла церква|білій церкві|білої церкви"},
        {"Izmail", "izmail", "ізмаїл"},
        {"Pokrovsk", "pokrovsk", "покровськ"},
        {"Kostiantynivka", "kostiantynivka", "костянтинівк"},
        {"Nikopol", "nikopol", "нікопол"},
        {"Kupiansk", "kupiansk", "куп'янськ"},
        {"Brovary", "brovary", "бровар"},
        {"Konotop", "konotop", "конотоп"},
        {"Shostka", "shostka", "шостк"},
    };
    String[][] oblasts = {
        {"Kyiv oblast", "kyiv", "київськ|київщин"},
        {"Kharkiv oblast", "kharkiv", "харківськ|харківщин"},
        {"Odesa oblast", "odesa", "одеськ|одещин"},
        {"Dnipropetrovsk oblast", "dnipropetrovsk", "дніпропетровськ|дніпропетровщин"},
        {"Zaporizhzhia oblast", "zaporizhzhia", "запорізьк|запоріжжі області"},
        {"Lviv oblast", "lviv", "львівськ|львівщин"},
        {"Mykolaiv oblast", "mykolaiv", "миколаївськ|миколаївщин"},
        {"Kherson oblast", "kherson", "херсонськ|херсонщин"},
        {"Sumy oblast", "sumy", "сумськ|сумщин"},
        {"Chernihiv oblast", "chernihiv", "чернігівськ|чернігівщин"},
        {"Poltava oblast", "poltava", "полтавськ|полтавщин"},
        {"Vinnytsia oblast", "vinnytsia", "вінницьк|вінниччин"},
        {"Zhytomyr oblast", "zhytomyr", "житомирськ|житомирщин"},
        {"Cherkasy oblast", "cherkasy", "черкаськ|черкащин"},
        {"Kirovohrad oblast", "kirovohrad", "кіровоградськ|кіровоградщин"},
        {"Khmelnytskyi oblast", "khmelnytskyi", "хмельницьк\\w* област|хмельниччин"},
        {"Rivne oblast", "rivne", "рівненськ|рівненщин"},
        {"Volyn oblast", "volyn", "волинськ|волин"},
        {"Ternopil oblast", "ternopil", "тернопільськ|тернопільщин"},
        {"Ivano-Frankivsk oblast", "ivano-frankivsk", "івано-франківськ\\w* област|прикарпатт"},
        {"Zakarpattia oblast", "zakarpattia", "закарпатськ|закарпатт"},
        {"Chernivtsi oblast", "chernivtsi", "чернівецьк|буковин"},
        {"Donetsk oblast", "donetsk", "донецьк|донеччин"},
        {"Luhansk oblast", "luhansk", "луганськ|луганщин"},
    };
    List<Entry> out = new ArrayList<>();
    int flags = Pattern.UNICODE_CHARACTER_CLASS;
    // oblasts first: "Kharkiv region" is the oblast, not the city
    for (String[] o : oblasts) {
      out.add(new Entry(Pattern.compile("\\b(?:" + o[1] + ")(?:'s)? (?:region|oblast|province)\\b|"
          + "\\b(?:" + o[2] + ")\\w*(?: област\\w*)?", flags), o[0]));
    }
    for (String[] c : cities) {
      out.add(new Entry(Pattern.compile("\\b(?:" + c[1] + ")\\b|\\b(?:" + c[2] + ")[\\w']*", flags),
          c[0]));
    }
    return ImmutableList.copyOf(out);
  }
}
