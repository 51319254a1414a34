package org.conflictstats.io.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.conflictstats.internal.InputFiles;
import org.conflictstats.internal.Utf8;
import org.conflictstats.io.FileLocation;
import org.conflictstats.io.ImportException;
import org.conflictstats.io.ImportWarning;
import org.conflictstats.io.RejectedRow;
import org.conflictstats.model.CataloguedWeapon;
import org.conflictstats.model.WeaponCatalog;
import org.conflictstats.model.WeaponCategory;

/**
 * Reads the dataset's weapon catalogue files ({@code missiles_and_uav.csv},
 * {@code missiles_and_uavs.csv}) to extend the built-in {@link WeaponCatalog}. Columns are found by
 * header name, so both published layouts (which order {@code type} and {@code national_origin}
 * differently) are read; {@code model} and {@code category} are required, {@code type} and
 * {@code name} optional, and every other column is ignored.
 *
 * <pre>{@code
 * WeaponCatalog catalog = WeaponCatalogCsv.extend(WeaponCatalog.builtIn(),
 *     Path.of("missiles_and_uavs.csv"));
 * AirForceCsvReader reader = AirForceCsv.reader().withCatalog(catalog);
 * }</pre>
 *
 * <p>Each row gives a weapon named as in the {@code model} column, with the {@code name} column (the
 * usual transliteration, such as {@code Kh-59 Ovod}) as an alias. Rows naming several weapons joined by
 * {@code " and "} are skipped: the catalogue resolves such names into their parts. A weapon the
 * catalogue already knows keeps its category and gains the aliases. The category comes from the
 * {@code category} and {@code type} columns, as {@link #category(String, String)} describes.
 *
 * <p>A catalogue is configuration, so reading is strict: nothing in it is dropped or changed without
 * a word. Each of these throws an {@link ImportException} naming file, line and column: a file
 * without the required columns; a row without a model or with the wrong number of cells; a category
 * that {@link #category} does not recognise (it would otherwise make the weapon unclassified); a
 * model given twice in one file (under any spelling the catalogue treats as the same name); an
 * alias (the {@code name} column) that already names another weapon, in the catalogue being
 * extended ({@link #read} checks against the built-in one) or earlier in the file. (The dataset's
 * {@code missiles_and_uavs-2026-02.csv} has one such row: {@code X-31PD} named {@code Kh-31P}.
 * {@link #extendLeniently} reads such a file: it leaves such an alias out, with a warning naming the
 * file and line, and catalogues the row's model under its own name.) This class is thread-safe.
 */
public final class WeaponCatalogCsv {

  private static final String LABELS = Arrays.stream(WeaponCategory.values())
      .map(WeaponCategory::label).collect(Collectors.joining(", "));

  private WeaponCatalogCsv() {}

  /**
   * Tells from its first line whether a text is a weapon catalogue: a header naming the columns
   * {@link #read} requires, {@code model} and {@code category} (ignoring case, surrounding spaces
   * and quotes), as the dataset's {@code missiles_and_uavs.csv} does. For a tool that was given a
   * catalogue where it expected reports.
   *
   * @param firstLine the text's first line (or more: only the first line is looked at)
   * @return {@code true} for a catalogue header
   */
  public static boolean looksLikeCatalogue(CharSequence firstLine) {
    Objects.requireNonNull(firstLine, "firstLine");
    String line = firstLine.toString();
    int end = line.indexOf('\n');
    boolean model = false;
    boolean category = false;
    for (String cell : (end < 0 ? line : line.substring(0, end)).split(",", -1)) {
      String name = cell.strip();
      if (name.length() >= 2 && name.startsWith("\"") && name.endsWith("\"")) {
        name = name.substring(1, name.length() - 1).strip();
      }
      model |= name.equalsIgnoreCase("model");
      category |= name.equalsIgnoreCase("category");
    }
    return model && category;
  }

  /**
   * Reads a catalogue file.
   *
   * @param file the file; its name in messages is {@code file.toString()}
   * @return the weapons, in file order, composite rows left out
   * @throws IOException if the file cannot be read
   * @throws ImportException if the file is not a catalogue file or a row is bad
   */
  public static List<CataloguedWeapon> read(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    return read(file, WeaponCatalog.builtIn(), null);
  }

  private static List<CataloguedWeapon> read(Path file, WeaponCatalog known,
      Consumer<? super ImportWarning> aliasConflicts) throws IOException {
    try (InputStream in = InputFiles.stream(file)) {
      return read(new RecordScanner(ByteSource.of(in), 0, 1), file.toString(), known,
          aliasConflicts);
    }
  }

  /**
   * Reads catalogue text. The reader is not closed.
   *
   * @param in the text
   * @param fileName the name used in messages, not blank
   * @return the weapons, in file order, composite rows left out
   * @throws IOException if reading fails
   * @throws ImportException if the text is not a catalogue file or a row is bad
   */
  public static List<CataloguedWeapon> read(Reader in, String fileName) throws IOException {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(fileName, "fileName");
    return read(new RecordScanner(ByteSource.of(new Utf8InputStream(in)), 0, 1), fileName,
        WeaponCatalog.builtIn(), null);
  }

  /** Reads; an alias that names another weapon throws, or with a consumer is left out, told. */
  private static List<CataloguedWeapon> read(RecordScanner tok, String fileName,
      WeaponCatalog known, Consumer<? super ImportWarning> aliasConflicts) throws IOException {
    List<CataloguedWeapon> out = new ArrayList<>();
    Map<String, Long> lineOf = new HashMap<>();
    List<String> names = null;
    int cModel = -1;
    int cCategory = -1;
    int cType = -1;
    int cName = -1;
    while (tok.next()) {
      if (tok.isBlankLine()) {
        continue;
      }
      FileLocation at = FileLocation.of(fileName, tok.line());
      if (tok.problem() != null) {
        throw new ImportException(RejectedRow.ofRow(at, RangeParser.rawText(tok),
            "malformed CSV: " + tok.problem().name().toLowerCase(Locale.ROOT).replace('_', ' ')));
      }
      for (int i = 0; i < tok.size(); i++) {
        if (!Utf8.isWellFormed(tok.buffer(), tok.start(i), tok.end(i))) {
          throw new ImportException(RejectedRow.ofRow(at, RangeParser.rawText(tok),
              "cell " + (i + 1) + " is not valid UTF-8"));
        }
      }
      if (names == null) {
        names = new ArrayList<>();
        for (int i = 0; i < tok.size(); i++) {
          names.add(field(tok, i).strip().toLowerCase(Locale.ROOT));
        }
        cModel = names.indexOf("model");
        cCategory = names.indexOf("category");
        cType = names.indexOf("type");
        cName = names.indexOf("name");
        if (cModel < 0 || cCategory < 0) {
          String missing = cModel < 0 ? "model" : "category";
          throw new ImportException(RejectedRow.of(at, missing, RangeParser.rawText(tok),
              "missing required column '" + missing + "': not a weapon catalogue header"));
        }
        continue;
      }
      if (tok.size() != names.size()) {
        throw new ImportException(RejectedRow.ofRow(at, RangeParser.rawText(tok),
            "row has " + tok.size() + " cells but the header has " + names.size()));
      }
      String model = field(tok, cModel).strip();
      if (model.isEmpty()) {
        throw new ImportException(RejectedRow.of(at, "model", RangeParser.rawText(tok),
            "column 'model': weapon model is blank"));
      }
      if (model.toLowerCase(Locale.ROOT).contains(" and ")) {
        continue;
      }
      String type = cType < 0 ? "" : field(tok, cType);
      String categoryText = field(tok, cCategory).strip();
      WeaponCategory category = recognised(categoryText, type).orElseThrow(() ->
          new ImportException(RejectedRow.of(at, "category", RangeParser.rawText(tok),
              "column 'category': unknown category '" + categoryText + "' (expected UAV, cruise"
                  + " missile, ballistic missile, surface-to-air missile, a bomb, or one of: "
                  + LABELS + ")")));
      WeaponCatalog file = WeaponCatalog.of(out);
      Optional<CataloguedWeapon> twice = file.find(model);
      if (twice.isPresent()) {
        throw new ImportException(RejectedRow.of(at, "model", RangeParser.rawText(tok),
            "column 'model': '" + model + "' names the weapon of line "
                + lineOf.get(twice.get().name()) + " ('" + twice.get().name()
                + "') again: a model is given once"));
      }
      // a row that makes a known drone a missile (or the like): the catalogue's kind stays, and
      // the figures by family with it; refused as an alias that names another weapon is, or
      // told when read leniently. A finer category within the kind is the built-in catalogue's
      // choice (README, Decisions), as for six rows of the dataset's own catalogues
      Optional<CataloguedWeapon> catalogued = known.find(model);
      if (catalogued.isPresent() && catalogued.get().category().kind() != category.kind()) {
        CataloguedWeapon w = catalogued.get();
        String conflict = "column 'category': '" + model + "' is "
            + (w.name().equals(model) ? "" : w.name() + ", ") + article(w.category().label())
            + " in the catalogue, not " + article(category.label())
            + (categoryText.equalsIgnoreCase(category.label()) ? "" : " ('" + categoryText + "')");
        if (aliasConflicts == null) {
          throw new ImportException(RejectedRow.of(at, "category", RangeParser.rawText(tok),
              conflict + ": a catalogue file adds weapons and names, and cannot change a known"
                  + " weapon's kind"));
        }
        aliasConflicts.accept(ImportWarning.of(fileName, tok.line(), conflict + ": the"
            + " catalogue's category is kept (a catalogue file adds weapons and names, and"
            + " never changes a known weapon's kind)"));
      }
      String alias = cName < 0 ? "" : field(tok, cName).strip();
      if (!alias.isEmpty()) {
        // the weapon this row extends: a known one, or its own model
        String weapon = resolved(known, model);
        Optional<CataloguedWeapon> knownOther = known.find(alias)
            .filter(w -> !w.name().equals(weapon));
        Optional<CataloguedWeapon> fileOther = file.find(alias)
            .filter(w -> !resolved(known, w.name()).equals(weapon));
        if (knownOther.isPresent() || fileOther.isPresent()) {
          CataloguedWeapon other = knownOther.orElseGet(fileOther::get);
          String conflict = "column 'name': alias '" + alias + "' of '" + model + "' already names "
              + other.name() + " (" + other.category().label() + ")"
              + (knownOther.isPresent() ? " in the catalogue"
                  : ", line " + lineOf.get(other.name()));
          if (aliasConflicts == null) {
            throw new ImportException(RejectedRow.of(at, "name", RangeParser.rawText(tok),
                conflict + ": correct or blank it"));
          }
          aliasConflicts.accept(ImportWarning.of(fileName, tok.line(), conflict
              + ": the alias is left out, and '" + model + "' catalogued under its own name"));
          alias = "";
        }
      }
      out.add(alias.isEmpty() ? CataloguedWeapon.of(model, category)
          : CataloguedWeapon.of(model, category, alias));
      lineOf.put(model, tok.line());
    }
    if (names == null) {
      throw new ImportException(RejectedRow.ofRow(FileLocation.of(fileName, 1), "",
          "empty file: no header row"));
    }
    return out;
  }

  private static String article(String label) {
    return ("aeiou".indexOf(label.charAt(0)) >= 0 ? "an " : "a ") + label;
  }

  /** The canonical name a model has in the known catalogue, or the model itself. */
  private static String resolved(WeaponCatalog known, String model) {
    return known.find(model).map(CataloguedWeapon::name).orElse(model);
  }

  private static String field(RecordScanner tok, int cell) {
    return new String(tok.cellBytes(cell), java.nio.charset.StandardCharsets.UTF_8);
  }

  /**
   * Returns a catalogue extended with the weapons of catalogue files.
   *
   * @param base the catalogue to extend, usually {@link WeaponCatalog#builtIn()}
   * @param files the catalogue files
   * @return the extended catalogue
   * @throws IOException if a file cannot be read
   * @throws ImportException if a file is not a catalogue file or a row is bad
   */
  public static WeaponCatalog extend(WeaponCatalog base, Path... files) throws IOException {
    return extend(base, List.of(files));
  }

  /**
   * Returns a catalogue extended with the weapons of catalogue files.
   *
   * @param base the catalogue to extend, usually {@link WeaponCatalog#builtIn()}
   * @param files the catalogue files
   * @return the extended catalogue
   * @throws IOException if a file cannot be read
   * @throws ImportException if a file is not a catalogue file or a row is bad: among others, an
   *     alias that names another weapon, or a category of another kind (drone, missile, bomb) than
   *     the catalogue gives a weapon it knows ({@code Shahed-136/131} as a cruise missile)
   */
  public static WeaponCatalog extend(WeaponCatalog base, Collection<Path> files)
      throws IOException {
    return extend(base, files, null);
  }

  /**
   * Returns a catalogue extended with the weapons of catalogue files, an alias that already names
   * another weapon left out with a warning instead of failing the read (the row's model is then
   * catalogued under its own name, with its category), and a category of another kind than the
   * catalogue gives a weapon it knows told, the catalogue's category kept (a catalogue file never
   * changes a known weapon's category; one of the same kind, as the dataset's {@code cruise
   * missile} for {@code Kh-35}, an anti-ship missile here, is not told). Everything else
   * {@link #extend(WeaponCatalog, Collection)} refuses is refused as there. For the dataset's own
   * {@code missiles_and_uavs-2026-02.csv}, whose {@code X-31PD} row gives the alias {@code Kh-31P}.
   *
   * <pre>{@code
   * WeaponCatalog c = WeaponCatalogCsv.extendLeniently(WeaponCatalog.builtIn(),
   *     List.of(Path.of("missiles_and_uavs.csv")), w -> System.err.println("warning: " + w));
   * }</pre>
   *
   * @param base the catalogue to extend, usually {@link WeaponCatalog#builtIn()}
   * @param files the catalogue files
   * @param aliasConflicts told of each alias left out and each category not applied, with its file
   *     and line
   * @return the extended catalogue
   * @throws IOException if a file cannot be read
   * @throws ImportException if a file is not a catalogue file or a row is bad otherwise
   */
  public static WeaponCatalog extendLeniently(WeaponCatalog base, Collection<Path> files,
      Consumer<? super ImportWarning> aliasConflicts) throws IOException {
    return extend(base, files, Objects.requireNonNull(aliasConflicts, "aliasConflicts"));
  }

  private static WeaponCatalog extend(WeaponCatalog base, Collection<Path> files,
      Consumer<? super ImportWarning> aliasConflicts) throws IOException {
    Objects.requireNonNull(base, "base");
    WeaponCatalog c = base;
    for (Path f : files) {
      c = c.withAll(read(f, c, aliasConflicts));
    }
    return c;
  }

  /**
   * Maps a catalogue row's {@code category} and {@code type} onto a {@link WeaponCategory}:
   * <ul>
   *   <li>{@code UAV} (or any category naming a drone): type with "loitering" is a loitering
   *       munition, with "reconnaissance" or "ISTAR" a reconnaissance drone, with "decoy" a decoy
   *       drone, with "attack" a long-range attack drone; otherwise an unknown drone;
   *   <li>{@code surface-to-air missile}: anti-aircraft missile;
   *   <li>{@code ballistic missile}: aeroballistic when the type says "air-launched", otherwise
   *       ballistic;
   *   <li>{@code cruise missile}: anti-radiation or anti-ship when the type starts so, aeroballistic
   *       for an "air-launched ballistic" type, otherwise cruise;
   *   <li>a category containing "bomb": guided bomb;
   *   <li>any label of {@link WeaponCategory} ({@code decoy drone}, {@code anti-ship missile}, ...):
   *       that category;
   *   <li>anything else containing "missile": unknown missile; otherwise
   *       {@link WeaponCategory#UNCLASSIFIED}.
   * </ul>
   *
   * @param category the {@code category} cell
   * @param type the {@code type} cell, possibly blank
   * @return the category
   */
  public static WeaponCategory category(String category, String type) {
    return recognised(category, type).orElse(WeaponCategory.UNCLASSIFIED);
  }

  /**
   * The category of {@link #category}, or empty when no rule recognises the category (where
   * {@code category} falls back to unclassified): the reader refuses such a row.
   */
  static Optional<WeaponCategory> recognised(String category, String type) {
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(type, "type");
    String c = category.strip().toLowerCase(Locale.ROOT);
    String t = type.strip().toLowerCase(Locale.ROOT);
    if (c.equals("uav") || c.contains("drone")) {
      Optional<WeaponCategory> exact = WeaponCategory.fromLabel(c);
      if (exact.isPresent() && !c.equals("uav")) {
        return exact;
      }
      if (t.contains("loitering")) {
        return Optional.of(WeaponCategory.LOITERING_MUNITION);
      }
      if (t.contains("reconnaissance") || t.contains("istar")) {
        return Optional.of(WeaponCategory.RECONNAISSANCE_DRONE);
      }
      if (t.contains("decoy")) {
        return Optional.of(WeaponCategory.DECOY_DRONE);
      }
      if (t.contains("attack")) {
        return Optional.of(WeaponCategory.LONG_RANGE_ATTACK_DRONE);
      }
      return Optional.of(WeaponCategory.UNKNOWN_DRONE);
    }
    if (c.equals("surface-to-air missile")) {
      return Optional.of(WeaponCategory.ANTI_AIRCRAFT_MISSILE);
    }
    if (c.equals("ballistic missile")) {
      return Optional.of(t.contains("air-launched") ? WeaponCategory.AEROBALLISTIC_MISSILE
          : WeaponCategory.BALLISTIC_MISSILE);
    }
    if (c.equals("cruise missile")) {
      if (t.startsWith("anti-radiation")) {
        return Optional.of(WeaponCategory.ANTI_RADIATION_MISSILE);
      }
      if (t.startsWith("anti-ship")) {
        return Optional.of(WeaponCategory.ANTI_SHIP_MISSILE);
      }
      if (t.contains("air-launched ballistic")) {
        return Optional.of(WeaponCategory.AEROBALLISTIC_MISSILE);
      }
      return Optional.of(WeaponCategory.CRUISE_MISSILE);
    }
    if (c.contains("bomb")) {
      return Optional.of(WeaponCategory.GUIDED_BOMB);
    }
    Optional<WeaponCategory> label = WeaponCategory.fromLabel(c);
    if (label.isPresent()) {
      return label;
    }
    return c.contains("missile") ? Optional.of(WeaponCategory.UNKNOWN_MISSILE) : Optional.empty();
  }
}
