package org.conflictstats.model;

import static org.conflictstats.model.WeaponCategory.AEROBALLISTIC_MISSILE;
import static org.conflictstats.model.WeaponCategory.ANTI_AIRCRAFT_MISSILE;
import static org.conflictstats.model.WeaponCategory.ANTI_RADIATION_MISSILE;
import static org.conflictstats.model.WeaponCategory.ANTI_SHIP_MISSILE;
import static org.conflictstats.model.WeaponCategory.BALLISTIC_MISSILE;
import static org.conflictstats.model.WeaponCategory.CRUISE_MISSILE;
import static org.conflictstats.model.WeaponCategory.DECOY_DRONE;
import static org.conflictstats.model.WeaponCategory.GUIDED_BOMB;
import static org.conflictstats.model.WeaponCategory.LOITERING_MUNITION;
import static org.conflictstats.model.WeaponCategory.LONG_RANGE_ATTACK_DRONE;
import static org.conflictstats.model.WeaponCategory.RECONNAISSANCE_DRONE;
import static org.conflictstats.model.WeaponCategory.UNKNOWN_DRONE;
import static org.conflictstats.model.WeaponCategory.UNKNOWN_MISSILE;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Resolves the weapon names that sources write to catalogued weapons, across scripts and
 * transliterations ({@code X-101} = {@code Kh-101}, {@code C-300} = {@code S-300}, {@code Geran-2} =
 * {@code Shahed-136/131}, {@code Молнія} = {@code Molniya}), ignoring case, spaces and hyphens.
 *
 * <p>{@link #resolve(String)} never fails: a name joined by {@code " and "} becomes a
 * {@link CompositeWeapon} of its parts; a name {@code A/B} that the catalogue does not know whole
 * becomes a composite of {@code A} and {@code B} when it knows both (the whole name is always
 * looked up first, since many names hold a {@code /}: {@code Shahed-136/131}, {@code });
 * a name the catalogue does not know becomes an {@link UnresolvedWeapon} that keeps the raw text.
 *
 * <pre>{@code
 * WeaponCatalog catalog = WeaponCatalog.builtIn();
 * catalog.resolve("X-101/X-555").name();       // "Kh-101/Kh-555"
 * catalog.resolve("Kalibr and X-22").category(); // CRUISE_MISSILE
 * catalog.resolve("X-22/X-32").name();         // "Kh-22 and Kh-32": known parts, one line
 * WeaponCatalog mine = catalog.with(CataloguedWeapon.of("Gerbera-2", DECOY_DRONE));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe; {@link #with} returns an extended copy.
 */
public final class WeaponCatalog {

  private static final WeaponCatalog BUILT_IN = new WeaponCatalog(builtInWeapons());

  /**
   * How many names a catalogue remembers the answers of ({@link #resolve}, {@link #find}, each);
   * names past that are looked up every time.
   */
  private static final int REMEMBERED = 4096;

  private final ImmutableList<CataloguedWeapon> weapons;
  private final Map<String, CataloguedWeapon> byKey;
  /**
   * Names resolved so far, as written: a reader that cuts a file into ranges resolves each name
   * once for all of them instead of once a range (a cache, not state: the same name always resolves
   * to an equal weapon).
   */
  private final Map<String, Weapon> resolved = new ConcurrentHashMap<>();
  /**
   * The answers of {@link #find} so far, by the name as written: a writer looks each weapon of each
   * line up, and working a name's key out is most of a look-up (a cache, like {@link #resolved}).
   */
  private final Map<String, Optional<CataloguedWeapon>> found = new ConcurrentHashMap<>();

  private WeaponCatalog(List<CataloguedWeapon> weapons) {
    Map<String, CataloguedWeapon> keyed = new LinkedHashMap<>();
    Map<String, CataloguedWeapon> byName = new LinkedHashMap<>();
    // each name's key is worked out once (byName is keyed by the key of its value's name)
    for (CataloguedWeapon w : weapons) {
      String key = WeaponNames.key(w.name());
      CataloguedWeapon existing = byName.get(key);
      byName.put(key, existing == null ? w : existing.withAliases(w.aliases()));
    }
    for (Map.Entry<String, CataloguedWeapon> e : byName.entrySet()) {
      keyed.put(e.getKey(), e.getValue());
      for (String alias : e.getValue().aliases()) {
        keyed.putIfAbsent(WeaponNames.key(alias), e.getValue());
      }
    }
    // a later entry's canonical name wins over an earlier alias
    keyed.putAll(byName);
    this.weapons = ImmutableList.copyOf(byName.values());
    this.byKey = Map.copyOf(keyed);
  }

  /**
   * Returns the built-in catalogue: every weapon name in the Air Force dataset and the usual other
   * names of each.
   *
   * @return the built-in catalogue
   */
  public static WeaponCatalog builtIn() {
    return BUILT_IN;
  }

  /**
   * Returns a catalogue of exactly the given weapons.
   *
   * @param weapons the weapons; a later weapon with the same canonical name adds its aliases to the
   *     earlier one
   * @return the catalogue
   */
  public static WeaponCatalog of(Collection<CataloguedWeapon> weapons) {
    return new WeaponCatalog(ImmutableList.copyOf(weapons));
  }

  /**
   * Returns a copy of this catalogue extended with more weapons. A weapon whose name this catalogue
   * already resolves (as a name or an alias) adds its aliases to the known weapon, whose category
   * is kept; any other weapon is added as it is. An alias that this catalogue resolves to another
   * weapon is refused, as {@code WeaponCatalogCsv.extend} refuses it in a file (review rv45a: it
   * was dropped without a word, the name still resolving to the known weapon).
   *
   * <pre>{@code
   * WeaponCatalog.builtIn().with(CataloguedWeapon.of("Gerbera-2", DECOY_DRONE, "Гербера-2"));
   * WeaponCatalog.builtIn().with(CataloguedWeapon.of("Kalibr", CRUISE_MISSILE, "3M-14T"));
   * // adds the alias 3M-14T to Kalibr
   * WeaponCatalog.builtIn().with(CataloguedWeapon.of("Newdrone", DECOY_DRONE, "Geran-2"));
   * // IllegalArgumentException: alias 'Geran-2' of 'Newdrone' already names Shahed-136/131
   * }</pre>
   *
   * @param more the weapons to add
   * @return the extended copy
   * @throws IllegalArgumentException if an alias of a weapon names another weapon of this catalogue
   */
  public WeaponCatalog withAll(Collection<CataloguedWeapon> more) {
    // one weapon at a time, each checked against the catalogue with the ones before it (review
    // rv45d: two new weapons of one call sharing an alias were not checked against each other)
    WeaponCatalog c = this;
    for (CataloguedWeapon w : more) {
      c = c.withOne(w);
    }
    return c;
  }

  private WeaponCatalog withOne(CataloguedWeapon w) {
    Optional<CataloguedWeapon> known = find(w.name());
    for (String alias : w.aliases()) {
      Optional<CataloguedWeapon> other = find(alias);
      if (other.isPresent() && !other.equals(known)) {
        throw new IllegalArgumentException("alias '" + alias + "' of '" + w.name()
            + "' already names " + other.get().name() + " in the catalogue");
      }
    }
    List<CataloguedWeapon> all = new ArrayList<>(weapons);
    all.add(known.isPresent() ? CataloguedWeapon.of(known.get().name(), known.get().category())
        .withAliases(w.aliases()) : w);
    return new WeaponCatalog(all);
  }

  /**
   * Returns a copy of this catalogue extended with one weapon.
   *
   * @param weapon the weapon to add
   * @return the extended copy
   * @see #withAll(Collection)
   */
  public WeaponCatalog with(CataloguedWeapon weapon) {
    return withAll(List.of(weapon));
  }

  /**
   * Returns every weapon of the catalogue, in the order they were added.
   *
   * @return the weapons
   */
  public List<CataloguedWeapon> weapons() {
    return weapons;
  }

  /**
   * Looks up a single weapon by its canonical name or an alias.
   *
   * @param name the name, in any script, case or spelling the catalogue knows
   * @return the weapon, or empty when the catalogue does not know the name
   */
  public Optional<CataloguedWeapon> find(String name) {
    Objects.requireNonNull(name, "name");
    return remembered(found, name,
        n -> Optional.ofNullable(byKey.get(WeaponNames.key(n))));
  }

  /**
   * Resolves a name as a source wrote it. A name joined by {@code " and "} becomes a composite of its
   * resolved parts (duplicates removed; a single distinct part stands alone). Each part is looked up
   * whole; a part {@code A/B} that the catalogue does not know whole becomes the composite of
   * {@code A} and {@code B} when the catalogue knows each of them. A name the catalogue does not
   * know becomes an {@link UnresolvedWeapon}.
   *
   * @param rawName the name as written, not blank
   * @return the weapon, never {@code null}
   * @throws IllegalArgumentException if the name is blank
   */
  public Weapon resolve(String rawName) {
    Objects.requireNonNull(rawName, "rawName");
    return remembered(resolved, rawName, this::resolveNew);
  }

  /**
   * The answer {@code memo} holds for a name, else the one {@code compute} gives, remembered while
   * the memo holds fewer than {@link #REMEMBERED} names (an answer that throws is not).
   */
  private static <V> V remembered(Map<String, V> memo, String name, Function<String, V> compute) {
    V known = memo.get(name);
    if (known != null) {
      return known;
    }
    V v = compute.apply(name);
    if (memo.size() < REMEMBERED) {
      memo.put(name, v);
    }
    return v;
  }

  private Weapon resolveNew(String rawName) {
    String name = rawName.strip();
    if (name.isEmpty()) {
      throw new IllegalArgumentException("weapon name must not be blank");
    }
    String[] pieces = WeaponNames.AND.split(name);
    if (pieces.length == 1) {
      return resolveSingle(name);
    }
    List<Weapon> parts = new ArrayList<>();
    for (String piece : pieces) {
      if (piece.isBlank()) {
        continue;
      }
      // a part "A/B" may itself resolve into several: the line's parts are all of them
      for (Weapon part : resolveSingle(piece.strip()).parts()) {
        if (!parts.contains(part)) {
          parts.add(part);
        }
      }
    }
    if (parts.isEmpty()) {
      return new UnresolvedWeapon(name);
    }
    return parts.size() == 1 ? parts.get(0) : CompositeWeapon.of(parts);
  }

  /**
   * One name without {@code " and "}: the catalogue's entry for the whole name first (many names
   * hold a {@code /} and are catalogued whole: {@code Shahed-136/131}, {@code },
   * {@code Iskander-M/KN-23}); otherwise, for {@code A/B}, a composite of the parts when the
   * catalogue knows every one; otherwise unresolved.
   */
  private Weapon resolveSingle(String name) {
    Optional<CataloguedWeapon> whole = find(name);
    if (whole.isPresent()) {
      return whole.get();
    }
    if (name.indexOf('/') >= 0) {
      List<Weapon> parts = new ArrayList<>();
      for (String piece : name.split("/", -1)) {
        Optional<CataloguedWeapon> part = piece.isBlank() ? Optional.empty() : find(piece);
        if (part.isEmpty()) {
          return new UnresolvedWeapon(name);
        }
        if (!parts.contains(part.get())) {
          parts.add(part.get());
        }
      }
      return parts.size() == 1 ? parts.get(0) : CompositeWeapon.of(parts);
    }
    return new UnresolvedWeapon(name);
  }

  private static List<CataloguedWeapon> builtInWeapons() {
    return List.of(
        // drones
        CataloguedWeapon.of("Shahed-136/131", LONG_RANGE_ATTACK_DRONE,
            "Shahed-136", "Shahed-131", "Shahed", "Geran-2", "Geran-1", "Герань-2", "Шахед-136",
            "Shahed-136/131 (Geran-2)"),
        CataloguedWeapon.of("Shahed-238", LONG_RANGE_ATTACK_DRONE, "Geran-3", "Герань-3"),
        CataloguedWeapon.of("Gerbera", DECOY_DRONE, "Гербера", "Parody", "Пародія"),
        CataloguedWeapon.of("Decoy drone", DECOY_DRONE, "Imitator drone", "Decoy UAV"),
        CataloguedWeapon.of("Lancet", LOITERING_MUNITION, "Ланцет", "ZALA Lancet"),
        CataloguedWeapon.of("Kub", LOITERING_MUNITION, "KUB-BLA", "Куб"),
        CataloguedWeapon.of("Molniya", LOITERING_MUNITION, "Молнія", "Молния", "Molniia"),
        CataloguedWeapon.of("Privet-82", LOITERING_MUNITION, "Привет-82", "Pryvet-82"),
        CataloguedWeapon.of("Orlan-10", RECONNAISSANCE_DRONE, "Орлан-10"),
        CataloguedWeapon.of("Orlan-30", RECONNAISSANCE_DRONE, "Орлан-30"),
        CataloguedWeapon.of("ZALA", RECONNAISSANCE_DRONE, "ZALA 421", "Зала"),
        CataloguedWeapon.of("Supercam", RECONNAISSANCE_DRONE, "SuperCam", "Суперкам"),
        CataloguedWeapon.of("Eleron", RECONNAISSANCE_DRONE, "Eleron-3", "Элерон"),
        CataloguedWeapon.of("Forpost", RECONNAISSANCE_DRONE, "Форпост"),
        CataloguedWeapon.of("Granat-4", RECONNAISSANCE_DRONE, "Гранат-4"),
        CataloguedWeapon.of("Merlin-VR", RECONNAISSANCE_DRONE, "Мерлин-ВР"),
        CataloguedWeapon.of("Orion", RECONNAISSANCE_DRONE, "Орион", "Inokhodets"),
        CataloguedWeapon.of("Mohajer-6", RECONNAISSANCE_DRONE),
        CataloguedWeapon.of("Kartograf", RECONNAISSANCE_DRONE, "Картограф"),
        CataloguedWeapon.of("Feniks", RECONNAISSANCE_DRONE, "Фенікс", "Феникс", "Phoenix"),
        CataloguedWeapon.of("Reconnaissance UAV", RECONNAISSANCE_DRONE, "Reconnaissance drone"),
        CataloguedWeapon.of("Unknown UAV", UNKNOWN_DRONE, "UAV", "Unknown drone", "Drone"),
        // missiles
        CataloguedWeapon.of("Kh-101/Kh-555", CRUISE_MISSILE, "X-101/X-555", "Kh-101", "X-101",
            "Kh-555", "X-555"),
        CataloguedWeapon.of("Kalibr", CRUISE_MISSILE, "3M-14 Kalibr", "3M14", "Калібр", "Калибр"),
        CataloguedWeapon.of("Iskander-K", CRUISE_MISSILE, "9M728", "9M729", "Іскандер-К"),
        CataloguedWeapon.of("Kh-22", CRUISE_MISSILE, "X-22"),
        CataloguedWeapon.of("Kh-32", CRUISE_MISSILE, "X-32"),
        CataloguedWeapon.of("Kh-59", CRUISE_MISSILE, "X-59", "Kh-59 Ovod"),
        CataloguedWeapon.of("Kh-59MK2", CRUISE_MISSILE, "X-59MK2"),
        CataloguedWeapon.of("Kh-69", CRUISE_MISSILE, "X-69"),
        CataloguedWeapon.of("Kh-59/Kh-69", CRUISE_MISSILE, "X-59/X-69"),
        CataloguedWeapon.of("Banderol", CRUISE_MISSILE, "Бандероль"),
        CataloguedWeapon.of("3M22 Zircon", CRUISE_MISSILE, "Zircon", "Tsirkon", "3M22", "Циркон"),
        CataloguedWeapon.of("Cruise Missile", CRUISE_MISSILE, "Cruise missiles"),
        CataloguedWeapon.of("Iskander-M", BALLISTIC_MISSILE, "9M723", "Іскандер-М"),
        CataloguedWeapon.of("KN-23", BALLISTIC_MISSILE, "Hwasong-11"),
        CataloguedWeapon.of("Iskander-M/KN-23", BALLISTIC_MISSILE),
        CataloguedWeapon.of("Ballistic Missile", BALLISTIC_MISSILE, "Ballistic"),
        CataloguedWeapon.of("Intercontinental Ballistic Missile", BALLISTIC_MISSILE, "ICBM",
            "RS-26 Rubezh"),
        CataloguedWeapon.of("Kh-47 Kinzhal", AEROBALLISTIC_MISSILE, "X-47 Kinzhal", "Kinzhal",
            "Kh-47M2", "Кинжал", "Кинджал"),
        CataloguedWeapon.of("S-300", ANTI_AIRCRAFT_MISSILE, "C-300"),
        CataloguedWeapon.of("S-400", ANTI_AIRCRAFT_MISSILE, "C-400", "S-400 Triumf"),
        CataloguedWeapon.of("S-300/S-400", ANTI_AIRCRAFT_MISSILE, "C-300/C-400"),
        CataloguedWeapon.of("P-800 Oniks", ANTI_SHIP_MISSILE, "Oniks", "Onyx", "Yakhont", "Оникс"),
        CataloguedWeapon.of("Kh-35", ANTI_SHIP_MISSILE, "X-35"),
        CataloguedWeapon.of("Kh-31", ANTI_RADIATION_MISSILE, "X-31"),
        CataloguedWeapon.of("Kh-31P", ANTI_RADIATION_MISSILE, "X-31P"),
        CataloguedWeapon.of("Kh-31PD", ANTI_RADIATION_MISSILE, "X-31PD"),
        CataloguedWeapon.of("Unknown Missile", UNKNOWN_MISSILE, "Missile", "Unknown missiles"),
        // bombs
        CataloguedWeapon.of("KAB", GUIDED_BOMB, "КАБ", "Guided aerial bomb"),
        CataloguedWeapon.of("GBU", GUIDED_BOMB, "GBU-39"),
        CataloguedWeapon.of("Aerial Bomb", GUIDED_BOMB, "Aerial bombs", "Bomb"));
  }
}
