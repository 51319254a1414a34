package org.conflictstats.io.csv;

import java.time.ZoneId;
import java.util.Set;
import java.util.function.LongConsumer;
import org.conflictstats.io.ImportMode;
import org.conflictstats.model.WeaponCatalog;

/**
 * The settings of an {@link AirForceCsvReader} that every part of a read needs.
 *
 * @param catalog resolves weapon names
 * @param zone the zone of the file's local times
 * @param mode lenient or strict
 * @param window the number of reports a read keeps open
 * @param details the line details kept
 * @param progress told the number of bytes read so far, now and then, on the calling thread
 */
record ReadConfig(WeaponCatalog catalog, ZoneId zone, ImportMode mode, int window,
    Set<Detail> details, LongConsumer progress) {}
