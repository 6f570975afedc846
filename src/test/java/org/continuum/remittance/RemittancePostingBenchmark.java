package org.continuum.remittance;

import static org.assertj.core.api.Assertions.assertThat;

import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamEvent;
import io.xlate.edi.stream.EDIStreamReader;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.continuum.support.AcceptedClaims;
import org.continuum.support.BenchmarkReport;
import org.continuum.support.ClaimWorld;
import org.continuum.support.IntegrationTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 835 posting throughput: a 10,000-claim remittance for claims that exist, posted through {@link
 * InboundPosting} (both readings of the file, payments, adjustments, claim outcomes and their
 * events), next to StAEDI's raw read of the same bytes in the same run. Then a ~100 MB 835 posted
 * in a JVM of its own with a 512 MB heap, against this run's database, to show posting streams the
 * file. Runs only with {@code ./mvnw -B verify -Pbench}.
 */
@IntegrationTest
@Tag("benchmark")
class RemittancePostingBenchmark {

  private static final int CLAIMS = Integer.getInteger("bench.remittanceClaims", 10_000);
  private static final int LARGE_CLAIMS = Integer.getInteger("bench.largeRemittanceClaims", 21_000);
  private static final int LARGE_LINES = 50;

  @Autowired InboundPosting posting;
  @Autowired JdbcClient jdbc;
  @Autowired ClaimWorld.Repositories repositories;
  @Autowired EmbeddedPostgres postgres;

  @TempDir Path directory;

  @Test
  void postsTenThousandClaimsAndStreamsAHundredMegabyteFile() throws Exception {
    ClaimWorld world = new ClaimWorld(repositories);
    long clinician = world.lcsw(null).getId();
    List<RemittanceFiles.PaidClaim> claims =
        paidClaims(world, clinician, CLAIMS, new String[] {"90834::130.00"});
    Path file = directory.resolve("10k.835");
    RemittanceFiles.write(file, 900_000_001, "BENCH" + System.nanoTime(), claims);
    byte[] x12 = Files.readAllBytes(file);

    rawRead(x12); // once to warm StAEDI up, as posting's own two readings warm it
    long rawStart = System.nanoTime();
    long segments = rawRead(x12);
    double rawSeconds = (System.nanoTime() - rawStart) / 1e9;

    long start = System.nanoTime();
    InboundSummary summary = posting.post(x12);
    double seconds = (System.nanoTime() - start) / 1e9;

    assertThat(summary.claimsPosted()).isEqualTo(CLAIMS);
    assertThat(summary.warnings()).isEmpty();
    double perSecond = CLAIMS / seconds;
    double rawPerSecond = CLAIMS / rawSeconds;
    System.out.printf(
        "835 posting: %d claims in %.1f s = %.0f claims/s; StAEDI raw read of the same %d"
            + " segments: %.3f s = %.0f claims/s%n",
        CLAIMS, seconds, perSecond, segments, rawSeconds, rawPerSecond);
    BenchmarkReport.record(
        "835 posting, " + CLAIMS + "-claim file (claims/s)",
        "%.0f".formatted(perSecond),
        "%.0f (StAEDI raw read)".formatted(rawPerSecond),
        "%.3f".formatted(perSecond / rawPerSecond),
        "≥ 200 claims/s");
    // the target is recorded beside the figure, not asserted: a shared machine's load moves it

    postLargeFileInASmallHeap(world, clinician);
  }

  private void postLargeFileInASmallHeap(ClaimWorld world, long clinician) throws Exception {
    String[] lines = new String[LARGE_LINES];
    java.util.Arrays.fill(lines, "90834::130.00");
    List<RemittanceFiles.PaidClaim> claims = paidClaims(world, clinician, LARGE_CLAIMS, lines);
    Path file = directory.resolve("large.835");
    RemittanceFiles.write(file, 900_000_002, "LARGE" + System.nanoTime(), claims);
    long megabytes = Files.size(file) / (1024 * 1024);

    String classpath = System.getProperty("java.class.path");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder child =
        new ProcessBuilder(
                java,
                "-Xmx512m",
                "-cp",
                classpath,
                LargeRemittancePosting.class.getName(),
                file.toString())
            .redirectErrorStream(true)
            .redirectOutput(directory.resolve("child.log").toFile());
    Map<String, String> environment = child.environment();
    environment.put("SPRING_DATASOURCE_URL", postgres.getJdbcUrl("postgres", "postgres"));
    environment.put("CONTINUUM_JOB_EXECUTOR", "false");
    environment.put("PORT", "0");
    // the models are deployed already, by this run's application
    environment.put("OPERATON_BPM_AUTO_DEPLOYMENT_ENABLED", "false");
    environment.put("CONTINUUM_X12_MAX_SEGMENTS", "20000000");
    environment.put("CONTINUUM_DB_POOL_SIZE", "4");
    environment.put("CONTINUUM_CLEARINGHOUSE_POLLINBOX", "false");
    environment.put("SPRING_PROFILES_ACTIVE", "");
    Process process = child.start();
    boolean finished = process.waitFor(30, TimeUnit.MINUTES);
    List<String> log = Files.readAllLines(directory.resolve("child.log"));
    String result =
        log.stream().filter(l -> l.startsWith("RESULT")).findFirst().orElse("no result");
    System.out.println("Large 835 (" + megabytes + " MB) in -Xmx512m: " + result);
    if (!result.startsWith("RESULT")) {
      System.out.println(
          log.stream().skip(Math.max(0, log.size() - 40)).collect(Collectors.joining("\n")));
    }
    BenchmarkReport.record(
        "835 posting, " + megabytes + " MB file in a 512 MB heap",
        result.replace("RESULT ", ""),
        "-",
        "-",
        "posts, heap ≤ 512 MB");
    assertThat(finished).isTrue();
    assertThat(process.exitValue()).isZero();
    assertThat(result).contains("claimsPosted=" + LARGE_CLAIMS);
  }

  private List<RemittanceFiles.PaidClaim> paidClaims(
      ClaimWorld world, long clinician, int count, String[] lines) {
    List<RemittanceFiles.PaidClaim> claims = new ArrayList<>();
    for (int done = 0; done < count; done += 1000) {
      ClaimWorld.Insured insured = world.patientCoveredBy(world.medicaid());
      List<Long> ids =
          AcceptedClaims.insert(jdbc, insured, clinician, Math.min(1000, count - done), lines);
      Map<Long, List<Long>> lineIds =
          jdbc
              .sql(
                  "select claim_id, id from claim_line where claim_id between ? and ?"
                      + " order by claim_id, line_number")
              .params(ids.get(0), ids.get(ids.size() - 1))
              .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
              .list()
              .stream()
              .collect(
                  Collectors.groupingBy(
                      r -> r[0],
                      java.util.LinkedHashMap::new,
                      Collectors.mapping(r -> r[1], Collectors.toList())));
      ids.forEach(id -> claims.add(new RemittanceFiles.PaidClaim(id, lineIds.get(id))));
    }
    return claims;
  }

  private static long rawRead(byte[] x12) throws Exception {
    long segments = 0;
    try (EDIStreamReader reader =
        EDIInputFactory.newFactory().createEDIStreamReader(new ByteArrayInputStream(x12))) {
      while (reader.hasNext()) {
        if (reader.next() == EDIStreamEvent.START_SEGMENT) {
          segments++;
        }
      }
    }
    return segments;
  }
}
