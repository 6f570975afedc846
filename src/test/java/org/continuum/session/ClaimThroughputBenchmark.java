package org.continuum.session;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.continuum.payer.Payer;
import org.continuum.payer.PayerRepository;
import org.continuum.practice.Clinician;
import org.continuum.practice.ClinicianRepository;
import org.continuum.practice.Coverage;
import org.continuum.practice.CoveragePriority;
import org.continuum.practice.CoverageRepository;
import org.continuum.support.BenchmarkReport;
import org.continuum.support.IntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.operaton.bpm.engine.RepositoryService;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.TaskService;
import org.operaton.bpm.engine.task.Task;
import org.operaton.bpm.model.bpmn.Bpmn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * How many clean claims a node moves from a recorded session to READY_TO_SUBMIT per second, set
 * against what the same engine (same database, same history level, same process) does with a
 * trivial one-task process: the ratio says how much of the claim lifecycle's cost is ours (review,
 * decisions, coding, scrubbing) rather than the engine's. Not a test: the name keeps it out of the
 * normal build, and {@code ./mvnw -B verify -Pbench} runs it (see README.md, "Benchmarks"). Sizes
 * come from {@code -Dbench.sizes=1000,10000} (add 100000 to see how cost grows with the book: a row
 * gives each size's rate over the first one's); trivial threads from {@code -Dbench.threads=1,3}.
 *
 * <p>Sessions are recorded through {@link SessionIntake}, the service behind POST /api/sessions, on
 * {@code -Dbench.intakeThreads} threads (default 1) while the job executor works through the claims
 * behind them; the clock stops when the last claim is READY_TO_SUBMIT.
 */
@IntegrationTest
@Tag("benchmark")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClaimThroughputBenchmark {

  private static final String TRIVIAL = "bench-trivial-one-task";
  private static final LocalDate DATE_OF_SERVICE = LocalDate.of(2026, 3, 16);
  private static final AtomicLong SEQUENCE = new AtomicLong();

  @Autowired SessionIntake intake;
  @Autowired PayerRepository payers;
  @Autowired CoverageRepository coverages;
  @Autowired ClinicianRepository clinicians;
  @Autowired RepositoryService repository;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired JdbcTemplate jdbc;

  @Value("${operaton.bpm.history-level}")
  String historyLevel;

  private final int intakeThreads = Integer.getInteger("bench.intakeThreads", 1);
  private List<Coverage> insured;
  private List<Clinician> renderers;

  @BeforeAll
  void prepare() {
    Set<Long> payerIds =
        Set.of(
            payers.findByCode("LAKESHORE").map(Payer::getId).orElseThrow(),
            payers.findByCode("MEDICARE").map(Payer::getId).orElseThrow());
    insured =
        coverages.findAll().stream()
            .filter(c -> payerIds.contains(c.getPayerId()))
            .filter(c -> c.getPriority() == CoveragePriority.PRIMARY)
            .sorted(Comparator.comparing(Coverage::getId))
            .toList();
    renderers =
        clinicians.findAll().stream()
            .filter(Clinician::isActive)
            .sorted(Comparator.comparing(Clinician::getId))
            .toList();
    repository
        .createDeployment()
        .name(TRIVIAL)
        .addModelInstance(
            TRIVIAL + ".bpmn",
            Bpmn.createExecutableProcess(TRIVIAL)
                .operatonHistoryTimeToLive(1)
                .startEvent()
                .userTask("task")
                .endEvent()
                .done())
        .deploy();
  }

  @Test
  void claimsPerSecondAgainstTheEnginesOwnRate() {
    List<Integer> sizes = ints(System.getProperty("bench.sizes", "1000,10000"));
    List<Integer> threads = ints(System.getProperty("bench.threads", "1,3"));
    // Warm up until the JIT has compiled the engine's deep call paths, which takes minutes on two
    // cores: after a 2,000-session warm-up, four runs of 1,000 in a row gave 92, 108, 111 and 129
    // claims/s, and 10,000 and 100,000 sessions 149 and 156.
    int warmUp = Integer.getInteger("bench.warmUp", 5000);
    trivialPerSecond(warmUp, 1);
    claimsPerSecond(warmUp);
    // A running system's autovacuum keeps planner statistics; a fresh database has none yet.
    jdbc.execute("analyze");

    List<String> report = new ArrayList<>();
    report.add(
        String.format(
            "Benchmark: %d processors, history level %s, %d intake thread(s), %d LAKESHORE/MEDICARE"
                + " patients, %d clinicians",
            Runtime.getRuntime().availableProcessors(),
            historyLevel,
            intakeThreads,
            insured.size(),
            renderers.size()));
    java.util.Map<Integer, Double> rates = new java.util.LinkedHashMap<>();
    for (int size : sizes) {
      double claims = claimsPerSecond(size);
      rates.put(size, claims);
      report.add(
          String.format("  %6d clean claims to READY_TO_SUBMIT: %8.1f claims/s", size, claims));
      // each figure also as soon as it is known: a long run cut short still tells something
      System.out.println(report.get(report.size() - 1));
      for (int t : threads) {
        double trivial = trivialPerSecond(size, t);
        BenchmarkReport.record(
            String.format("%,d clean sessions → READY_TO_SUBMIT", size),
            String.format("%.1f claims/s", claims),
            String.format("%.1f trivial one-task instances/s (%d thread(s))", trivial, t),
            String.format("%.2f", claims / trivial),
            "≥ 0.3");
        report.add(
            String.format(
                "  %6d trivial one-task instances, %d thread(s): %8.1f instances/s; claims/trivial"
                    + " = %.3f",
                size, t, trivial, claims / trivial));
        System.out.println(report.get(report.size() - 1));
      }
    }
    int smallest = sizes.get(0);
    for (int size : sizes.subList(1, sizes.size())) {
      // How cost grows with the book: the rate may fall by at most a third from the first size.
      BenchmarkReport.record(
          String.format("claim rate at %,d ÷ rate at %,d sessions", size, smallest),
          String.format("%.1f claims/s", rates.get(size)),
          String.format("%.1f claims/s", rates.get(smallest)),
          String.format("%.2f", rates.get(size) / rates.get(smallest)),
          "≥ 0.67");
    }
    System.out.println(String.join(System.lineSeparator(), report));
  }

  /**
   * Records {@code count} clean sessions and waits until every claim behind them is ready to
   * submit; claims per second, from the first session to the last claim.
   */
  private double claimsPerSecond(int count) {
    Instant start = Instant.now();
    List<Long> claimIds = java.util.Collections.synchronizedList(new ArrayList<>());
    inParallel(intakeThreads, count, () -> claimIds.add(intake.record(cleanSession()).claimId()));
    long firstClaim = claimIds.stream().mapToLong(Long::longValue).min().orElseThrow();
    long lastClaim = claimIds.stream().mapToLong(Long::longValue).max().orElseThrow();
    Duration recording = Duration.between(start, Instant.now());
    long from = firstClaim;
    long to = lastClaim;
    await()
        .atMost(Duration.ofMinutes(60))
        .pollInterval(Duration.ofMillis(500))
        .conditionEvaluationListener(
            condition -> {
              if (condition.getElapsedTimeInMS() > 0
                  && condition.getElapsedTimeInMS() % 60_000 < 500) {
                System.out.println("  waiting: " + statuses(from, to));
              }
            })
        .failFast(
            "a claim of the benchmark stopped before READY_TO_SUBMIT",
            () -> statuses(from, to).keySet().stream().anyMatch(s -> !isOnItsWay(s)))
        .until(() -> readyToSubmit(from, to) == count);
    Duration total = Duration.between(start, Instant.now());
    System.out.printf(
        "  (%d sessions recorded in %.1f s, %.1f sessions/s; all claims ready after %.1f s)%n",
        count,
        recording.toMillis() / 1000.0,
        count * 1000.0 / Math.max(1, recording.toMillis()),
        total.toMillis() / 1000.0);
    return count * 1000.0 / Math.max(1, total.toMillis());
  }

  /** Starts {@code count} instances of the trivial process and completes each one's task. */
  private double trivialPerSecond(int count, int threads) {
    Instant start = Instant.now();
    inParallel(
        threads,
        count,
        () -> {
          String instanceId = runtime.startProcessInstanceByKey(TRIVIAL).getProcessInstanceId();
          Task task = tasks.createTaskQuery().processInstanceId(instanceId).singleResult();
          tasks.complete(task.getId());
        });
    return count * 1000.0 / Math.max(1, Duration.between(start, Instant.now()).toMillis());
  }

  /** Runs {@code count} units of work on {@code threads} threads and waits for all of them. */
  private static void inParallel(int threads, int count, Runnable unit) {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> work = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int share = count / threads + (t < count % threads ? 1 : 0);
        work.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < share; i++) {
                    unit.run();
                  }
                }));
      }
      for (Future<?> done : work) {
        done.get();
      }
    } catch (Exception e) {
      throw new IllegalStateException("benchmark work failed", e);
    } finally {
      pool.shutdown();
    }
  }

  /**
   * A session documentation review and the payer edits pass: 45 minutes of 90834, in person at the
   * office, signed, diagnosed, treatment plan reviewed last month, for a LAKESHORE or MEDICARE
   * patient (neither asks authorization for 90834 nor caps visits).
   */
  private SessionRequest cleanSession() {
    long n = SEQUENCE.incrementAndGet();
    Coverage coverage = insured.get((int) (n % insured.size()));
    Clinician clinician = renderers.get((int) (n % renderers.size()));
    return new SessionRequest(
        coverage.getPatientId(),
        clinician.getId(),
        coverage.getId(),
        DATE_OF_SERVICE,
        null,
        null,
        45,
        "90834",
        List.of(),
        null,
        Modality.IN_PERSON,
        PatientLocation.OFFICE,
        List.of("F41.1"),
        DATE_OF_SERVICE.atTime(16, 0).toInstant(java.time.ZoneOffset.UTC),
        DATE_OF_SERVICE.minusDays(24),
        "BENCH-" + UUID.randomUUID());
  }

  private long readyToSubmit(long from, long to) {
    return jdbc.queryForObject(
        "select count(*) from claim where id between ? and ? and status = 'READY_TO_SUBMIT'",
        Long.class,
        from,
        to);
  }

  private Map<String, Long> statuses(long from, long to) {
    Map<String, Long> counts = new java.util.TreeMap<>();
    jdbc.query(
        "select status, count(*) from claim where id between ? and ? group by status",
        row -> {
          counts.put(row.getString(1), row.getLong(2));
        },
        from,
        to);
    return counts;
  }

  private static boolean isOnItsWay(String status) {
    return status.equals("IN_REVIEW") || status.equals("READY_TO_SUBMIT");
  }

  private static List<Integer> ints(String csv) {
    return Arrays.stream(csv.split(",")).map(String::strip).map(Integer::valueOf).toList();
  }
}
