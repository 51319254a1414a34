package org.conflictstats.text;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The phrasings the extractor understands, English and Ukrainian, as patterns over normalised
 * lower-case text ({@link Normalized}). The package documentation lists them in one table; this
 * class is where they live.
 */
final class Lexicon {

  private Lexicon() {}

  private static final int FLAGS = Pattern.UNICODE_CHARACTER_CLASS;

  private static Pattern p(String regex) {
    return Pattern.compile(regex, FLAGS);
  }

  /** A cue pattern, in priority order: an earlier pattern wins where two overlap. */
  private record CuePattern(Pattern pattern, Cue.Kind kind, Field field, boolean passive) {}

  /**
   * Verbs of a figure that changed ("the toll rose from 9 to 11", «зросла з 9 до 11»): the killed
   * cues read them, and the sentence reader takes the number before the new one for the old.
   */
  static final ImmutableSet<String> CHANGED = ImmutableSet.of("rose", "risen", "climbed", "grew",
      "grown", "increased", "jumped", "зросла", "зросло", "зріс", "зросли", "збільшилася",
      "збільшилась", "збільшилося", "збільшився");

  /** The English verbs of {@link #CHANGED}, as a regex alternation. */
  private static final String CHANGED_EN = CHANGED.stream()
      .filter(w -> w.chars().allMatch(c -> c < 128))
      .collect(java.util.stream.Collectors.joining("|"));

  private static final String AUX = "(?:\\b(?:were|was|are|is|have been|has been|had been|had also been|"
      + "were also|was also|were then|were all|had|have|be|being|got|get)\\s+)";
  private static final String COUNTRY_EN = "(belarus|russia|moldova|poland|romania|hungary|slovakia)";
  private static final String COUNTRY_ADJ_EN = "(belarusian|russian|polish|moldovan|romanian|hungarian)";
  private static final String COUNTRY_UK = "(білорусі|білорусь|росії|росію|рф|молдови|молдову|польщі|"
      + "польщу|румунії|румунію|угорщини)";

  private static final ImmutableList<CuePattern> CUES = ImmutableList.<CuePattern>builder()
      // "attacked Ukraine with", and weapons that hit their targets, before the word "hit" alone
      .add(cue(AUX + "?(?:attacked|struck|targeted|hit|bombarded|pounded|shelled)(?:\\s+[\\w'.-]+){0,3}?"
          + "\\s+with\\b", Cue.Kind.FIELD, Field.LAUNCHED, false))
      .add(cue(AUX + "?(?:hit|reached|struck) (?:their|its) (?:intended )?targets?\\b",
          Cue.Kind.FIELD, Field.HIT, true))
      // "3 drones reached targets", «3 дрони досягли цілей», «долетіли до цілей»: weapons that hit,
      // as "reached their targets"; «не досягли цілей» stays suppressed (below)
      .add(cue(AUX + "?reached (?:the )?targets?\\b|(?<!не )(?:досягл\\w*|долетіл\\w* до) "
          + "(?:своїх |своєї )?(?:цілей|цілі|мети)", Cue.Kind.FIELD, Field.HIT, true))
      // "Hit targets: 5 drones", "Struck:", «Влучання:», «Уражено цілі –»: the hit outcome as a
      // heading (Binder), only before its colon or dash and never right after a word on its line
      // ("7 drones hit targets" is the hits cue's verb); «Уражено:», «Уражені:» alone are no
      // heading: the passive, what was hit, as «Уражено 3 дрони» (HitVerbs.struck)
      .add(cue("(?<!\\w[ \\t])(?<!\\w)(?:hit|struck|reached)(?:\\s+(?:the\\s+)?(?:intended\\s+)?"
          + "targets?)?(?=\\s*:|\\s+[–—-]\\s)", Cue.Kind.FIELD, Field.HIT, true))
      .add(cue("(?<!\\w[ \\t])(?<!\\w)(?:влучання(?:\\s+(?:цілі|цілей|ціль))?|(?:уражено|уражені)"
          + "\\s+(?:цілі|цілей|ціль))(?=\\s*:|\\s+[–—-]\\s)", Cue.Kind.FIELD, Field.HIT, true))
      // places: hits and debris (before "recorded", "hit" ...)
      .add(cue("\\b(?:drone |missile )?hits\\b|\\bhit\\b|\\bstruck\\b|\\bimpacts?\\b|"
          + "(?:\\bзафіксовано\\s+)?\\b(?:влучанн[яь]|ураженн[яь])\\w*(?:\\s+зафіксовано)?|"
          + "\\bвлучил[аи]?\\b|\\bвлучив\\b", Cue.Kind.HITS, null, false))
      .add(cue("\\bdebris\\b|\\bfragments\\b|\\bwreckage\\b|"
          + "(?:\\bзафіксовано\\s+)?\\b(?:падінн[яь] уламків|уламк\\w*)(?:\\s+зафіксовано)?",
          Cue.Kind.DEBRIS, null, false))
      // shot down or suppressed, one figure
      .add(cue(AUX + "?(?:shot down or (?:suppressed|jammed|neutrali[sz]ed|disabled|"
          + "lost locationally|locationally lost)|"
          + "(?:downed|destroyed|intercepted) or (?:suppressed|jammed|lost locationally|"
          + "locationally lost)|neutrali[sz]ed|"
          + "taken out)\\b", Cue.Kind.FIELD, Field.NEUTRALISED, false))
      .add(cue("\\b(?:збито\\s*/\\s*подавлено|збито або подавлено|збито чи подавлено|"
          + "збит[оі] (?:або|чи) локаційно втрачен[оі]|"
          + "збиті\\s*/\\s*подавлені|знешкоджено|знешкодили|знешкодила|вдалося знешкодити|"
          + "нейтралізовано)", Cue.Kind.FIELD, Field.NEUTRALISED, false))
      // suppressed
      .add(cue(AUX + "?(?:lost locationally|locationally lost|lost to (?:electronic warfare|jamming|"
          + "ew)|lost due to (?:electronic warfare|jamming)|(?:failed|did not|didn't|did not manage)"
          + " to reach (?:their |its )?(?:targets?|destinations?)?|did not reach (?:their |its )?"
          + "(?:targets?)?|never reached (?:their |its )?targets?|disappeared(?: from (?:radar|radars|"
          + "tracking))?|vanished(?: from (?:radar|radars|tracking))?|(?:were|was) jammed|"
          + "suppressed by (?:electronic warfare|ew|jamming)|(?:were|was) suppressed|"
          // "Suppressed: 10 drones": a heading (Binder), only before its colon; so "Jammed:",
          // "Lost:", "Redirected:", "Diverted:" as "were jammed" ..., not after a word on its line
          + "suppressed(?=\\s*:)|(?<!\\w[ \\t])(?<!\\w)(?:jammed|lost|redirected|diverted)"
          + "(?=\\s*:|\\s+[–—-]\\s)|"
          + "(?:were|was) (?:\"|')?lost(?:\"|')?|(?:were|was) redirected|"
          + "(?:were|was) diverted)\\b", Cue.Kind.FIELD, Field.SUPPRESSED, true))
      .add(cue("\\b(?:локаційно (?:втрачен|загублен)\\w*|не досягл\\w* (?:своїх |своєї )?"
          + "(?:цілей|цілі|мети)|не долетіл\\w*|подавлено|подавлені|придушено|зникл\\w* з радар\\w*)",
          Cue.Kind.FIELD, Field.SUPPRESSED, true))
      // still airborne
      .add(cue("\\b(?:(?:were|was|are|is|remained|remain|remains|stayed|stay)\\s+)(?:still\\s+)?"
          + "(?:airborne|in the air|in (?:ukrainian|ukraine's|the) airspace|in the sky)\\b|"
          + "\\bstill (?:airborne|in the air)\\b", Cue.Kind.FIELD, Field.STILL_AIRBORNE, true))
      .add(cue("\\b(?:(?:перебува|залиша|знаход|лиша)\\w*\\s+(?:ще\\s+)?(?:в|у)\\s+повітрі|"
          + "(?:ще|досі)\\s+(?:в|у)\\s+повітрі)", Cue.Kind.FIELD, Field.STILL_AIRBORNE, true))
      // left the airspace
      .add(cue("\\b(?:left (?:the )?(?:ukrainian|ukraine's|the country's)? ?airspace|"
          + "(?:(?:flew|headed|went|veered|turned|returned|flying|heading|flown|moved)\\s+(?:back\\s+)?"
          + "(?:toward|towards|into|to|in the direction of|for)|toward|towards|crossed into|"
          + "crossed the border (?:into|with))\\s+(?:the\\s+)?(?:" + COUNTRY_EN + "|"
          + COUNTRY_ADJ_EN + " airspace)|"
          + "(?:crossed|flew) into " + COUNTRY_ADJ_EN + " airspace)",
          Cue.Kind.FIELD, Field.LEFT_AIRSPACE, true))
      .add(cue("(?:залишил\\w* повітряний простір(?: україни)?|"
          + "(?:(?:полетіл|вилетіл|відлетіл|поверну|поверта|перетну|пішл)\\w*\\s+)?"
          + "(?:в|у) (?:бік|напрямку|сторону|напрямі) " + COUNTRY_UK + "|"
          + "(?:полетіл|вилетіл|відлетіл|поверну|поверта|пішл)\\w*\\s+(?:до|в|у) " + COUNTRY_UK + "|"
          + "(?:перетнул\\w*|залетіл\\w*) (?:у |в )?(?:повітряний простір|кордон) " + COUNTRY_UK + ")",
          Cue.Kind.FIELD, Field.LEFT_AIRSPACE, true))
      // an outcome verb the text denies ("did not shoot down 8 missiles", «не змогли перехопити»):
      // a cue only after the negation (Denial)
      .add(cue(Denial.OUTCOME_CUE, Cue.Kind.FIELD, Field.DESTROYED, false))
      // shot down
      .add(cue(AUX + "?(?:shot down|downed|destroyed|intercepted|brought down|taken down|"
          + "eliminated|knocked out|repelled)\\b", Cue.Kind.FIELD, Field.DESTROYED, false))
      .add(cue("\\b(?:(?:підтверджено )?збиття|збито|збиті|збитий|збита|збили|збила|збив|"
          + "вдалося збити|збити|знищено|знищені|знищили|знищила|перехоплено|перехопили)",
          Cue.Kind.FIELD, Field.DESTROYED, false))
      // casualties
      .add(cue("\\btoll\\b[^.;]{0,60}?\\b(?:has |had )?(?:" + CHANGED_EN + "|reached|"
          + "stands|stood|is now|now stands)"
          // "rose from 9 to 11", "rose by 2 to 11": the old figure or the change is part of the
          // cue, the new figure its count
          + "(?:\\s+(?:from|by)\\s+[\\w,-]+\\s+to|\\s+(?:to|at))?\\b", Cue.Kind.FIELD,
          Field.KILLED, false))
      .add(cue(AUX + "?(?:killed|killing|dead|died|lost (?:their|his|her) li(?:ves|fe)|"
          + "death toll (?:(?:has |had )?(?:" + CHANGED_EN + "|reached|stands|stood|is|was))?"
          + "(?:\\s+(?:to|at))?|deaths?|fatalities|fatally (?:injured|wounded))\\b",
          Cue.Kind.FIELD, Field.KILLED, false))
      .add(cue("\\b(?:загину\\w*|загинул\\w*|загинув|загибел\\w*|загиблих|загиблі|загиблими|вбит\\w*|"
          + "убит\\w*|смертельно поранен\\w*)", Cue.Kind.FIELD, Field.KILLED, false))
      .add(cue(AUX + "?(?:injured|injuring|wounded|wounding|hurt|injuries|"
          + "hospitali[sz]ed|needed (?:medical )?(?:help|treatment))\\b",
          Cue.Kind.FIELD, Field.INJURED, false))
      .add(cue("\\b(?:дістал\\w* (?:поранен|травм)\\w*|дістав\\w* (?:поранен|травм)\\w*|"
          + "отримал\\w* (?:поранен|травм)\\w*|поранен\\w*|постражда\\w*|травмован\\w*|"
          + "госпіталізован\\w*)", Cue.Kind.FIELD, Field.INJURED, false))
      // launched
      .add(cue(AUX + "?(?:launched|fired|sent|used|deployed|unleashed|hurled|involved|employed|"
          + "tracked(?: a total of)?|counted(?: a total of)?|detected(?: a total of)?|"
          + "launching|firing)\\b",
          Cue.Kind.FIELD, Field.LAUNCHED, false))
      .add(cue("\\b(?:атакува\\w*|запусти\\w*|запуска\\w*|застосува\\w*|застосовува\\w*|"
          + "випусти\\w*|випуска\\w*|спрямува\\w*|зафіксовано|виявлено|задія\\w*)",
          Cue.Kind.FIELD, Field.LAUNCHED, false))
      // inclusion
      .add(cue("\\b(?:including|among them(?: were| was)?|among which(?: were)?|in particular|"
          + "namely|included|include|includes|comprised|comprising|consisted of|consisting of|"
          + "(?:were|was) made up of|broken down as)\\b|\\b(?:зокрема|серед них|серед яких|"
          + "у тому числі|в тому числі|а саме)\\b", Cue.Kind.INCLUSION, null, false))
      .add(cue("\\bas (?:were|was|did|had been)\\b", Cue.Kind.COPY, null, false))
      .build();

  /** The hits cue as a verb: weapons that hit ("One missile hit Kharkiv"), not places hit. */
  static final Pattern HIT_VERB = p("hit|struck|влучил[аи]?|влучив");

  /**
   * The country as what was hit, after the verb: "40 drones struck Ukraine", «атакували Україну»:
   * an attack on the whole country, not the hit outcome.
   */
  static final Pattern COUNTRY_HIT = p("\\s+(?:(?:в|у|по)\\s+)?(?:ukraine|the country|україн[уиі]|країн[уиі])\\b(?!['’])");

  /**
   * An exception: "all were shot down except one", «усі збито, крім однієї»; what follows is not
   * what the outcome before says.
   */
  static final ImmutableSet<String> EXCEPT_WORDS = ImmutableSet.of("except", "excepting", "save",
      "крім", "окрім", "винятком");

  /** The passive of the verb of weapons that hit: «уражено 3 дрони» is drones hit, not hitting. */
  static final ImmutableSet<String> STRUCK_UK = ImmutableSet.of("уражено", "уражені", "уражена",
      "уражений");

  /**
   * Verbs of the weapons' end that no cue reads, after them: "3 drones fell", "exploded", "were
   * damaged", «3 дрони впали», «прорвалися», «уразили цілі» (hit, stopped or hit by something: no
   * figure; {@link HitVerbs#unreadFate}).
   */
  static final ImmutableSet<String> UNREAD_FATE = ImmutableSet.of("fell", "landed", "exploded",
      "detonated", "crashed", "impacted", "damaged", "engaged", "penetrated", "reached",
      "долетіли", "долетів", "долетіла", "впали", "впав", "впала", "вибухнули", "вибухнув",
      "прорвалися", "прорвались", "пошкоджено", "пошкоджені", "уразили", "уразив", "поцілили",
      "поцілив", "поцілила");

  /**
   * A word that reads as a verb of its own after weapons, past tense or participle: "3 drones
   * plunged", "smashed", "went down", «3 дрони розбилися», «згоріли», «ракета впала», «розбито»
   * ({@link HitVerbs#unreadFate}): English words in -ed (not -eed), a few irregular pasts, and
   * the Ukrainian past (-ли, -лися, -ла, -ло) and passive (-ено, -ано, -ито, -ято) forms.
   */
  static final Pattern VERB_FORM = p("[a-z]{2,}[a-df-z]ed|fell|blew|sank|went|burst|broke|got|found|"
      + "[а-яіїєґ'’]{2,}(?:ли|лися|лись|ла|лася|лась|ло|лося|лось|ено|ано|ито|ято)");

  /**
   * Verbs after weapons that do not tell their end: they were launched, seen, aimed or are
   * described ("50 drones targeted Kyiv", "attacked", "flew over", "were spotted", "equipped
   * with", «40 дронів летіли на Київ», «запущено»), and words of those forms that are no verb
   * («сили», «села», "shahed"). Weapons before them stay launched, as before any word that is
   * no verb.
   */
  static final ImmutableSet<String> LAUNCH_VERBS_AFTER = ImmutableSet.of("attacked", "targeted",
      "aimed", "approached", "entered", "flew", "headed", "swarmed", "raided", "spotted",
      "observed", "recorded", "registered", "identified", "monitored", "reported", "equipped",
      "armed", "loaded", "fitted", "based", "designed", "manufactured", "produced", "modified",
      "named", "called", "launched", "fired", "used", "deployed", "involved", "employed",
      "tracked", "detected", "counted", "sent", "travelled", "traveled", "moved", "crossed",
      "directed", "operated", "participated", "included", "continued", "remained", "circled",
      "hovered", "loitered", "shahed", "coordinated", "combined", "guided", "jet-powered",
      "hammered", "pounded", "bombarded", "shelled", "assaulted", "stormed", "descended",
      "swept", "invaded", "rained", "repurposed", "converted", "adapted", "followed",
      "accompanied", "escorted", "supported", "carried", "стартували", "вилетіли", "злетіли",
      "летіли", "летіла", "летіло", "прямували", "прямувала", "прямувало", "рухалися",
      "рухались", "рухалася", "рухалось", "наближалися", "наближались", "наближалася",
      "заходили", "залетіли", "залетіла", "зайшли", "увійшли", "кружляли", "курсували",
      "перебували", "перетнули", "атакували", "атакувала", "брали", "взяли", "запущено",
      "випущено", "помічено", "зафіксовано", "виявлено", "спрямовано", "застосовано",
      "задіяно", "використано", "сили", "сила", "села", "було", "була", "були", "мали", "мала",
      "ціла");

  /** "got through", "broke through": with "through" after. */
  static final ImmutableSet<String> THROUGH_VERBS = ImmutableSet.of("got", "broke");

  /** The verbs of {@link #UNREAD_FATE} before the weapons («Уразили 3 дрони»). */
  static final ImmutableSet<String> UNREAD_FATE_BEFORE = ImmutableSet.of("уразили", "пошкоджено",
      "поцілили");

  /** Auxiliaries: "were hit" is something else hit, not weapons that hit. */
  static final ImmutableSet<String> AUX_WORDS = ImmutableSet.of("were", "was", "been", "be",
      "being", "is", "are", "got", "get");

  private static CuePattern cue(String regex, Cue.Kind kind, Field field, boolean passive) {
    return new CuePattern(p(regex), kind, field, passive);
  }

  private static final Pattern AUX_START = p("^(?:were|was|are|is|have|has|had|be|being|got)\\b");
  private static final Pattern PASSIVE_FORMS = p("(?:dead|died|locationally|reach|disappeared|vanished|"
      + "airborne|in the air|airspace|toward|towards|втрачен|досягл|долетіл|повітрі|бік|напрямку|"
      + "постраждал|дістал|дістав|отримал|загинул|загину|загинув)");

  /** Words that start a relative clause: a cue after them refers back ("missiles that Russia fired"). */
  private static final Pattern RELATIVE = p("\\b(?:that|which|who|які|що|котрі)\\s+(?:[\\w'-]+\\s+){0,2}$");

  /** Finds the cues of one sentence, earlier patterns winning overlaps. */
  static List<Cue> cues(String norm, int from, int to) {
    List<Cue> found = new ArrayList<>();
    boolean[] taken = new boolean[to - from];
    for (CuePattern cp : CUES) {
      Matcher m = cp.pattern().matcher(norm);
      m.region(from, to);
      while (m.find()) {
        if (m.end() == m.start() || overlaps(taken, m.start() - from, m.end() - from)) {
          continue;
        }
        int s = m.start();
        int e = m.end();
        while (s < e && Character.isWhitespace(norm.charAt(s))) {
          s++;
        }
        String text = norm.substring(s, e);
        boolean passive = cp.passive() || AUX_START.matcher(text).find()
            || (cp.kind() == Cue.Kind.FIELD && PASSIVE_FORMS.matcher(text).find()
                && !text.startsWith("killed") && !text.startsWith("injured")
                && !text.startsWith("wounded"));
        if (RELATIVE.matcher(norm.substring(Math.max(from, s - 40), s)).find()
            && cp.kind() == Cue.Kind.FIELD && cp.field() == Field.LAUNCHED) {
          passive = true;
        }
        Optional<String> country = Optional.empty();
        if (cp.field() == Field.LEFT_AIRSPACE) {
          for (int g = 1; g <= m.groupCount(); g++) {
            if (m.group(g) != null) {
              country = Optional.of(country(m.group(g)));
              break;
            }
          }
        }
        for (int k = s; k < e; k++) {
          taken[k - from] = true;
        }
        found.add(new Cue(cp.kind(), cp.field(), Span.of(s, e), passive, country));
      }
    }
    found.sort((a, b) -> a.span().compareTo(b.span()));
    return found;
  }

  private static boolean overlaps(boolean[] taken, int s, int e) {
    for (int k = s; k < e; k++) {
      if (taken[k]) {
        return true;
      }
    }
    return false;
  }

  private static String country(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (w.startsWith("belarus") || w.startsWith("білорус")) {
      return "Belarus";
    }
    if (w.startsWith("russia") || w.startsWith("рос") || w.equals("рф")) {
      return "Russia";
    }
    if (w.startsWith("moldov") || w.startsWith("молдов")) {
      return "Moldova";
    }
    if (w.startsWith("pol") || w.startsWith("польщ")) {
      return "Poland";
    }
    if (w.startsWith("roman") || w.startsWith("румун")) {
      return "Romania";
    }
    if (w.startsWith("hungar") || w.startsWith("угорщ")) {
      return "Hungary";
    }
    return "Slovakia";
  }

  // ---------------------------------------------------------------- set aside, zero casualties

  /** A statement that no one was killed or injured: which fields it zeroes. */
  record Zero(Span span, boolean killed, boolean injured) {}

  private static final ImmutableList<Pattern> ZERO_BOTH = ImmutableList.of(
      p("\\bno (?:casualties|victims)\\b"),
      p("\\bwithout (?:casualties|victims)\\b"),
      p("\\bno (?:one|body) (?:was|were) (?:killed|injured|hurt|wounded) or (?:killed|injured|hurt|"
          + "wounded)\\b"),
      p("\\bnobody (?:was|were) (?:killed|injured|hurt|wounded) or (?:killed|injured|hurt|"
          + "wounded)\\b"),
      p("\\bзагиблих (?:і|та|й) (?:постраждалих|поранених) (?:немає|нема|не було)"),
      p("\\b(?:жертв|загиблих) (?:і|та|й) (?:постраждалих|поранених) (?:немає|нема|не було)"),
      p("\\bобійшлося без (?:жертв|загиблих) (?:і|та|й) (?:постраждалих|поранених)"),
      p("\\bбез (?:жертв|загиблих) (?:і|та|й) (?:постраждалих|поранених)"));
  private static final ImmutableList<Pattern> ZERO_KILLED = ImmutableList.of(
      p("\\bno (?:deaths|fatalities|one was killed|one died|deaths were reported)\\b"),
      p("\\bnobody (?:was killed|died)\\b"),
      p("\\bthere were no deaths\\b"),
      p("\\b(?:жертв|загиблих) (?:немає|нема|не було)"),
      p("\\bбез (?:жертв|загиблих)"),
      p("\\bніхто не загинув"));
  private static final ImmutableList<Pattern> ZERO_INJURED = ImmutableList.of(
      p("\\bno (?:injuries|one was (?:injured|hurt|wounded))\\b"),
      p("\\bnobody was (?:injured|hurt|wounded)\\b"),
      p("\\bthere were no injuries\\b"),
      p("\\b(?:постраждалих|поранених) (?:немає|нема|не було)"),
      p("\\bбез постраждалих"),
      p("\\bніхто не (?:постраждав|був поранений)"));

  /** Finds statements of zero casualties in a sentence. */
  static List<Zero> zeros(String norm, int from, int to) {
    List<Zero> out = new ArrayList<>();
    boolean[] taken = new boolean[to - from];
    collectZeros(norm, from, to, ZERO_BOTH, true, true, out, taken);
    collectZeros(norm, from, to, ZERO_KILLED, true, false, out, taken);
    collectZeros(norm, from, to, ZERO_INJURED, false, true, out, taken);
    return out;
  }

  private static void collectZeros(String norm, int from, int to, List<Pattern> patterns,
      boolean killed, boolean injured, List<Zero> out, boolean[] taken) {
    for (Pattern pt : patterns) {
      Matcher m = pt.matcher(norm);
      m.region(from, to);
      while (m.find()) {
        if (!overlaps(taken, m.start() - from, m.end() - from)) {
          for (int k = m.start(); k < m.end(); k++) {
            taken[k - from] = true;
          }
          out.add(new Zero(Span.of(m.start(), m.end()), killed, injured));
        }
      }
    }
  }

  /** Who else speaks, or which other night: a pattern and the reason it sets figures aside. */
  record Aside(Span span, SetAside.Reason reason, String detail) {}

  private record AsidePattern(Pattern pattern, SetAside.Reason reason) {}

  private static final ImmutableList<AsidePattern> ASIDES = ImmutableList.of(
      // the Russian side
      aside("\\b(?:russia'?s?|russian|moscow'?s?|kremlin'?s?)\\s+(?:[\\w'-]+\\s+){0,2}?"
          + "(?:defen[cs]e ministry|ministry of defen[cs]e|mod|military said|military claimed|"
          + "army said)\\b", SetAside.Reason.RUSSIAN_CLAIM),
      aside("\\bin moscow,? the (?:defen[cs]e ministry|ministry of defen[cs]e)\\b",
          SetAside.Reason.RUSSIAN_CLAIM),
      aside("\\bthe kremlin\\b|\\bmoscow claimed\\b|\\brussia claimed\\b|\\brussia said (?:it|its)\\b",
          SetAside.Reason.RUSSIAN_CLAIM),
      aside("\\bukrainian (?:attack |long-range |kamikaze |combat )?(?:drones|uavs|missiles|"
          + "unmanned aerial vehicles)\\b", SetAside.Reason.RUSSIAN_CLAIM),
      aside("\\bukraine (?:has |had )?(?:launched|fired|sent|attacked)\\b|\\b(?:launched|fired|sent|"
          + "drones|missiles|uavs)\\s+(?:[\\w'-]+\\s+){0,3}?(?:at|over|against|into|on) russia\\b|"
          + "\\bover russian (?:territory|regions|soil|cities)\\b|\\b(?:moscow|russia) said\\b|"
          + "\\bover (?:the )?(?:belgorod|kursk|bryansk|moscow|rostov|voronezh|oryol|tula|ryazan|"
          + "krasnodar|smolensk|kaluga|lipetsk|tambov|saratov)(?: region| oblast)?\\b",
          SetAside.Reason.RUSSIAN_CLAIM),
      aside("\\b(?:міноборони|міністерство оборони|мінобороны) (?:рф|росії|россии)\\b|"
          + "\\bросійськ\\w* (?:міноборони|міністерство оборони|військов\\w*)|"
          + "\\bукраїнськ\\w* (?:дрон\\w*|бпла|безпілотник\\w*|ракет\\w*)|\\bкремл\\w*",
          SetAside.Reason.RUSSIAN_CLAIM),
      // recaps of other nights and periods
      aside("\\b(?:a|one|the) (?:night|day|evening) (?:earlier|before)\\b|"
          + "\\b(?:the )?(?:previous|preceding) (?:night|day|evening|week|month)\\b|"
          + "\\bthe night before(?: last)?\\b|\\b(?:over|in|during|across) the (?:past|last|previous|"
          + "preceding)? ?(?:[\\w-]+ )?(?:nights|days|weeks|months)\\b|"
          + "\\b(?:a|the|that) week (?:in which|earlier|before|ago)\\b|"
          + "\\b(?:last|this|past) (?:week|month|year)\\b|\\bso far this (?:week|month|year)\\b|"
          + "\\bearlier this (?:week|month|year)\\b|\\bsince the (?:beginning|start) of (?:the |this )?"
          + "(?:week|month|year)\\b|\\bin (?:january|february|march|april|may|june|july|august|"
          + "september|october|november|december)(?: \\d{4})?,", SetAside.Reason.OTHER_PERIOD),
      aside("\\bнагадаємо\\b|\\b(?:минулої|попередньої|позаминулої) ночі\\b|"
          + "\\bнапередодні (?:ввечері|вночі|вдень|зранку)\\b|"
          + "\\bза (?:минулий|попередній|цей|останній) (?:тиждень|місяць|рік)\\b|"
          + "\\bза (?:тиждень|місяць|добу до того)\\b|\\b(?:з|від) початку (?:тижня|місяця|року)\\b|"
          + "\\bцього (?:тижня|місяця|року)\\b|\\b(?:упродовж|протягом) (?:тижня|місяця|"
          + "минулого тижня)\\b|\\bминулого (?:тижня|місяця|року)\\b", SetAside.Reason.OTHER_PERIOD),
      // regional counts by other sources
      aside("\\bgovernor\\b|\\b(?:regional|city) (?:military |state )?administration\\b|"
          + "\\bhead of (?:the |a |an )?(?:[\\w'-]+ ){0,3}?(?:region|oblast|regional administration)\\b|"
          + "\\bmayor\\b|\\b(?:southern|eastern|western|northern|central|regional) air command\\b|"
          + "\\bair command\\b|\\bits units\\b|\\bover (?:his|her|its|their|the) (?:own )?"
          + "(?:region|territory|oblast|city|area)\\b|\\blocal (?:authorities|officials)\\b|"
          + "\\bregional (?:officials|authorities)\\b", SetAside.Reason.OTHER_SOURCE),
      aside("\\b(?:губернатор\\w*|ова|ода|мва|кмва|мер|мера|міськ\\w* голов\\w*|начальни\\w* \\w+ ова|"
          + "голов\\w* \\w+ ова|повітрян\\w* командуван\\w*|місцев\\w* влад\\w*|"
          + "над (?:областю|регіоном|містом|територією області))\\b", SetAside.Reason.OTHER_SOURCE));

  private static AsidePattern aside(String regex, SetAside.Reason reason) {
    return new AsidePattern(p(regex), reason);
  }

  /** Finds the set-aside cues of a sentence. */
  static List<Aside> asides(String norm, int from, int to) {
    List<Aside> out = new ArrayList<>();
    for (AsidePattern ap : ASIDES) {
      Matcher m = ap.pattern().matcher(norm);
      m.region(from, to);
      while (m.find()) {
        out.add(new Aside(Span.of(m.start(), m.end()), ap.reason(), m.group().strip()));
      }
    }
    out.sort((a, b) -> a.span().compareTo(b.span()));
    return out;
  }

  /** Whether a sentence names the Ukrainian Air Force as its source. */
  static boolean namesAirForce(String norm) {
    return AIR_FORCE.matcher(norm).find();
  }

  private static final Pattern AIR_FORCE = p("\\b(?:ukraine'?s (?:air force|air defen[cs]e forces)|"
      + "(?:ukrainian )?air force|повітрян\\w* сил\\w*|пс зсу|командуван\\w* повітряних сил)");

  // ---------------------------------------------------------------- words of noun phrases

  /** The role a word plays in a noun phrase that names what a number counts. */
  enum WordClass {
    DRONE, SHAHED, DECOY, MIXED_MARK, MISSILE, CATEGORY, FILLER, TOTAL, PEOPLE, LOCATION,
    REGION, DURATION, BOMB
  }

  private static final ImmutableMap<Pattern, WordClass> WORD_CLASSES =
      ImmutableMap.<Pattern, WordClass>builder()
          .put(p("shahed-type|shahed-class|shahed\\w*|shaheds|шахед\\w*|geran\\w*|герань\\w*|"
              + "герані\\w*"), WordClass.SHAHED)
          .put(p("decoys?|decoy-drones?|imitators?|imitation|гербер\\w*|gerbera\\w*|"
              + "\\w*-імітатор\\w*|імітатор\\w*|пароді\\w*|parody"), WordClass.DECOY)
          .put(p("drones?|uavs?|unmanned|бпла|безпілотник\\w*|безпілотн\\w*|дрон|дрони|дронів|"
              + "дронами|дронам|дронах"), WordClass.DRONE)
          .put(p("other|types|various|unidentified|інших|інші|різних|невстановлених|невідомих|"
              + "типів"), WordClass.MIXED_MARK)
          .put(p("missiles?|rockets?|ракет\\w*|ракета|ракети|ракету|ракетою"), WordClass.MISSILE)
          .put(p("cruise|ballistic|aeroballistic|aero-ballistic|anti-aircraft|anti-radiation|"
              + "anti-ship|крилат\\w*|балістичн\\w*|аеробалістичн\\w*|зенітн\\w*|"
              + "протирадіолокаційн\\w*|протикорабельн\\w*"), WordClass.CATEGORY)
          .put(p("targets?|assets|weapons|objects|means|цілей|цілі|ціль|засоб\\w*|засобів"),
              WordClass.TOTAL)
          .put(p("aerial|air|attack|strike|kamikaze|long-range|one-way|guided|air-launched|"
              + "sea-launched|ground-launched|enemy|russian|ukrainian|hostile|jet-powered|jet|"
              + "combat|type|class|model|ударн\\w*|ворож\\w*|керован\\w*|авіаційн\\w*|"
              + "повітряного|нападу|ппн|типу|російськ\\w*|українськ\\w*|реактивн\\w*|"
              + "запущених|випущених|запущені|випущені|launched|fired"), WordClass.FILLER)
          .put(p("people|persons?|civilians?|residents?|children|child|men|women|inhabitants|"
              + "людей|людина|людини|людину|осіб|особи|особа|цивільних|мешканців|мешканці|дітей|"
              + "дитина|дитини|жителів"), WordClass.PEOPLE)
          .put(p("locations?|sites?|places|spots|points|settlements|areas|локаціях|локації|"
              + "локацій|локаціям|місцях|місць|пунктах|об'єктах|об'єктів"), WordClass.LOCATION)
          .put(p("regions?|oblasts?|provinces?|cities|city|towns?|villages?|districts?|"
              + "communities|countries|областях|області|областей|регіонах|регіонів|районах|"
              + "районів|містах|міст|селах|сіл|громадах|громад|країн"), WordClass.REGION)
          .put(p("days?|hours?|weeks?|months?|years?|nights?|minutes?|днів|дні|доби|діб|годин|"
              + "години|тижнів|тижні|місяців|місяці|років|роки|ночей|хвилин|відсотк\\w*|percent|"
              + "per"), WordClass.DURATION)
          .put(p("bombs?|кабів|каб|кабами|авіабомб\\w*|бомб\\w*"), WordClass.BOMB)
          .build();

  private static final Pattern TARGET_WORD = p("targets?|objects|цілей|цілі|ціль");
  private static final Pattern AERIAL_WORD = p("aerial|air|airborne|повітрян\\w*|нападу|ппн");

  /**
   * Whether the words of a phrase of every target name only "targets", «цілі» (or "objects"),
   * without "aerial", «повітряних», «нападу»: the aerial weapons of a launch or an interception
   * ("Ninety-two targets were destroyed", «Із 42-х цілей знищено 29»), but as often places or
   * objects on the ground ("3 targets were hit", «уражено 3 цілі»).
   */
  static boolean bareTargets(List<Token> words) {
    return words.stream().anyMatch(t -> TARGET_WORD.matcher(strip(t.text())).matches())
        && words.stream().noneMatch(t -> AERIAL_WORD.matcher(strip(t.text())).matches());
  }

  /** The class of a word, or empty when it plays no part in naming what is counted. */
  static Optional<WordClass> wordClass(String word) {
    String w = strip(word);
    for (var e : WORD_CLASSES.entrySet()) {
      if (e.getKey().matcher(w).matches()) {
        return Optional.of(e.getValue());
      }
    }
    return Optional.empty();
  }

  /** The category an adjective names. */
  static Optional<org.conflictstats.model.WeaponCategory> category(String word) {
    String w = strip(word);
    if (w.startsWith("cruise") || w.startsWith("крилат")) {
      return Optional.of(org.conflictstats.model.WeaponCategory.CRUISE_MISSILE);
    }
    if (w.startsWith("ballistic") || w.startsWith("балістичн")) {
      return Optional.of(org.conflictstats.model.WeaponCategory.BALLISTIC_MISSILE);
    }
    if (w.startsWith("aero") || w.startsWith("аеробалістичн")) {
      return Optional.of(org.conflictstats.model.WeaponCategory.AEROBALLISTIC_MISSILE);
    }
    if (w.startsWith("anti-aircraft") || w.startsWith("зенітн")) {
      return Optional.of(org.conflictstats.model.WeaponCategory.ANTI_AIRCRAFT_MISSILE);
    }
    if (w.startsWith("anti-radiation") || w.startsWith("протирадіолокаційн")) {
      return Optional.of(org.conflictstats.model.WeaponCategory.ANTI_RADIATION_MISSILE);
    }
    if (w.startsWith("anti-ship") || w.startsWith("протикорабельн")) {
      return Optional.of(org.conflictstats.model.WeaponCategory.ANTI_SHIP_MISSILE);
    }
    return Optional.empty();
  }

  /** Quotes and possessive endings off a word. */
  static String strip(String word) {
    String w = word;
    while (!w.isEmpty() && (w.charAt(0) == '"' || w.charAt(0) == '\'')) {
      w = w.substring(1);
    }
    while (!w.isEmpty() && (w.endsWith("\"") || w.endsWith("'"))) {
      w = w.substring(0, w.length() - 1);
    }
    if (w.endsWith("'s")) {
      w = w.substring(0, w.length() - 2);
    }
    return w;
  }

  /** Words before a number that qualify it, longest first. */
  static final ImmutableMap<String, Qualifier> QUALIFIERS = ImmutableMap.<String, Qualifier>builder()
      .put("no fewer than", Qualifier.AT_LEAST).put("no less than", Qualifier.AT_LEAST)
      .put("not less than", Qualifier.AT_LEAST).put("a minimum of", Qualifier.AT_LEAST)
      .put("at least", Qualifier.AT_LEAST).put("не менше ніж", Qualifier.AT_LEAST)
      .put("не менш ніж", Qualifier.AT_LEAST).put("не менше як", Qualifier.AT_LEAST)
      .put("як мінімум", Qualifier.AT_LEAST).put("щонайменше", Qualifier.AT_LEAST)
      .put("принаймні", Qualifier.AT_LEAST).put("не менше", Qualifier.AT_LEAST)
      .put("more than", Qualifier.MORE_THAN).put("upwards of", Qualifier.MORE_THAN)
      .put("in excess of", Qualifier.MORE_THAN).put("over", Qualifier.MORE_THAN)
      .put("понад", Qualifier.MORE_THAN).put("більше ніж", Qualifier.MORE_THAN)
      .put("більш ніж", Qualifier.MORE_THAN).put("більше як", Qualifier.MORE_THAN)
      .put("понад як", Qualifier.MORE_THAN)
      .put("an estimated", Qualifier.ABOUT).put("approximately", Qualifier.ABOUT)
      .put("about", Qualifier.ABOUT).put("around", Qualifier.ABOUT).put("roughly", Qualifier.ABOUT)
      .put("some", Qualifier.ABOUT).put("близько", Qualifier.ABOUT).put("приблизно", Qualifier.ABOUT)
      .put("орієнтовно", Qualifier.ABOUT).put("almost", Qualifier.ALMOST)
      .put("nearly", Qualifier.ALMOST).put("close to", Qualifier.ALMOST)
      .put("майже", Qualifier.ALMOST).put("up to", Qualifier.UP_TO)
      .put("as many as", Qualifier.UP_TO).put("до", Qualifier.UP_TO) // only before a count
      .put("fewer than", Qualifier.FEWER_THAN)
      .put("less than", Qualifier.FEWER_THAN).put("under", Qualifier.FEWER_THAN)
      .put("менше ніж", Qualifier.FEWER_THAN).put("менш ніж", Qualifier.FEWER_THAN)
      .put("менше як", Qualifier.FEWER_THAN)
      .build();

  /** Words that join the items of a list. */
  static final ImmutableSet<String> LIST_WORDS = ImmutableSet.of("and", "та", "і", "й", "plus",
      "or", "також");

  /** Words that end a clause: what follows is not in the same list. */
  static final ImmutableSet<String> CLAUSE_WORDS = ImmutableSet.of("while", "whereas", "but",
      "although", "though", "however", "проте", "але", "однак", "тоді", "а", "when", "after",
      "before", "because", "since", "so", "коли", "після", "бо");

  /** Month names, English and Ukrainian (genitive), to tell dates from counts. */
  static final Pattern MONTH = p("(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|"
      + "july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|січня|"
      + "лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня|"
      + "січень|лютий|березень|квітень|травень|червень|липень|серпень|вересень|жовтень|листопад|"
      + "грудень)");
}
