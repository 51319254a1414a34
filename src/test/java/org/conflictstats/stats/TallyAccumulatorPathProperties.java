package org.conflictstats.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.conflictstats.model.Count;
import org.conflictstats.model.WeaponLine;

/**
 * {@link TallyAccumulator#add(WeaponLine)} takes a shorter way for the usual line (nothing left the
 * airspace, nothing counted as hit); that way must give exactly what the general one gives.
 */
final class TallyAccumulatorPathProperties {

  @Provide
  Arbitrary<List<WeaponLine>> usualLines() {
    return TallyArbitraries.lines()
        .map(l -> l.withLeftAirspace(Count.zero()).withHit(Count.zero()))
        .list().ofMaxSize(20);
  }

  @Provide
  Arbitrary<List<WeaponLine>> anyLines() {
    return TallyArbitraries.lineLists();
  }

  @Property(tries = 500)
  void theShortWayEqualsTheGeneralWayOnUsualLines(@ForAll("usualLines") List<WeaponLine> lines) {
    TallyAccumulator shortWay = new TallyAccumulator();
    TallyAccumulator general = new TallyAccumulator();
    for (WeaponLine l : lines) {
      Statistics.label("still airborne").collect(l.stillAirborne().kind());
      shortWay.add(l);
      general.addGeneral(l);
    }
    assertEquals(general.snapshot(), shortWay.snapshot());
  }

  @Property(tries = 300)
  void theShortWayEqualsTheGeneralWayOnAnyLines(@ForAll("anyLines") List<WeaponLine> lines) {
    TallyAccumulator shortWay = new TallyAccumulator();
    TallyAccumulator general = new TallyAccumulator();
    for (WeaponLine l : lines) {
      shortWay.add(l);
      general.addGeneral(l);
    }
    assertEquals(general.snapshot(), shortWay.snapshot());
  }
}
