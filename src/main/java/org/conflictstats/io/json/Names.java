package org.conflictstats.io.json;

/** The property names of the format, in one place for the writer and the reader. */
final class Names {
  static final String SCHEMA_VERSION = "schemaVersion";
  static final String ID = "id";
  static final String PERIOD = "period";
  static final String START = "start";
  static final String END = "end";
  static final String ZONE = "zone";
  static final String SOURCE = "source";
  static final String NAME = "name";
  static final String KIND = "kind";
  static final String ADDRESS = "address";
  static final String TARGET_AREA = "targetArea";
  static final String REGIONS = "regions";
  static final String LINES = "lines";
  static final String CASUALTIES = "casualties";
  static final String NOTES = "notes";

  static final String WEAPON = "weapon";
  static final String LAUNCHED = "launched";
  static final String DESTROYED = "destroyed";
  static final String SUPPRESSED = "suppressed";
  static final String STILL_AIRBORNE = "stillAirborne";
  static final String LEFT_AIRSPACE = "leftAirspace";
  static final String HIT = "hit";
  static final String DETAILS = "details";

  static final String CATEGORY = "category";
  static final String ALIASES = "aliases";
  static final String PARTS = "parts";
  static final String UNRESOLVED = "unresolved";

  static final String LAUNCH_PLACE = "launchPlace";
  static final String TARGET = "target";
  static final String MAIN_TARGET = "mainTarget";
  static final String CARRIER = "carrier";
  static final String AFFECTED_REGIONS = "affectedRegions";
  static final String LAUNCHED_BY_MODEL = "launchedByModel";
  static final String LAUNCH_PLACE_BY_MODEL = "launchPlaceByModel";
  static final String DESTROYED_BY_DIRECTION = "destroyedByDirection";
  static final String LEFT_AIRSPACE_BY_COUNTRY = "leftAirspaceByCountry";
  static final String SUB_TYPES = "subTypes";
  static final String GENUINE_SHAHEDS = "genuineShaheds";
  static final String JET_POWERED = "jetPowered";
  static final String JET_POWERED_DESTROYED = "jetPoweredDestroyed";
  static final String HIT_LOCATIONS = "hitLocations";
  static final String FRAGMENT_LOCATIONS = "fragmentLocations";
  static final String LAUNCHED_WITHHELD = "launchedWithheld";

  static final String KILLED = "killed";
  static final String INJURED = "injured";
  static final String BY_PLACE = "byPlace";
  static final String PLACE = "place";

  static final String AT_LEAST = "atLeast";
  static final String AT_MOST = "atMost";
  static final String BETWEEN = "between";
  static final String UNKNOWN = "unknown";

  private Names() {}
}
