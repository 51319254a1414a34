package org.conflictstats.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.conflictstats.model.ReportPeriod;
import org.conflictstats.model.Source;

/**
 * The report window's own structures against the JDK's: the queue of open reports against a
 * {@link LinkedHashMap}, the id's time text against {@code ReportTime.toString()}.
 */
final class WindowPartsProperties {

  @Property
  void openReportsBehaveAsALinkedHashMap(
      @ForAll @Size(max = 400) List<@IntRange(min = 0, max = 60) Integer> ops,
      @ForAll @IntRange(min = 1, max = 20) int window) {
    OpenReports mine = new OpenReports();
    LinkedHashMap<ReportKey, OpenReport> theirs = new LinkedHashMap<>();
    ReportPeriod p = ReportPeriod.of(PackedTimes.reportTime(ByteCells.time(
        "2025-04-16 20:00".getBytes(), 0, 16)), PackedTimes.reportTime(ByteCells.time(
        "2025-04-17 08:00".getBytes(), 0, 16)));
    for (int op : ops) {
      // keys collide on purpose: few distinct hashes
      ReportKey k = new ReportKey(op % 7, op, "s" + (op % 3));
      OpenReport got = mine.get(k);
      assertSame(theirs.get(k), got);
      if (got == null) {
        OpenReport r = new OpenReport(k, k.id(), p, Source.unknown(), "", 1);
        mine.add(r);
        theirs.put(k, r);
        if (theirs.size() > window) {
          ReportKey eldest = theirs.keySet().iterator().next();
          assertSame(theirs.remove(eldest), mine.pollEldest());
          assertNull(mine.get(eldest));
        }
      }
      assertEquals(new ArrayList<>(theirs.values()), mine.inOrder());
      assertEquals(theirs.size(), mine.size());
    }
  }

  @Property
  void closedKeysBehaveAsABoundedLinkedHashMap(
      @ForAll @Size(max = 400) List<@IntRange(min = 0, max = 60) Integer> ops,
      @ForAll @IntRange(min = 1, max = 20) int capacity) {
    ClosedKeys mine = new ClosedKeys(capacity);
    LinkedHashMap<ReportKey, Integer> theirs = new LinkedHashMap<>() {
      private static final long serialVersionUID = 1L;

      @Override
      protected boolean removeEldestEntry(java.util.Map.Entry<ReportKey, Integer> eldest) {
        return size() > capacity;
      }
    };
    for (int op : ops) {
      ReportKey k = new ReportKey(op % 5, op % 11, "s" + (op % 2));
      assertEquals(theirs.getOrDefault(k, 0), mine.count(k));
      int n = 1 + op % 3;
      theirs.merge(k, n, Math::max);
      mine.put(k, n);
      assertEquals(theirs, mine.inOrder());
      assertEquals(new ArrayList<>(theirs.keySet()), new ArrayList<>(mine.inOrder().keySet()));
    }
  }

  @Property
  void theIdsTimeIsTheModelsTimeText(@ForAll @LongRange(min = -25567, max = 84006) long day,
      @ForAll @IntRange(min = -1, max = 1439) int minute) {
    String text = java.time.LocalDate.ofEpochDay(day).toString()
        + (minute < 0 ? "" : String.format(" %02d:%02d", minute / 60, minute % 60));
    byte[] cell = text.getBytes();
    long packed = ByteCells.time(cell, 0, cell.length);
    byte[] out = new byte[20];
    int n = ReportKey.time(out, 0, packed);
    assertEquals(PackedTimes.reportTime(packed).toString(), new String(out, 0, n));
    assertEquals(PackedTimes.reportTime(packed), new RangeParser.Times().of(packed));
  }
}
