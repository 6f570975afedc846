package org.continuum.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;

/**
 * The one table every benchmark writes into, so that {@code ./mvnw -B verify -Pbench} ends with all
 * figures side by side, each next to the baseline measured in the same run. Benchmarks call {@link
 * #record}; JUnit calls this class as a listener when the whole plan has run, and it prints the
 * table to standard output and to {@code target/benchmarks.md} (registered in {@code
 * META-INF/services}, so it is silent in a build that records nothing).
 */
public final class BenchmarkReport implements TestExecutionListener {

  /** One row: what was measured, its value, the baseline from the same run, ratio and target. */
  public record Row(String figure, String value, String baseline, String ratio, String target) {}

  private static final List<Row> ROWS = new ArrayList<>();

  /** Adds a row to the table printed at the end of the run. */
  public static synchronized void record(
      String figure, String value, String baseline, String ratio, String target) {
    ROWS.add(new Row(figure, value, baseline, ratio, target));
  }

  /** The rows recorded so far, in order. */
  public static synchronized List<Row> rows() {
    return List.copyOf(ROWS);
  }

  @Override
  public void testPlanExecutionFinished(TestPlan testPlan) {
    List<Row> rows = rows();
    if (rows.isEmpty()) {
      return;
    }
    StringBuilder table = new StringBuilder();
    table.append(
        String.format(
            "%nBenchmarks: %d processors, max heap %d MB%n%n",
            Runtime.getRuntime().availableProcessors(),
            Runtime.getRuntime().maxMemory() / (1024 * 1024)));
    table.append("| figure | value | baseline in the same run | ratio | target |\n");
    table.append("|---|---|---|---|---|\n");
    for (Row row : rows) {
      table.append(
          String.format(
              "| %s | %s | %s | %s | %s |%n",
              row.figure(), row.value(), row.baseline(), row.ratio(), row.target()));
    }
    System.out.println(table);
    try {
      Path target = Path.of("target");
      Files.createDirectories(target);
      Files.writeString(target.resolve("benchmarks.md"), table);
    } catch (IOException e) {
      System.out.println("target/benchmarks.md could not be written: " + e.getMessage());
    }
  }
}
