package org.conflictstats.text;

import com.google.common.collect.ImmutableList;
import com.google.common.hash.Hashing;
import com.google.common.io.CharStreams;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.conflictstats.model.ReportPeriod;
import org.conflictstats.model.ReportTime;
import org.conflictstats.model.Source;
import org.conflictstats.model.SourceKind;
import org.conflictstats.model.StrikeReport;
import org.conflictstats.model.WeaponCatalog;
import org.conflictstats.model.WeaponLine;

/**
 * Reads a strike report out of an Air Force statement or a news text, in English or Ukrainian:
 * rule-based, offline, every figure with the words it came from.
 *
 * <pre>{@code
 * StatementExtractor extractor = StatementExtractor.builtIn();
 * Extraction x = extractor.extract(
 *     "Ukraine's air force says Russia launched five missiles and 75 drones overnight. It added"
 *         + " that 25 drones were shot down and another 30 failed to reach their targets.",
 *     LocalDate.of(2025, 4, 17));
 * StrikeReport r = x.report().orElseThrow();
 * r.lines().get(0);   // Unknown Missile: launched 5, outcomes unknown
 * r.lines().get(1);   // Shahed-136/131: launched 75, destroyed 25, suppressed 30 (unknown 20)
 * x.figures();        // each figure with the span of its words
 * }</pre>
 *
 * <p>What it reads, and how, is in the package documentation ({@link org.conflictstats.text}):
 * the phrasings of both languages, how numbers are qualified, how the groups a text names
 * (aerial targets, drones, Shaheds, decoys, missiles, cruise missiles, types) become weapon lines
 * that do not overlap, and what is set aside (Russia's defence ministry, a governor's count of his
 * own oblast, a recap of an earlier night).
 *
 * <p>The report covers the given date, as a date-only period (the night before that morning is
 * attributed to it, DOMAIN.md §5). Its source is the given name; without one it is the national Air
 * Force ({@code kpszsu}) when the text cites Ukraine's Air Force, and {@link Source#unknown()}
 * otherwise (the validator then reports {@code NO_SOURCE}). Its id is the source, the date and a
 * hash of the text.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class StatementExtractor {

  private static final StatementExtractor BUILT_IN = new StatementExtractor(WeaponCatalog.builtIn());

  private final WeaponCatalog catalog;

  private StatementExtractor(WeaponCatalog catalog) {
    this.catalog = Objects.requireNonNull(catalog, "catalog");
  }

  /**
   * Returns the extractor with the built-in weapon catalogue.
   *
   * @return the extractor
   */
  public static StatementExtractor builtIn() {
    return BUILT_IN;
  }

  /**
   * Returns an extractor that resolves weapon names with the given catalogue.
   *
   * @param catalog the catalogue
   * @return the extractor
   */
  public static StatementExtractor of(WeaponCatalog catalog) {
    return new StatementExtractor(catalog);
  }

  /**
   * Reads a text, the source taken from the text.
   *
   * @param text the text
   * @param date the date the report covers: the morning after the night
   * @return what was read
   */
  public Extraction extract(CharSequence text, LocalDate date) {
    return run(text.toString(), date, Optional.empty());
  }

  /**
   * Reads a text stated by a named source.
   *
   * @param text the text
   * @param date the date the report covers
   * @param source the source, as {@link Source#parse(String)} reads it ({@code kpszsu},
   *     {@code https://t.me/kpszsu/123}, a channel or outlet name)
   * @return what was read
   */
  public Extraction extract(CharSequence text, LocalDate date, String source) {
    Objects.requireNonNull(source, "source");
    return run(text.toString(), date, Optional.of(source));
  }

  /**
   * Reads a text from a reader, to its end; the reader is not closed.
   *
   * @param text the reader
   * @param date the date the report covers
   * @param source the source, or empty to take it from the text
   * @return what was read
   * @throws IOException if reading fails
   */
  public Extraction extract(Reader text, LocalDate date, Optional<String> source)
      throws IOException {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(source, "source");
    return run(CharStreams.toString(text), date, source);
  }

  private Extraction run(String text, LocalDate date, Optional<String> sourceName) {
    Objects.requireNonNull(date, "date");
    String norm = Normalized.of(text);
    Context ctx = new Context();
    List<Found> found = new ArrayList<>();
    List<SetAside> setAside = new ArrayList<>();
    List<NotUnderstood> notUnderstood = new ArrayList<>();
    List<Group> denied = new ArrayList<>();
    List<Span> sentences = Sentences.split(text);
    for (Span span : sentences) {
      Sentence s = new Sentence(text, norm, span);
      new SentenceReader(s, catalog).read();
      new Binder(s).bind();
      Resolver.Result r = new Resolver(s, ctx).resolve();
      found.addAll(r.found());
      setAside.addAll(r.setAside());
      r.notUnderstood().ifPresent(notUnderstood::add);
      denied.addAll(r.denied());
    }
    found = loneZeros(regroup(found), sentences, text, notUnderstood);
    Ledger ledger = Ledger.of(found, text);
    setAside.addAll(ledger.conflicts);
    setAside.sort((a, b) -> a.span().compareTo(b.span()));
    Optional<StrikeReport> report = Optional.empty();
    if (!ledger.isEmpty()) {
      report = Optional.of(report(text, norm, date, sourceName, ledger, denied));
    }
    return new Extraction(text, Language.detect(text), date, report,
        ImmutableList.copyOf(ledger.accepted), ImmutableList.copyOf(setAside),
        ImmutableList.copyOf(notUnderstood));
  }

  /**
   * Once the whole text is read: "drones" are the Shaheds when the text gives no other drones
   * launched ("63 Shahed drones ... 55 drones were destroyed"), and "missiles" are the one missile
   * type when it gives no missiles launched ("one Kh-59/69 ... the missile was destroyed").
   */
  private static List<Found> regroup(List<Found> found) {
    boolean dronesLaunched = found.stream().anyMatch(f -> f.figure().group().kind()
        == Group.Kind.DRONES && f.figure().field() == Field.LAUNCHED && !f.share());
    boolean shahedLine = found.stream().anyMatch(f -> f.figure().group().kind()
        == Group.Kind.SHAHED && f.figure().field() == Field.LAUNCHED && !f.share());
    boolean missilesLaunched = found.stream().anyMatch(f -> f.figure().group().kind()
        == Group.Kind.MISSILES && f.figure().field() == Field.LAUNCHED);
    Set<Group> missileLines = found.stream()
        .filter(f -> f.figure().field() == Field.LAUNCHED && f.figure().group().isMissiles()
            && f.figure().group().kind() != Group.Kind.MISSILES)
        .map(f -> f.figure().group()).collect(Collectors.toSet());
    List<Found> out = new ArrayList<>(found.size());
    for (Found f : found) {
      Group.Kind k = f.figure().group().kind();
      if (k == Group.Kind.DRONES && !dronesLaunched && shahedLine) {
        out.add(f.withGroup(Group.of(Group.Kind.SHAHED)));
      } else if (k == Group.Kind.MISSILES && !missilesLaunched && missileLines.size() == 1) {
        out.add(f.withGroup(missileLines.iterator().next()));
      } else {
        out.add(f);
      }
    }
    return out;
  }

  /**
   * Once the whole text is read: a zero outcome of a group the text gives no other figure, nor a
   * group holding it or held by it ("no missiles were shot down" after drones only), is no line;
   * its sentence is listed as not understood.
   */
  private static List<Found> loneZeros(List<Found> found, List<Span> sentences, String text,
      List<NotUnderstood> notUnderstood) {
    List<Found> out = new ArrayList<>(found.size());
    for (Found f : found) {
      if (!zero(f) || found.stream().anyMatch(o -> !zero(o) && figureOf(o, f.figure().group()))) {
        out.add(f);
        continue;
      }
      Span z = f.figure().span();
      Span in = sentences.stream().filter(z::isWithin).findFirst().orElse(z);
      note(notUnderstood, in, text, z.of(text) + ": a zero for weapons the text gives no other"
          + " figure");
    }
    return out;
  }

  /** Lists a sentence as not understood, or adds to what it says of one already listed. */
  private static void note(List<NotUnderstood> notUnderstood, Span in, String text, String why) {
    for (int i = 0; i < notUnderstood.size(); i++) {
      NotUnderstood n = notUnderstood.get(i);
      if (n.span().equals(in)) {
        notUnderstood.set(i, new NotUnderstood(in, n.text(), n.why() + "; " + why));
        return;
      }
    }
    notUnderstood.add(new NotUnderstood(in, in.of(text), why));
    notUnderstood.sort((a, b) -> a.span().compareTo(b.span()));
  }

  private static boolean zero(Found f) {
    Quantity q = f.figure().quantity();
    return f.figure().field().isOutcome() && q.value() == 0 && q.to().isEmpty();
  }

  /** Whether a figure is a launched or outcome figure of the group, or of one holding or held by it. */
  private static boolean figureOf(Found o, Group g) {
    Field field = o.figure().field();
    Group h = o.figure().group();
    return (field == Field.LAUNCHED || field.isOutcome()) && (h.holds(g) || g.holds(h));
  }

  private StrikeReport report(String text, String norm, LocalDate date, Optional<String> sourceName,
      Ledger ledger, List<Group> denied) {
    Source source = sourceName.map(Source::parse).orElseGet(() -> Lexicon.namesAirForce(norm)
        ? Source.of("kpszsu", SourceKind.NATIONAL_AIR_FORCE) : Source.unknown());
    ReportAssembler assembler = new ReportAssembler(catalog, ledger, denied);
    List<WeaponLine> lines = assembler.lines();
    String hash = Hashing.sha256().hashString(text, StandardCharsets.UTF_8).toString()
        .substring(0, 8);
    return StrikeReport.builder()
        .id(source.name() + "@" + date + "#" + hash)
        .period(ReportPeriod.of(ReportTime.ofDate(date), ReportTime.ofDate(date)))
        .source(source)
        .addLines(lines)
        .casualties(assembler.casualties())
        .notes(String.join("; ", assembler.notes()))
        .build();
  }
}
