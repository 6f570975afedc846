package org.continuum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.DoubleFunction;
import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;
import org.continuum.support.BenchmarkReport;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * How long the runnable jar takes from {@code java} to {@code /actuator/health} UP, and how much
 * resident memory its JVM holds then (the embedded PostgreSQL runs in processes of its own and is
 * not counted): the way an operator starts the demo, so it launches what {@code package} left in
 * {@code target/} and builds nothing. Each launch is a fresh process with a fresh embedded database
 * and demo practice. Three command lines of README.md ("Start-up and memory") take turns, {@code
 * -Dbench.startupRuns} times each (default 2), and the medians are recorded: the runnable jar as it
 * is, the same with the bounded heap, and the fast start (the extracted jar with the class-data
 * sharing archive the build trained, and the bounded heap). CPU seconds are recorded too: on a
 * machine shared with other work they vary less than wall time.
 */
@Tag("benchmark")
class StartupBenchmark {

  /** The JVM options README.md recommends for the demo: a bounded heap. */
  static final List<String> RECOMMENDED = List.of("-Xmx512m");

  /** Where the build extracts and trains the fast start (pom.xml), relative to the project. */
  static final Path FAST_START_FOLDER = Path.of("target", "continuum");

  static final String FAST_START_ARCHIVE = "target/continuum/continuum.jsa";

  private static final Duration HEALTHY_WITHIN = Duration.ofMinutes(3);
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  /** One launch: seconds to healthy, JVM CPU seconds until then, JVM resident set in MB. */
  record Launch(double seconds, double cpuSeconds, long rssMegabytes) {}

  /** A command line of README.md: the JVM options and the jar, as typed in the project folder. */
  record Line(String name, List<String> jvmOptions, Path jar) {

    String shown() {
      List<String> words = new ArrayList<>(List.of("java"));
      words.addAll(jvmOptions);
      words.addAll(List.of("-jar", jar.toString()));
      return String.join(" ", words);
    }
  }

  @Test
  void startUpToHealthy() throws Exception {
    Path jar = packagedJar();
    Assumptions.assumeTrue(
        jar != null,
        "StartupBenchmark skipped: no runnable jar in target/; run ./mvnw -B package -DskipTests"
            + " first");
    System.out.printf("StartupBenchmark: %s%n", jar);
    List<Line> lines = new ArrayList<>();
    lines.add(new Line("plain", List.of(), jar));
    lines.add(new Line("recommended", RECOMMENDED, jar));
    Path extracted = FAST_START_FOLDER.resolve(jar.getFileName());
    if (Files.exists(extracted) && Files.exists(Path.of(FAST_START_ARCHIVE))) {
      List<String> options = new ArrayList<>(RECOMMENDED);
      options.add("-XX:SharedArchiveFile=" + FAST_START_ARCHIVE);
      lines.add(new Line("fast", options, extracted));
    } else {
      System.out.println(
          "StartupBenchmark: no fast-start layout in target/continuum/ (packaged with"
              + " -Dcds.skip=true): the fast start is not measured");
    }
    int runs = Integer.getInteger("bench.startupRuns", 2);
    Map<Line, List<Launch>> launches = new LinkedHashMap<>();
    for (int i = 0; i < runs; i++) {
      for (Line line : lines) {
        launches.computeIfAbsent(line, l -> new ArrayList<>()).add(launch(line, i));
      }
    }
    Map<Line, Launch> medians = new LinkedHashMap<>();
    launches.forEach((line, each) -> medians.put(line, median(each)));
    record(medians, "start-up to health UP", Launch::seconds, StartupBenchmark::seconds, "< 20 s");
    record(medians, "JVM CPU until health UP", Launch::cpuSeconds, StartupBenchmark::seconds, "—");
    record(
        medians,
        "JVM resident memory at health UP",
        l -> (double) l.rssMegabytes(),
        value -> megabytes(Math.round(value)),
        "< 1024 MB");
    assertThat(launches.get(lines.get(0))).hasSize(runs);
  }

  /** One row per command line; the first line is every other line's baseline. */
  private static void record(
      Map<Line, Launch> medians,
      String figure,
      ToDoubleFunction<Launch> measure,
      DoubleFunction<String> format,
      String target) {
    Line first = medians.keySet().iterator().next();
    double baseline = measure.applyAsDouble(medians.get(first));
    medians.forEach(
        (line, launch) -> {
          double value = measure.applyAsDouble(launch);
          boolean isBaseline = line.equals(first);
          BenchmarkReport.record(
              figure + ", " + line.shown(),
              format.apply(value),
              isBaseline ? "—" : format.apply(baseline) + " (" + first.shown() + ")",
              isBaseline ? "—" : ratio(value, baseline),
              target);
        });
  }

  /** The Spring Boot jar in target/ (not Maven's plain {@code .jar.original}), or null. */
  static Path packagedJar() throws IOException {
    Path target = Path.of("target");
    if (!Files.isDirectory(target)) {
      return null;
    }
    try (Stream<Path> files = Files.list(target)) {
      return files
          .filter(f -> f.getFileName().toString().matches("continuum-.*\\.jar"))
          .filter(f -> !f.getFileName().toString().endsWith("-plain.jar"))
          .findFirst()
          .orElse(null);
    }
  }

  private static Launch launch(Line line, int run) throws Exception {
    int port = freePort();
    String name = line.name() + "-" + run;
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(line.jvmOptions());
    command.addAll(List.of("-jar", line.jar().toString(), "--server.port=" + port));
    Path log = Path.of("target", "startup-benchmark-" + name + ".log");
    long started = System.nanoTime();
    Process app =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    try {
      URI health = URI.create("http://localhost:" + port + "/actuator/health");
      await()
          .atMost(HEALTHY_WITHIN)
          .pollInterval(Duration.ofMillis(100))
          .until(
              () -> {
                if (!app.isAlive()) {
                  throw new IllegalStateException(
                      "the application stopped before it was healthy: " + log);
                }
                return isUp(health);
              });
      double seconds = (System.nanoTime() - started) / 1e9;
      // A JVM that cannot map the archive says so and starts without it: that is not the fast
      // start.
      assertThat(Files.readString(log))
          .as("the JVM used the class-data sharing archive (%s)", log)
          .doesNotContain("Unable to use shared archive");
      double cpu = app.info().totalCpuDuration().map(d -> d.toMillis() / 1000.0).orElse(Double.NaN);
      long rss = residentMegabytes(app.pid());
      Launch launch = new Launch(seconds, cpu, rss);
      System.out.printf(
          Locale.ROOT,
          "StartupBenchmark %s: healthy after %.1f s, %.1f s CPU, JVM RSS %d MB%n",
          name,
          seconds,
          cpu,
          rss);
      return launch;
    } finally {
      app.destroy();
      if (!app.waitFor(60, TimeUnit.SECONDS)) {
        app.destroyForcibly().waitFor();
      }
    }
  }

  private static boolean isUp(URI health) {
    try {
      HttpResponse<String> response =
          HTTP.send(
              HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(5)).build(),
              HttpResponse.BodyHandlers.ofString());
      return response.statusCode() == 200 && response.body().contains("\"UP\"");
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** VmRSS of the process from /proc (Linux); -1 where there is no /proc. */
  private static long residentMegabytes(long pid) throws IOException {
    Path status = Path.of("/proc", Long.toString(pid), "status");
    if (!Files.exists(status)) {
      return -1;
    }
    return Files.readAllLines(status).stream()
        .filter(line -> line.startsWith("VmRSS:"))
        .map(line -> line.replaceAll("\\D", ""))
        .mapToLong(kilobytes -> Long.parseLong(kilobytes) / 1024)
        .findFirst()
        .orElse(-1);
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static Launch median(List<Launch> launches) {
    return new Launch(
        median(launches.stream().mapToDouble(Launch::seconds).toArray()),
        median(launches.stream().mapToDouble(Launch::cpuSeconds).toArray()),
        Math.round(median(launches.stream().mapToDouble(Launch::rssMegabytes).toArray())));
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int middle = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  }

  private static String seconds(double value) {
    return String.format(Locale.ROOT, "%.1f s", value);
  }

  private static String megabytes(long value) {
    return value + " MB";
  }

  private static String ratio(double value, double baseline) {
    return String.format(Locale.ROOT, "%.2f", value / baseline);
  }
}
