package org.conflictstats.io.json;

import java.util.Objects;
import org.conflictstats.io.ImportMode;
import org.conflictstats.model.WeaponCatalog;

/**
 * How to read report documents: the mode (strict or lenient) and the weapon catalogue that resolves
 * the weapons a document names.
 *
 * <pre>{@code
 * JsonReadOptions options = JsonReadOptions.lenient()
 *     .withCatalog(WeaponCatalog.builtIn().with(CataloguedWeapon.of("Gerbera-2", DECOY_DRONE)));
 * }</pre>
 *
 * <p>In {@link ImportMode#STRICT strict} mode the first bad document throws an
 * {@link org.conflictstats.io.ImportException} and an unknown property is an error; in
 * {@link ImportMode#LENIENT lenient} mode a bad line becomes a
 * {@link org.conflictstats.io.RejectedRow} and reading goes on, and an unknown property is an
 * {@link org.conflictstats.io.ImportWarning} and is ignored.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param mode strict or lenient
 * @param catalog resolves the weapons a document names without aliases
 */
public record JsonReadOptions(ImportMode mode, WeaponCatalog catalog) {

  private static final JsonReadOptions STRICT =
      new JsonReadOptions(ImportMode.STRICT, WeaponCatalog.builtIn());
  private static final JsonReadOptions LENIENT =
      new JsonReadOptions(ImportMode.LENIENT, WeaponCatalog.builtIn());

  /** Checks the components. */
  public JsonReadOptions {
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(catalog, "catalog");
  }

  /**
   * Returns strict reading with the built-in catalogue.
   *
   * @return the options
   */
  public static JsonReadOptions strict() {
    return STRICT;
  }

  /**
   * Returns lenient reading with the built-in catalogue, the default of imports.
   *
   * @return the options
   */
  public static JsonReadOptions lenient() {
    return LENIENT;
  }

  /**
   * Returns reading in the given mode with the built-in catalogue.
   *
   * @param mode the mode
   * @return the options
   */
  public static JsonReadOptions of(ImportMode mode) {
    return new JsonReadOptions(mode, WeaponCatalog.builtIn());
  }

  /**
   * Returns a copy with another mode.
   *
   * @param newMode the mode
   * @return the copy
   */
  public JsonReadOptions withMode(ImportMode newMode) {
    return new JsonReadOptions(newMode, catalog);
  }

  /**
   * Returns a copy with another catalogue.
   *
   * @param newCatalog the catalogue
   * @return the copy
   */
  public JsonReadOptions withCatalog(WeaponCatalog newCatalog) {
    return new JsonReadOptions(mode, newCatalog);
  }

  /**
   * Returns whether this is strict reading.
   *
   * @return {@code true} for {@link ImportMode#STRICT}
   */
  public boolean isStrict() {
    return mode == ImportMode.STRICT;
  }
}
