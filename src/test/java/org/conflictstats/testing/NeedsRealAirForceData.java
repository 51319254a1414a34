package org.conflictstats.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.lifecycle.LifecycleContext;
import net.jqwik.api.lifecycle.SkipExecutionHook;

/**
 * Skips a jqwik property (or a container of them) when the real data folder has no Air Force
 * files, with the message {@link RealData} gives. A property cannot skip itself by an assumption:
 * jqwik takes each try's as a rejected try, and forty rejected tries fail the property as
 * exhausted.
 *
 * <pre>{@code
 * @AddLifecycleHook(NeedsRealAirForceData.class)
 * final class ParallelReadProperties { ... }
 * }</pre>
 */
public final class NeedsRealAirForceData implements SkipExecutionHook {

  @Override
  public SkipResult shouldBeSkipped(LifecycleContext context) {
    Path dir = RealData.folder().resolve("air-force");
    boolean present = Files.isReadable(dir.resolve("missile_attacks_daily-2026-02.csv"))
        && Files.isReadable(dir.resolve("missile_attacks_daily-2023-07.csv"));
    return present ? SkipResult.doNotSkip() : SkipResult.skip("real data folder "
        + RealData.folder().toAbsolutePath() + " has no air-force files: skipping");
  }
}
