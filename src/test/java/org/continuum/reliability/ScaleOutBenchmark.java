package org.continuum.reliability;

import static org.awaitility.Awaitility.await;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.continuum.support.BenchmarkReport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Whether a second application node on the same database adds throughput: the claim lifecycle
 * benchmark's clean sessions (see {@code ClaimThroughputBenchmark}) recorded through {@code POST
 * /api/sessions} on real application JVMs ({@link AppNode}), first on one node, then split between
 * two nodes whose job executors both work the same engine tables. The clock runs from the first
 * request to the last claim READY_TO_SUBMIT. On one machine both nodes share the CPU and the
 * database, so the ratio says what the second node costs or brings there, not what a second machine
 * would. Size from {@code -Dbench.scaleOutSessions} (default 1,000); concurrent requests from
 * {@code -Dbench.scaleOutClients} (default 4, the same in both rounds, spread over the nodes).
 */
@Tag("benchmark")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScaleOutBenchmark {

  private static final int SESSIONS = Integer.getInteger("bench.scaleOutSessions", 1000);
  private static final int CLIENTS = Integer.getInteger("bench.scaleOutClients", 4);
  private static final AtomicLong SEQUENCE = new AtomicLong();

  private Path work;
  private EmbeddedPostgres database;
  private String jdbcUrl;
  private final List<AppNode> nodes = new ArrayList<>();
  private List<Map<String, Object>> picks;

  @BeforeAll
  void startDatabase() throws IOException {
    work = Path.of("target", "scale-out", UUID.randomUUID().toString()).toAbsolutePath();
    Files.createDirectories(work.resolve("pgdata"));
    database =
        EmbeddedPostgres.builder()
            .setRegisterShutdownHook(true)
            .setDataDirectory(work.resolve("pgdata"))
            .start();
    jdbcUrl = database.getJdbcUrl("postgres", "postgres");
  }

  @AfterAll
  void stopEverything() throws IOException {
    try {
      nodes.forEach(AppNode::close);
    } finally {
      if (database != null) {
        database.close();
      }
    }
  }

  @Test
  void twoNodesOnOneDatabaseAgainstOne() throws Exception {
    AppNode a = node("scale-a");
    claimsPerSecond(List.of(a), Math.min(100, SESSIONS / 5));
    Round one = claimsPerSecond(List.of(a), SESSIONS);

    AppNode b = node("scale-b");
    claimsPerSecond(List.of(b), Math.min(100, SESSIONS / 5));
    Round two = claimsPerSecond(List.of(a, b), SESSIONS);

    BenchmarkReport.record(
        String.format("%,d clean sessions → READY_TO_SUBMIT, two nodes", SESSIONS),
        String.format("%.1f claims/s (%.1f s, two nodes)", two.rate(), two.seconds()),
        String.format("%.1f claims/s (%.1f s, one node)", one.rate(), one.seconds()),
        String.format("%.2f", two.rate() / one.rate()),
        "≥ 0.9 on one machine (shared CPU and database)");
    System.out.printf(
        "Scale-out: %d processors, %d sessions, %d clients; one node %.1f claims/s in %.1f s,"
            + " two nodes %.1f claims/s in %.1f s%n",
        Runtime.getRuntime().availableProcessors(),
        SESSIONS,
        CLIENTS,
        one.rate(),
        one.seconds(),
        two.rate(),
        two.seconds());
  }

  private record Round(double rate, double seconds) {}

  /**
   * Records {@code count} clean sessions on {@link #CLIENTS} threads spread over the nodes and
   * waits until every claim behind them is READY_TO_SUBMIT.
   */
  private Round claimsPerSecond(List<AppNode> on, int count) throws Exception {
    Instant start = Instant.now();
    List<Long> claimIds = Collections.synchronizedList(new ArrayList<>());
    ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
    try {
      List<Future<?>> work = new ArrayList<>();
      for (int t = 0; t < CLIENTS; t++) {
        AppNode node = on.get(t % on.size());
        int share = count / CLIENTS + (t < count % CLIENTS ? 1 : 0);
        work.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < share; i++) {
                    claimIds.add(recordSession(node));
                  }
                  return null;
                }));
      }
      for (Future<?> done : work) {
        done.get();
      }
    } finally {
      pool.shutdownNow();
    }
    Long[] ids = claimIds.toArray(Long[]::new);
    await()
        .atMost(Duration.ofMinutes(30))
        .pollInterval(Duration.ofMillis(500))
        .failFast(
            "a claim of the benchmark stopped before READY_TO_SUBMIT",
            () ->
                statuses(ids).keySet().stream()
                    .anyMatch(s -> !s.equals("IN_REVIEW") && !s.equals("READY_TO_SUBMIT")))
        .until(() -> statuses(ids).getOrDefault("READY_TO_SUBMIT", 0L) == count);
    double seconds = Duration.between(start, Instant.now()).toMillis() / 1000.0;
    return new Round(count / seconds, seconds);
  }

  /** A clean session as in {@code ClaimThroughputBenchmark}, through the API; its claim's id. */
  private long recordSession(AppNode node) throws IOException, InterruptedException {
    long n = SEQUENCE.incrementAndGet();
    Map<String, Object> pick = picks.get((int) (n % picks.size()));
    String body =
        """
        {"sourceSessionId": "SCALE-%s", "patientId": %s, "clinicianId": %s, "coverageId": %s,
         "dateOfService": "2026-03-16", "minutes": 45, "procedureCode": "90834",
         "modality": "IN_PERSON", "patientLocation": "OFFICE", "diagnosisCodes": ["F41.1"],
         "noteSignedAt": "2026-03-16T16:00:00Z", "treatmentPlanReviewedOn": "2026-02-20"}
        """
            .formatted(
                UUID.randomUUID(),
                pick.get("patient_id"),
                pick.get("clinician_id"),
                pick.get("coverage_id"));
    HttpResponse<String> response =
        node.send("biller", "POST", "/api/sessions", "application/json", body);
    if (response.statusCode() != 200 && response.statusCode() != 201) {
      throw new IllegalStateException(
          "POST /api/sessions answered " + response.statusCode() + " on " + node.name);
    }
    return Long.parseLong(response.body().replaceAll(".*\"claimId\":(\\d+).*", "$1"));
  }

  /**
   * Primary LAKESHORE or MEDICARE coverages (neither asks authorization for 90834 nor caps visits),
   * each paired with an active clinician in turn.
   */
  private List<Map<String, Object>> cleanPicks() {
    return jdbc()
        .sql(
            """
            with insured as (
              select cv.patient_id, cv.id as coverage_id,
                     row_number() over (order by cv.id) as n
              from coverage cv join payer p on p.id = cv.payer_id
              where p.code in ('LAKESHORE', 'MEDICARE') and cv.priority = 'PRIMARY'),
            renderers as (
              select id, row_number() over (order by id) - 1 as n,
                     count(*) over () as total
              from clinician where active)
            select i.patient_id, i.coverage_id, r.id as clinician_id
            from insured i join renderers r on r.n = i.n % r.total
            order by i.coverage_id
            """)
        .query()
        .listOfRows();
  }

  private Map<String, Long> statuses(Long[] claimIds) {
    Map<String, Long> counts = new TreeMap<>();
    jdbc()
        .sql("select status, count(*) from claim where id = any(?) group by status")
        .param(claimIds)
        .query((row, i) -> Map.entry(row.getString(1), row.getLong(2)))
        .list()
        .forEach(entry -> counts.put(entry.getKey(), entry.getValue()));
    return counts;
  }

  /**
   * A node with the job executor on and nothing scheduled that would move claims on, warmed by one
   * session recorded alone.
   */
  private AppNode node(String name) throws IOException, InterruptedException {
    AppNode node =
        AppNode.start(
            name,
            jdbcUrl,
            work,
            List.of(
                "--continuum.submission.scheduled-cut=false",
                "--continuum.clearinghouse.poll-inbox=false"));
    nodes.add(node);
    if (picks == null) {
      picks = cleanPicks();
    }
    // one session alone first: four concurrent first requests on a freshly started second node
    // once failed inside the engine (processDefinitionId null while creating the async start job)
    recordSession(node);
    return node;
  }

  private JdbcClient jdbc() {
    return JdbcClient.create(new DriverManagerDataSource(jdbcUrl, "postgres", ""));
  }
}
