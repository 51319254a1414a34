package org.conflictstats.testing;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Sums up, at the end of the run, the tests that were skipped, on the console: the real-data tests
 * in one line naming the folder they looked for, any other skipped test in one line per reason.
 * Surefire otherwise keeps the reasons in its XML reports only. Registered through
 * {@code META-INF/services/org.junit.platform.launcher.TestExecutionListener} in the test
 * resources; it prints nothing when nothing was skipped.
 */
public final class SkippedTestsSummary implements TestExecutionListener {

  private final AtomicLong realData = new AtomicLong();
  private final Map<String, Long> others = new TreeMap<>();

  /** Creates the listener; the JUnit Platform launcher instantiates it. */
  public SkippedTestsSummary() {}

  @Override
  public void executionSkipped(TestIdentifier test, String reason) {
    count(test, reason);
  }

  @Override
  public void executionFinished(TestIdentifier test, TestExecutionResult result) {
    if (result.getStatus() == TestExecutionResult.Status.ABORTED) {
      count(test, result.getThrowable().map(Throwable::getMessage).orElse("aborted"));
    }
  }

  private synchronized void count(TestIdentifier test, String reason) {
    String r = reason == null ? "no reason given" : reason;
    if (r.toLowerCase(Locale.ROOT).contains("real data")) {
      realData.incrementAndGet();
    } else if (test.isTest()) {
      others.merge(firstLine(r), 1L, Long::sum);
    }
  }

  @Override
  public synchronized void testPlanExecutionFinished(TestPlan plan) {
    if (realData.get() > 0) {
      Path folder = RealData.folder();
      System.out.println("[WARNING] " + realData.get() + " real-data conformance test"
          + (realData.get() == 1 ? " was" : "s were") + " skipped: the real data folder "
          + folder.toAbsolutePath().normalize() + " (or a file in it) is absent;"
          + " -Dconflictstats.data=DIR points elsewhere");
    }
    others.forEach((reason, n) -> System.out.println("[WARNING] " + n + " test"
        + (n == 1 ? " was" : "s were") + " skipped: " + reason));
  }

  private static String firstLine(String s) {
    int eol = s.indexOf('\n');
    return eol < 0 ? s : s.substring(0, eol);
  }
}
