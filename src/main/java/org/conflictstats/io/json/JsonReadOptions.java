package org.conflictstats.io.json;

import java.util.Objects;
import org.conflictstats.model.WeaponCatalog;

/**
 * How to read report documents: the mode (strict or lenient) and the weapon catalogue that resolves
 * weapon names.
 *
 * <pre>{@code
 * JsonReadOptions options = JsonReadOptions.strict()
 *     .withCatalog(WeaponCatalog.builtIn().with(CataloguedWeapon.of("Gerbera-2", DECOY_DRONE)));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param mode strict (the first bad document is an error) or lenient (bad lines are set aside)
 * @param catalog resolves the weapons a document names without aliases
 */
public record JsonReadOptions(JsonReadMode mode, WeaponCatalog catalog) {

  private static final JsonReadOptions STRICT =
      new JsonReadOptions(JsonReadMode.STRICT, WeaponCatalog.builtIn());
  private static final JsonReadOptions LENIENT =
      new JsonReadOptions(JsonReadMode.LENIENT, WeaponCatalog.builtIn());

  /** Checks the components. */
  public JsonReadOptions {
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(catalog, "catalog");
  }

  /**
   * Returns strict reading with the built-in catalogue: the default.
   *
   * @return the options
   */
  public static JsonReadOptions strict() {
    return STRICT;
  }

  /**
   * Returns lenient reading with the built-in catalogue.
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
  public static JsonReadOptions of(JsonReadMode mode) {
    return new JsonReadOptions(mode, WeaponCatalog.builtIn());
  }

  /**
   * Returns a copy with another mode.
   *
   * @param newMode the mode
   * @return the copy
   */
  public JsonReadOptions withMode(JsonReadMode newMode) {
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
   * @return {@code true} for {@link JsonReadMode#STRICT}
   */
  public boolean isStrict() {
    return mode == JsonReadMode.STRICT;
  }
}
