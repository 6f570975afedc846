package org.continuum.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Faults a node must survive without losing or doubling anything, on a real PostgreSQL and real
 * application JVMs ({@link AppNode}): {@code kill -9} while cutting a large 837P batch and while
 * posting a large 835, a PostgreSQL restart under load, and two nodes on one database with the job
 * executor, scheduled cuts and the inbox reader on both, where a due timer fires once. The steps
 * share one database and run in order. Sizes: {@code -Dfaults.claims} (default 600; the {@code
 * faults-long} profile uses 5000).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CrashRecoveryTests {

  private static final int CLAIMS = Integer.getInteger("faults.claims", 600);

  private Path work;
  private Path data;
  private int databasePort;
  private EmbeddedPostgres database;
  private String jdbcUrl;
  private final List<AppNode> nodes = new ArrayList<>();
  private List<Long> claimIds = List.of();
  private int interchangeAtKill;

  @BeforeAll
  void startDatabase() throws IOException {
    work = Path.of("target", "faults", UUID.randomUUID().toString()).toAbsolutePath();
    data = work.resolve("pgdata");
    Files.createDirectories(data);
    try (ServerSocket socket = new ServerSocket(0)) {
      databasePort = socket.getLocalPort();
    }
    startPostgres();
  }

  private void startPostgres() throws IOException {
    database =
        EmbeddedPostgres.builder()
            .setRegisterShutdownHook(true)
            .setDataDirectory(data)
            .setCleanDataDirectory(false)
            .setPort(databasePort)
            .start();
    jdbcUrl = database.getJdbcUrl("postgres", "postgres");
  }

  @AfterAll
  void stopEverything() throws IOException {
    nodes.forEach(AppNode::close);
    if (database != null) {
      database.close();
    }
  }

  // ---- kill -9 while cutting a batch ----

  @Test
  @Order(1)
  void aBatchCutKilledHalfWayLeavesEveryClaimInExactlyOneBatchAfterTheRestart() throws Exception {
    AppNode first = node("cut-1", quiet());
    claimIds = readyClaims(CLAIMS);

    CompletableFuture<HttpResponse<String>> cut = cutAsync(first);
    awaitWriting("batch_claim");
    interchangeAtKill = lastValue("x12_interchange_control_seq");
    first.close();
    cut.handle((r, e) -> null).join();

    long batchedAfterKill =
        jdbc()
            .sql("select count(*) from batch_claim where claim_id = any(?)")
            .param(claimIds.toArray(Long[]::new))
            .query(Long.class)
            .single();
    assertThat(batchedAfterKill).as("a cut commits whole or not at all").isIn(0L, (long) CLAIMS);
    assertThat(countByStatus("SUBMITTED"))
        .as("statuses follow the batch rows")
        .isEqualTo(batchedAfterKill);

    AppNode second = node("cut-2", quiet());
    HttpResponse<String> again =
        second.send("biller", "POST", "/api/edi/outbound/batches", null, null);
    assertThat(again.statusCode()).isIn(200, 201);

    assertThat(notInExactlyOneBatch(claimIds)).as("claims not in exactly one batch").isEmpty();
    assertThat(countByStatus("SUBMITTED")).isEqualTo(CLAIMS);
    List<Integer> interchanges =
        jdbc()
            .sql("select interchange_control_number from claim_batch")
            .query(Integer.class)
            .list();
    assertThat(interchanges).doesNotHaveDuplicates();
    assertThat(
            jdbc()
                .sql(
                    "select min(interchange_control_number) from claim_batch b join batch_claim c"
                        + " on c.batch_id = b.id where c.claim_id = any(?)")
                .param(claimIds.toArray(Long[]::new))
                .query(Integer.class)
                .single())
        .as("a control number drawn by the killed cut is never used again")
        .isGreaterThanOrEqualTo(interchangeAtKill);
    assertReconciled(second);
  }

  // ---- kill -9 while posting an 835 ----

  @Test
  @Order(2)
  void anRemittanceKilledHalfWayPostsEachClaimExactlyOnceWhenSentAgain() throws Exception {
    AppNode node = nodes.get(nodes.size() - 1);
    String remittance = remittance(991_000_001, claimIds);
    BigDecimal bpr02 = new BigDecimal("104.00").multiply(BigDecimal.valueOf(claimIds.size()));

    CompletableFuture<HttpResponse<String>> posting =
        CompletableFuture.supplyAsync(() -> postInbound(node, remittance));
    awaitWriting("payment");
    node.close();
    posting.handle((r, e) -> null).join();
    long paymentsAfterKill =
        jdbc()
            .sql("select count(*) from payment where claim_id = any(?)")
            .param(claimIds.toArray(Long[]::new))
            .query(Long.class)
            .single();
    assertThat(paymentsAfterKill).as("a file posts whole or not at all").isIn(0L, (long) CLAIMS);

    AppNode restarted = node("two-a", shared());
    HttpResponse<String> again = postInbound(restarted, remittance);
    HttpResponse<String> third = postInbound(restarted, remittance);

    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(third.body()).contains("\"duplicate\":true");
    assertThat(
            jdbc()
                .sql(
                    "select c.id from claim c where c.id = any(?)"
                        + " and (select count(*) from payment p where p.claim_id = c.id) <> 1")
                .param(claimIds.toArray(Long[]::new))
                .query(Long.class)
                .list())
        .as("claims not posted exactly once")
        .isEmpty();
    assertThat(
            jdbc()
                .sql(
                    "select sum(p.amount) from payment p join remittance_file f"
                        + " on f.id = p.remittance_file_id where f.interchange_control_number = ?")
                .param("991000001")
                .query(BigDecimal.class)
                .single())
        .as("posted total equals BPR02")
        .isEqualByComparingTo(bpr02);
    assertReconciled(restarted);
  }

  // ---- PostgreSQL restarts under load ----

  @Test
  @Order(3)
  void aDatabaseRestartUnderLoadIsSurvivedWithoutAnyoneStepping() throws Exception {
    AppNode node = nodes.get(nodes.size() - 1);
    List<Long> more = readyClaims(Math.max(100, CLAIMS / 3));

    CompletableFuture<HttpResponse<String>> cut = cutAsync(node);
    awaitWriting("batch_claim");
    database.close();
    startPostgres();
    cut.handle((r, e) -> null).join();

    node.awaitHealthy(Duration.ofMinutes(2));
    // cut until every claim is in a batch: the node's own schedule may hold some of them meanwhile
    await()
        .atMost(Duration.ofMinutes(1))
        .pollInterval(Duration.ofSeconds(1))
        .until(
            () -> {
              node.send("biller", "POST", "/api/edi/outbound/batches", null, null);
              return jdbc()
                  .sql("select count(*) from batch_claim where claim_id = any(?)")
                  .param(more.toArray(Long[]::new))
                  .query(Long.class)
                  .single();
            },
            n -> n == more.size());
    assertThat(notInExactlyOneBatch(more)).as("claims not in exactly one batch").isEmpty();
    // the job executor took up its work again: a new session's claim goes through review
    long claimId = recordSession(node);
    await().atMost(Duration.ofMinutes(2)).until(() -> status(claimId), s -> !"IN_REVIEW".equals(s));
    assertReconciled(node);
  }

  // ---- two nodes on one database ----

  @Test
  @Order(4)
  void twoNodesSubmitEachClaimOncePostEachFileOnceAndFireEachTimerOnce() throws Exception {
    AppNode a = nodes.get(nodes.size() - 1);
    AppNode b = node("two-b", shared());

    List<Long> recorded = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      recorded.add(recordSession(i % 2 == 0 ? a : b));
    }
    // every claim leaves review, is cut by one node's schedule, answered by the sandbox payer into
    // the shared inbox and posted by whichever node polls first
    await()
        .atMost(Duration.ofMinutes(3))
        .pollInterval(Duration.ofSeconds(1))
        .until(
            () -> recorded.stream().map(this::status).toList(),
            statuses ->
                statuses.stream()
                    .noneMatch(
                        s ->
                            Stream.of("IN_REVIEW", "READY_TO_SUBMIT", "SUBMITTED", "ACCEPTED")
                                .anyMatch(s::equals)));
    await()
        .atMost(Duration.ofMinutes(1))
        .until(() -> files(work.resolve("shared/inbox")), List::isEmpty);

    for (long claimId : recorded) {
      assertThat(
              jdbc()
                  .sql(
                      "select count(*) from act_hi_procinst where business_key_ = ?"
                          + " and proc_def_key_ = 'claim-lifecycle'")
                  .param(String.valueOf(claimId))
                  .query(Long.class)
                  .single())
          .as("lifecycles of claim " + claimId)
          .isOne();
    }
    List<String> processed = files(work.resolve("shared/inbox/processed"));
    assertThat(processed).isNotEmpty();
    assertThat(files(work.resolve("shared/inbox/failed"))).isEmpty();
    assertThat(
            jdbc()
                .sql("select count(*) from remittance_file where sender_id = 'SANDBOXPAYER'")
                .query(Long.class)
                .single())
        .as("each inbox file recorded once")
        .isEqualTo(processed.size());
    assertThat(
            jdbc()
                .sql(
                    "select count(*) from (select claim_id from payment group by claim_id,"
                        + " remittance_file_id, claim_line_id, claim_status_code"
                        + " having count(*) > 1) twice")
                .query(Long.class)
                .single())
        .isZero();
    assertReconciled(a);

    // a due timer with both job executors on: its step runs once, on one node
    List<String> renewals = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      renewals.add(renewalWaitingForItsTimer(i % 2 == 0 ? a : b));
    }
    jdbc()
        .sql(
            "update act_ru_job set duedate_ = now() - interval '1 minute'"
                + " where process_instance_id_ = any(?) and job_def_id_ in (select id_ from"
                + " act_ru_jobdef where act_id_ = 'timerEvent_leadTimeReached')")
        .param(renewals.toArray(String[]::new))
        .update();
    await()
        .atMost(Duration.ofMinutes(2))
        .pollInterval(Duration.ofSeconds(1))
        .until(() -> renewals.stream().map(this::renewalRequests).toList(), n -> !n.contains(0L));
    for (String instance : renewals) {
      assertThat(renewalRequests(instance)).as("renewal requests of " + instance).isOne();
      assertThat(
              jdbc()
                  .sql(
                      "select count(*) from act_hi_actinst where proc_inst_id_ = ?"
                          + " and act_id_ = 'timerEvent_leadTimeReached'")
                  .param(instance)
                  .query(Long.class)
                  .single())
          .as("timer fired in " + instance)
          .isOne();
    }
  }

  // ---- helpers ----

  /**
   * Records an authorization ending in two months through the node's API; returns its renewal
   * process, once that waits for its lead-time timer (weeks away).
   */
  private String renewalWaitingForItsTimer(AppNode node) throws Exception {
    Map<String, Object> pick =
        jdbc()
            .sql(
                "select patient_id, payer_id from coverage where priority = 'PRIMARY'"
                    + " order by random() limit 1")
            .query()
            .singleRow();
    String body =
        """
        {"patientId": %s, "payerId": %s, "authorizationNumber": "FAULT-%d",
         "procedureCodes": ["90837"], "unitsApproved": 1000, "startDate": "%s", "endDate": "%s"}
        """
            .formatted(
                pick.get("patient_id"),
                pick.get("payer_id"),
                System.nanoTime() % 1_000_000_000L,
                java.time.LocalDate.now().minusDays(30),
                java.time.LocalDate.now().plusDays(60));
    HttpResponse<String> response =
        node.send("authorizer", "POST", "/api/authorizations", "application/json", body);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    long authorizationId =
        Long.parseLong(response.body().replaceAll("(?s).*?\"id\"\\s*:\\s*(\\d+).*", "$1"));
    return await()
        .atMost(Duration.ofMinutes(1))
        .until(
            () ->
                jdbc()
                    .sql(
                        """
                        select j.process_instance_id_ from act_ru_job j
                        join act_ru_jobdef d on d.id_ = j.job_def_id_
                        join act_ru_execution p on p.id_ = j.process_instance_id_
                        where p.business_key_ = ? and d.act_id_ = 'timerEvent_leadTimeReached'
                        """)
                    .param(String.valueOf(authorizationId))
                    .query(String.class)
                    .optional()
                    .orElse(null),
            id -> id != null);
  }

  private long renewalRequests(String instance) {
    return jdbc()
        .sql(
            "select count(*) from act_ru_task where proc_inst_id_ = ?"
                + " and task_def_key_ = 'userTask_requestRenewal'")
        .param(instance)
        .query(Long.class)
        .single();
  }

  /**
   * Two nodes' settings: one inbox and outbox, inbox polled every second, batches cut every two
   * seconds, lost messages caught up after five.
   */
  private List<String> shared() {
    return List.of(
        "--continuum.clearinghouse.inbox=" + work.resolve("shared/inbox"),
        "--continuum.clearinghouse.outbox=" + work.resolve("shared/outbox"),
        "--continuum.clearinghouse.poll-interval=PT1S",
        "--continuum.clearinghouse.working-lease=PT30S",
        "--continuum.submission.batch-cron=*/2 * * * * *",
        "--continuum.workflow.catch-up-interval=PT2S",
        "--continuum.workflow.catch-up-grace=PT5S");
  }

  private static List<String> quiet() {
    return List.of(
        "--continuum.submission.scheduled-cut=false", "--continuum.clearinghouse.poll-inbox=false");
  }

  private AppNode node(String name, List<String> settings) throws IOException {
    AppNode node = AppNode.start(name, jdbcUrl, work, settings);
    nodes.add(node);
    return node;
  }

  private JdbcClient jdbc() {
    return JdbcClient.create(new DriverManagerDataSource(jdbcUrl, "postgres", ""));
  }

  private CompletableFuture<HttpResponse<String>> cutAsync(AppNode node) {
    return CompletableFuture.supplyAsync(
        () -> {
          try {
            return node.send("biller", "POST", "/api/edi/outbound/batches", null, null);
          } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
          }
        });
  }

  private static HttpResponse<String> postInbound(AppNode node, String x12) {
    try {
      return node.send("biller", "POST", "/api/edi/inbound", "text/plain", x12);
    } catch (IOException | InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Waits until a transaction of the application holds uncommitted rows in the table. */
  private void awaitWriting(String table) {
    await()
        .atMost(Duration.ofMinutes(2))
        .pollInterval(Duration.ofMillis(20))
        .until(
            () ->
                jdbc()
                    .sql(
                        "select count(*) from pg_locks l join pg_class c on c.oid = l.relation"
                            + " where c.relname = ? and l.mode = 'RowExclusiveLock'"
                            + " and l.pid <> pg_backend_pid()")
                    .param(table)
                    .query(Long.class)
                    .single(),
            n -> n > 0);
  }

  private int lastValue(String sequence) {
    return jdbc().sql("select last_value from " + sequence).query(Integer.class).single();
  }

  private long countByStatus(String status) {
    return jdbc()
        .sql("select count(*) from claim where id = any(?) and status = ?")
        .params(claimIds.toArray(Long[]::new), status)
        .query(Long.class)
        .single();
  }

  /** The claims among these that are not in exactly one batch, live or released. */
  private List<Long> notInExactlyOneBatch(List<Long> claims) {
    return jdbc()
        .sql(
            """
            select c.id from claim c where c.id = any(?)
              and (select count(*) from batch_claim b where b.claim_id = c.id)
                  + (select count(*) from batch_claim_history h where h.claim_id = c.id) <> 1
            """)
        .param(claims.toArray(Long[]::new))
        .query(Long.class)
        .list();
  }

  private String status(long claimId) {
    return jdbc()
        .sql("select status from claim where id = ?")
        .param(claimId)
        .query(String.class)
        .single();
  }

  private static List<String> files(Path directory) throws IOException {
    if (!Files.isDirectory(directory)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(directory)) {
      return files
          .filter(Files::isRegularFile)
          .map(p -> p.getFileName().toString())
          .filter(n -> !n.startsWith("."))
          .toList();
    }
  }

  private void assertReconciled(AppNode node) throws Exception {
    HttpResponse<String> reconciliation =
        node.send("admin", "GET", "/api/admin/reconciliation", null, null);
    assertThat(reconciliation.statusCode()).isEqualTo(200);
    assertThat(reconciliation.body()).as("reconciliation").contains("\"clean\":true");
  }

  /** A clean 45-minute session for a demo patient, through the API; its claim's id. */
  private long recordSession(AppNode node) throws Exception {
    Map<String, Object> pick =
        jdbc()
            .sql(
                """
                select cv.patient_id, cv.id as coverage_id,
                       (select min(id) from clinician where active and licensure_level = 'DOCTORAL')
                         as clinician_id
                from coverage cv where cv.priority = 'PRIMARY' order by random() limit 1
                """)
            .query()
            .singleRow();
    String body =
        """
        {"sourceSessionId": "FAULT-%s", "patientId": %s, "clinicianId": %s, "coverageId": %s,
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
    assertThat(response.statusCode()).as(response.body()).isIn(200, 201);
    return Long.parseLong(response.body().replaceAll(".*\"claimId\":(\\d+).*", "$1"));
  }

  /**
   * Claims ready to submit, made straight in the database: a session, a claim and its line each.
   */
  private List<Long> readyClaims(int count) {
    String marker = "FAULT-" + UUID.randomUUID();
    jdbc()
        .sql(
            """
            do $$
            declare
              s bigint; c bigint; r record;
              clinician bigint := (select min(id) from clinician where active);
              provider bigint := (select min(id) from billing_provider);
            begin
              for i in 1..%d loop
                select cv.patient_id, cv.id, cv.payer_id into r from coverage cv
                  where cv.priority = 'PRIMARY' order by cv.id
                  offset (i %% (select count(*) from coverage where priority = 'PRIMARY')) limit 1;
                s := nextval('therapy_session_seq');
                insert into therapy_session (id, source_session_id, patient_id, clinician_id,
                    coverage_id, date_of_service, minutes, procedure_code, modality,
                    patient_location, diagnosis_codes, note_signed_at, treatment_plan_reviewed_on)
                  values (s, '%s-' || i, r.patient_id, clinician, r.id, current_date - 10, 45,
                    '90834', 'IN_PERSON', 'OFFICE', '["F41.1"]', now(), current_date - 30);
                c := nextval('claim_seq');
                insert into claim (id, session_id, patient_id, coverage_id, payer_id,
                    billing_provider_id, rendering_clinician_id, status, place_of_service,
                    date_of_service, total_charge)
                  values (c, s, r.patient_id, r.id, r.payer_id, provider, clinician,
                    'READY_TO_SUBMIT', '11', current_date - 10, 130.00);
                insert into claim_line (id, claim_id, line_number, procedure_code, units, charge,
                    diagnosis_pointers, date_of_service)
                  values (nextval('claim_line_seq'), c, 1, '90834', 1, 130.00, '[1]',
                    current_date - 10);
              end loop;
            end $$
            """
                .formatted(count, marker))
        .update();
    return jdbc()
        .sql(
            "select c.id from claim c join therapy_session s on s.id = c.session_id"
                + " where s.source_session_id like ? order by c.id")
        .param(marker + "-%")
        .query(Long.class)
        .list();
  }

  /** One 835 paying every claim 104.00 with CO-45 26.00, BPR02 the sum. */
  private static String remittance(int control, List<Long> claims) {
    BigDecimal total = new BigDecimal("104.00").multiply(BigDecimal.valueOf(claims.size()));
    List<String> body = new ArrayList<>();
    body.add("ST*835*0001");
    body.add(
        "BPR*I*"
            + total.toPlainString()
            + "*C*ACH*CCP*01*999999999*DA*123456*1512345678**01*999988880*DA*98765*20260401");
    body.add("TRN*1*F" + control + "*1512345678");
    body.add("N1*PR*TEST PLAN");
    body.add("N1*PE*TEST PRACTICE*XX*1234567893");
    body.add("LX*1");
    for (long claimId : claims) {
      body.add("CLP*%d*1*130.00*104.00**12*PCN%d*11*1".formatted(claimId, claimId));
      body.add("CAS*CO*45*26.00");
    }
    List<String> segments = new ArrayList<>();
    segments.add(
        "ISA*00*          *00*          *ZZ*%-15s*ZZ*%-15s*260401*0800*^*00501*%09d*0*T*:"
            .formatted("TESTPAYER", "CONTINUUM", control));
    segments.add("GS*HP*TESTPAYER*CONTINUUM*20260401*0800*%d*X*005010X221A1".formatted(control));
    segments.addAll(body);
    segments.add("SE*" + (body.size() + 1) + "*0001");
    segments.add("GE*1*" + control);
    segments.add("IEA*1*%09d".formatted(control));
    return String.join("~\n", segments) + "~\n";
  }
}
