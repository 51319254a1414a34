package org.conflictstats.internal;

import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The rule by which one of the library's Jackson modules left at its defaults, as
 * {@code ObjectMapper.findAndRegisterModules()} makes it through {@link java.util.ServiceLoader},
 * yields to a module of the same class that the caller configured and registered before it on the
 * same mapper. Jackson lets the module registered last win, so without this rule
 * {@code registerModule(new ConflictStatsModule(myCatalog)).findAndRegisterModules()} would read
 * with the built-in catalogue (review rv45a). A configured module registered after a default one
 * wins as before.
 *
 * <pre>{@code
 * if (isDefault && ConfiguredModules.configuredBefore(context, StatsModule.class, getTypeId())) {
 *   return; // keep the caller's
 * }
 * }</pre>
 *
 * <p>The mapper keeps module ids only with {@code MapperFeature.IGNORE_DUPLICATE_MODULE_REGISTRATIONS}
 * (on by default); with it off, the module registered last wins, whatever it is.
 */
public final class ConfiguredModules {

  private ConfiguredModules() {}

  /**
   * Whether the mapper being set up already has a module of this class with another id than the
   * default one's (a module the caller configured).
   *
   * @param context the context of the module being set up
   * @param module the module's class, whose name starts every id of its instances
   * @param defaultId the id of the module at its defaults
   * @return {@code true} when a configured module of this class was registered before
   */
  public static boolean configuredBefore(Module.SetupContext context, Class<?> module,
      Object defaultId) {
    if (!(context.getOwner() instanceof ObjectMapper mapper)) {
      return false;
    }
    String prefix = module.getName();
    for (Object id : mapper.getRegisteredModuleIds()) {
      if (id instanceof String s && s.startsWith(prefix) && !s.equals(defaultId)) {
        return true;
      }
    }
    return false;
  }
}
