package org.continuum.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.continuum.workflow.ClaimLifecycleProcess.*;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.continuum.claim.Claim;
import org.continuum.claim.ClaimRepository;
import org.continuum.claim.ClaimStatus;
import org.continuum.edi.X12Reader;
import org.continuum.payer.Payer;
import org.continuum.remittance.Inbox;
import org.continuum.submission.ClaimBatches;
import org.continuum.support.ClaimWorld;
import org.continuum.support.DemoLogins;
import org.continuum.support.Independent837P;
import org.continuum.support.IntegrationTest;
import org.continuum.support.Sessions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.ManagementService;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.TaskService;
import org.operaton.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The back half of claim-lifecycle with real X12: 837P batches cut from ready claims, 999, 277CA
 * and 835 files posted through the API and the clearinghouse inbox, and the process paths they
 * drive (acknowledgment, rejection and resubmission, remittance outcomes, the no-remittance timer).
 */
@IntegrationTest
class ClaimSubmissionAndRemittanceTests {

  private static final AtomicInteger CONTROL =
      new AtomicInteger((int) (System.nanoTime() % 90_000_000) + 1_000_000);

  @Autowired TestRestTemplate http;
  @Autowired RuntimeService runtime;
  @Autowired TaskService taskService;
  @Autowired ManagementService management;
  @Autowired ClaimRepository claims;
  @Autowired ClaimWorld.Repositories repositories;
  @Autowired ClaimBatches batches;
  @Autowired X12Reader reader;
  @Autowired JdbcClient jdbc;
  @Autowired Inbox inbox;
  @Autowired TransactionTemplate transactions;

  ClaimWorld world;
  ClaimProcessDriver driver;

  @BeforeEach
  void setUp() {
    world = new ClaimWorld(repositories);
    driver = new ClaimProcessDriver(runtime, taskService, management, claims);
  }

  // ---- outbound ----

  @Test
  void cutsABatchPerPayerThatReadsBackAndMovesTheClaimOn() {
    long claimId = readyClaim(world.medicaid());

    ResponseEntity<Map> cut =
        DemoLogins.as(http, "biller").postForEntity("/api/edi/outbound/batches", null, Map.class);

    assertThat(cut.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    long batchId = batchOf(claimId);
    String x12 =
        DemoLogins.as(http, "manager")
            .getForObject("/api/edi/outbound/batches/" + batchId, String.class);
    assertThat(reader.checkEnvelope(x12).transactionSetId()).isEqualTo("837");
    Independent837P.assertValid(x12);
    long lineId = lineIdOf(claimId);
    assertThat(x12)
        .contains("CLM*" + claimId + "*130.00*")
        .contains("REF*6R*" + lineId)
        .contains(":B:1*");
    assertThat(status(claimId)).isEqualTo(ClaimStatus.SUBMITTED);
    awaitWaitingAt(claimId, ACKNOWLEDGMENT);
    List<Map> listed =
        DemoLogins.as(http, "manager").getForObject("/api/edi/outbound/batches", List.class);
    assertThat(listed)
        .anySatisfy(
            b -> {
              assertThat(((Number) b.get("id")).longValue()).isEqualTo(batchId);
              assertThat(b.get("acknowledgment")).isEqualTo("PENDING");
            });
  }

  @Test
  void racingCutsNeverPutAClaimInTwoBatchesAndNeverReuseAControlNumber() {
    Payer medicaid = world.medicaid();
    List<Long> ready = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      ready.add(readyClaim(medicaid));
    }

    CompletableFuture<List<ClaimBatches.Cut>> first = CompletableFuture.supplyAsync(batches::cut);
    CompletableFuture<List<ClaimBatches.Cut>> second = CompletableFuture.supplyAsync(batches::cut);
    first.join();
    second.join();

    // Counted over the claim's whole batch history: the demo's sandbox payer may already have
    // rejected one of them, which moves its row to batch_claim_history for the resubmission.
    for (long claimId : ready) {
      assertThat(
              jdbc.sql(
                      "select count(*) from (select claim_id from batch_claim where claim_id = ?"
                          + " union all select claim_id from batch_claim_history"
                          + " where claim_id = ?) cut_into")
                  .param(claimId)
                  .param(claimId)
                  .query(Long.class)
                  .single())
          .isOne();
    }
    List<Integer> controlNumbers =
        jdbc.sql("select interchange_control_number from claim_batch").query(Integer.class).list();
    assertThat(controlNumbers).doesNotHaveDuplicates();
    List<Integer> groups =
        jdbc.sql("select group_control_number from claim_batch").query(Integer.class).list();
    assertThat(groups).doesNotHaveDuplicates();
  }

  @Test
  void aClaimThatCannotBeWrittenStaysReadyWhileTheRestOfItsBatchGoesOut() {
    Payer medicaid = world.medicaid();
    long good = readyClaim(medicaid);
    long bad = readyClaim(medicaid);
    long patientId = claims.findById(bad).orElseThrow().getPatientId();
    // an 837P subscriber needs an address: this claim's whole batch fails to write
    jdbc.sql("update patient set address_line1 = null where id = ?").param(patientId).update();

    batches.cut();

    assertThat(status(good)).isEqualTo(ClaimStatus.SUBMITTED);
    assertThat(status(bad)).isEqualTo(ClaimStatus.READY_TO_SUBMIT);
    String x12 = batches.x12(batchOf(good));
    Independent837P.assertValid(x12);
    assertThat(x12).contains("CLM*" + good + "*").doesNotContain("CLM*" + bad + "*");

    jdbc.sql("update patient set address_line1 = '12 Elm St' where id = ?")
        .param(patientId)
        .update();
    batches.cut();
    assertThat(status(bad)).isEqualTo(ClaimStatus.SUBMITTED);
  }

  // ---- inbound ----

  @Test
  void refusesAMalformedFileNamingTheSegmentAndPostsNothing() {
    long files = files();
    String broken =
        X12.remittance(CONTROL.incrementAndGet(), "0.00", List.of()).replace("SE*", "SX*");

    ResponseEntity<Map> response = postInbound(broken);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat(response.getBody()).containsKeys("segmentId", "position", "message");
    assertThat(files()).isEqualTo(files);
  }

  @Test
  void rejectionIn277caSendsTheClaimToABillerAndBackIntoABatchAsAnOriginal() {
    Payer medicaid = world.medicaid();
    long claimId = submittedClaim(medicaid);

    ResponseEntity<Map> response =
        postInbound(X12.claimAcknowledgment(CONTROL.incrementAndGet(), claimId, "A7:562:85"));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getBody().get("claimsPosted")).isEqualTo(1);
    assertThat(status(claimId)).isEqualTo(ClaimStatus.REJECTED);
    Task correct = driver.awaitTask(claimId, CORRECT_REJECTED_CLAIM);
    assertThat((String) taskService.getVariable(correct.getId(), REJECTION_REASON))
        .contains("A7:562:85");
    // what the form shows, stored when the task was created
    assertThat(taskService.getVariable(correct.getId(), PAYER_CODE)).isEqualTo(medicaid.getCode());

    driver.complete(correct, Map.of());
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () -> {
              driver.runJobsAt(claimId, RESUBMIT_CLAIM);
              return status(claimId);
            },
            s -> s == ClaimStatus.READY_TO_SUBMIT);
    driver.awaitReadyForItsBatch(claimId);
    batches.cut();
    assertThat(status(claimId)).isEqualTo(ClaimStatus.SUBMITTED);
    assertThat(
            jdbc.sql("select count(*) from batch_claim_history where claim_id = ?")
                .param(claimId)
                .query(Long.class)
                .single())
        .isOne();
  }

  @Test
  void rejectedTransactionSetIn999RejectsEveryClaimOfTheBatch() {
    long claimId = submittedClaim(world.medicaid());
    int group =
        jdbc.sql(
                "select b.group_control_number from claim_batch b join batch_claim c"
                    + " on c.batch_id = b.id where c.claim_id = ?")
            .param(claimId)
            .query(Integer.class)
            .single();

    postInbound(X12.acknowledgment(CONTROL.incrementAndGet(), group, false));

    assertThat(status(claimId)).isEqualTo(ClaimStatus.REJECTED);
    driver.awaitTask(claimId, CORRECT_REJECTED_CLAIM);
  }

  @Test
  void paidInFullAsContractedEndsThePaidAndPostsOnceOnly() {
    long claimId = acceptedClaim(world.medicaid());
    String file =
        X12.remittance(
            CONTROL.incrementAndGet(),
            "104.00",
            List.of(X12.clp(claimId, "1", "104.00", "0.00", lineIdOf(claimId), "CAS*CO*45*26.00")));

    Map first = postInbound(file).getBody();
    Map again = postInbound(file).getBody();

    assertThat(first.get("duplicate")).isEqualTo(false);
    assertThat(first.get("claimsPosted")).isEqualTo(1);
    assertThat(again.get("duplicate")).isEqualTo(true);
    assertThat(status(claimId)).isEqualTo(ClaimStatus.PAID);
    assertThat(payments(claimId)).isOne();
    assertThat(adjustments(claimId, "CO", "45")).isOne();
    assertThat(
            runtime
                .createProcessInstanceQuery()
                .processDefinitionKey(ClaimLifecycleProcess.KEY)
                .processInstanceBusinessKey("" + claimId)
                .count())
        .isZero();
  }

  @Test
  void paymentBelowTheContractBecomesAnUnderpaymentTask() {
    long claimId = acceptedClaim(world.medicaid());

    postInbound(
        X12.remittance(
            CONTROL.incrementAndGet(),
            "93.60",
            List.of(X12.clp(claimId, "1", "93.60", "0.00", lineIdOf(claimId), "CAS*CO*45*36.40"))));

    assertThat(status(claimId)).isEqualTo(ClaimStatus.PARTIALLY_PAID);
    Task task = driver.awaitTask(claimId, WORK_UNDERPAYMENT);
    assertThat(taskService.getVariable(task.getId(), AMOUNT_PAID)).isEqualTo("93.60");
    assertThat((String) taskService.getVariable(task.getId(), PAYER_CODE)).startsWith("MEDICAID-");
  }

  @Test
  void denialMarksTheClaimDenied() {
    long claimId = acceptedClaim(world.medicaid());

    postInbound(
        X12.remittance(
            CONTROL.incrementAndGet(),
            "0.00",
            List.of(
                X12.clp(
                    claimId,
                    "4",
                    "0.00",
                    "0.00",
                    lineIdOf(claimId),
                    "CAS*CO*16*130.00~LQ*HE*MA130"))));

    assertThat(status(claimId)).isEqualTo(ClaimStatus.DENIED);
    assertThat(adjustments(claimId, "CO", "16")).isOne();
    assertThat(
            runtime
                .createProcessInstanceQuery()
                .processDefinitionKey(ClaimLifecycleProcess.KEY)
                .processInstanceBusinessKey("" + claimId)
                .count())
        .isZero();
    assertThat(
            runtime
                .createProcessInstanceQuery()
                .processDefinitionKey(DenialWorkProcess.KEY)
                .processInstanceBusinessKey("" + claimId)
                .count())
        .isOne();
  }

  @Test
  void patientResponsibilityIsRecordedAsThePatientBalance() {
    long claimId = acceptedClaim(world.medicaid());

    postInbound(
        X12.remittance(
            CONTROL.incrementAndGet(),
            "84.00",
            List.of(
                X12.clp(
                    claimId,
                    "1",
                    "84.00",
                    "20.00",
                    lineIdOf(claimId),
                    "CAS*CO*45*26.00~CAS*PR*3*20.00"))));

    Claim claim = claims.findById(claimId).orElseThrow();
    assertThat(claim.getStatus()).isEqualTo(ClaimStatus.PATIENT_BALANCE);
    assertThat(claim.getPatientBalance()).isEqualByComparingTo("20.00");
  }

  @Test
  void reversalReopensTheClaimToAwaitANewRemittance() {
    long claimId = acceptedClaim(world.medicaid());
    long line = lineIdOf(claimId);
    postInbound(
        X12.remittance(
            CONTROL.incrementAndGet(),
            "104.00",
            List.of(X12.clp(claimId, "1", "104.00", "0.00", line, "CAS*CO*45*26.00"))));
    assertThat(status(claimId)).isEqualTo(ClaimStatus.PAID);
    // the paid claim's process has ended; a reversal reopens the claim itself
    Map summary =
        postInbound(
                X12.remittance(
                    CONTROL.incrementAndGet(),
                    "-104.00",
                    List.of(X12.clp(claimId, "22", "-104.00", "0.00", line, "CAS*CO*45*-26.00"))))
            .getBody();

    assertThat(summary.get("claimsPosted")).isEqualTo(1);
    assertThat(status(claimId)).isEqualTo(ClaimStatus.ACCEPTED);
    assertThat(payments(claimId)).isEqualTo(2);
    // reopened: a new instance waits for the corrected remittance, which posts as new
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                runtime
                    .createExecutionQuery()
                    .processDefinitionKey(ClaimLifecycleProcess.KEY)
                    .processInstanceBusinessKey("" + claimId)
                    .activityId(REMITTANCE_RECEIVED)
                    .count(),
            n -> n == 1);
    postInbound(
        X12.remittance(
            CONTROL.incrementAndGet(),
            "104.00",
            List.of(X12.clp(claimId, "1", "104.00", "0.00", line, "CAS*CO*45*26.00"))));
    assertThat(status(claimId)).isEqualTo(ClaimStatus.PAID);
    assertThat(payments(claimId)).isEqualTo(3);
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                runtime
                    .createProcessInstanceQuery()
                    .processDefinitionKey(ClaimLifecycleProcess.KEY)
                    .processInstanceBusinessKey("" + claimId)
                    .count(),
            n -> n == 0);
  }

  @Test
  void reversalWhileWaitingLoopsBackToTheRemittanceWait() {
    long claimId = acceptedClaim(world.medicaid());
    long line = lineIdOf(claimId);

    postInbound(
        X12.remittance(
            CONTROL.incrementAndGet(),
            "-104.00",
            List.of(X12.clp(claimId, "22", "-104.00", "0.00", line, "CAS*CO*45*-26.00"))));

    awaitWaitingAt(claimId, REMITTANCE_RECEIVED);
    assertThat(status(claimId)).isEqualTo(ClaimStatus.ACCEPTED);
  }

  @Test
  void totalsThatDoNotBalanceAreFlagged() {
    long claimId = acceptedClaim(world.medicaid());

    Map summary =
        postInbound(
                X12.remittance(
                    CONTROL.incrementAndGet(),
                    "150.00",
                    List.of(
                        X12.clp(
                            claimId, "1", "104.00", "0.00", lineIdOf(claimId), "CAS*CO*45*26.00"))))
            .getBody();

    assertThat((List<String>) summary.get("warnings")).anyMatch(w -> w.contains("BPR02"));
  }

  @Test
  void asksForAFollowUpWhenThePayerIsSlowerThanItsExpectedTurnaround() {
    long claimId = acceptedClaim(world.medicaid());
    awaitWaitingAt(claimId, REMITTANCE_RECEIVED);

    try {
      driver.moveClockTo(new Date(System.currentTimeMillis() + Duration.ofDays(31).toMillis()));
      driver.runJobsAt(claimId, REMITTANCE_OVERDUE);
      Task followUp = driver.awaitTask(claimId, FOLLOW_UP_UNPAID_CLAIM);
      assertThat(taskService.getVariable(followUp.getId(), EXPECTED_TURNAROUND_DAYS)).isEqualTo(30);
      assertThat((String) taskService.getVariable(followUp.getId(), PAYER_CODE))
          .startsWith("MEDICAID-");
      awaitWaitingAt(claimId, REMITTANCE_RECEIVED);
    } finally {
      driver.resetClock();
    }
  }

  // ---- end to end ----

  @Test
  void sandboxPayerAnswersEveryBatchThroughTheInbox() {
    long claimId = readyClaim(world.medicaid());

    batches.cut();
    String answers = "%09d-".formatted(interchangeOf(claimId));

    // the sandbox answers on its own thread, as a payer would: post the inbox until it has. Its
    // answers to other tests' batches are set aside: those claims were paid by their own tests.
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () -> {
              setAsideAllBut(answers);
              inbox.postWaitingFiles();
              return status(claimId);
            },
            s -> s != ClaimStatus.SUBMITTED && s != ClaimStatus.ACCEPTED);
    assertThat(status(claimId))
        .isIn(
            ClaimStatus.PAID,
            ClaimStatus.PARTIALLY_PAID,
            ClaimStatus.DENIED,
            ClaimStatus.PATIENT_BALANCE,
            ClaimStatus.REJECTED);
    assertThat(
            jdbc.sql("select count(*) from remittance_file where kind = 'ACKNOWLEDGMENT_999'")
                .query(Long.class)
                .single())
        .isPositive();
    // every 837P cut so far in this application, the sandbox's included, reads clean (other tests
    // insert stand-in batches with the placeholder 'ISA~': those were never written by us)
    List<String> written =
        jdbc.sql("select x12 from claim_batch where x12 <> 'ISA~'").query(String.class).list();
    assertThat(written).isNotEmpty();
    written.forEach(Independent837P::assertValid);
  }

  // ---- helpers ----

  private long readyClaim(Payer payer) {
    ResponseEntity<Map> response =
        DemoLogins.as(http, "biller")
            .postForEntity(
                "/api/sessions",
                Sessions.fortyFiveMinuteOfficeSession()
                    .by(world.patientCoveredBy(payer), world.lcsw(null).getId()),
                Map.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    long claimId = ((Number) response.getBody().get("claimId")).longValue();
    driver.awaitReadyForItsBatch(claimId);
    return claimId;
  }

  private long submittedClaim(Payer payer) {
    long claimId = readyClaim(payer);
    batches.cut();
    awaitWaitingAt(claimId, ACKNOWLEDGMENT);
    return claimId;
  }

  private long acceptedClaim(Payer payer) {
    long claimId = submittedClaim(payer);
    postInbound(X12.claimAcknowledgment(CONTROL.incrementAndGet(), claimId, "A2:20"));
    assertThat(status(claimId)).isEqualTo(ClaimStatus.ACCEPTED);
    awaitWaitingAt(claimId, REMITTANCE_RECEIVED);
    return claimId;
  }

  private void awaitWaitingAt(long claimId, String activityId) {
    String instance = driver.instanceOf(claimId).getId();
    // as patient as the driver: a loaded machine can take long over the job behind the message
    await()
        .atMost(Duration.ofSeconds(90))
        .until(() -> runtime.getActiveActivityIds(instance), ids -> ids.contains(activityId));
  }

  private ResponseEntity<Map> postInbound(String x12) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.TEXT_PLAIN);
    return DemoLogins.as(http, "biller")
        .postForEntity("/api/edi/inbound", new HttpEntity<>(x12, headers), Map.class);
  }

  private int interchangeOf(long claimId) {
    return jdbc.sql(
            "select b.interchange_control_number from claim_batch b join batch_claim c"
                + " on c.batch_id = b.id where c.claim_id = ?")
        .param(claimId)
        .query(Integer.class)
        .single();
  }

  private static void setAsideAllBut(String prefix) throws java.io.IOException {
    java.nio.file.Path inbox = java.nio.file.Path.of("target/clearinghouse/inbox");
    if (!java.nio.file.Files.isDirectory(inbox)) {
      return;
    }
    java.nio.file.Path aside = inbox.resolveSibling("set-aside");
    java.nio.file.Files.createDirectories(aside);
    try (var files = java.nio.file.Files.list(inbox)) {
      for (java.nio.file.Path file : files.filter(java.nio.file.Files::isRegularFile).toList()) {
        String name = file.getFileName().toString();
        // a name starting with '.' is a file still being written: moving it would lose it
        if (!name.startsWith(prefix) && !name.startsWith(".")) {
          java.nio.file.Files.move(
              file,
              aside.resolve(file.getFileName()),
              java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }

  private long batchOf(long claimId) {
    return jdbc.sql("select batch_id from batch_claim where claim_id = ?")
        .param(claimId)
        .query(Long.class)
        .single();
  }

  private long lineIdOf(long claimId) {
    return jdbc.sql("select id from claim_line where claim_id = ? order by line_number limit 1")
        .param(claimId)
        .query(Long.class)
        .single();
  }

  private ClaimStatus status(long claimId) {
    return claims.findById(claimId).orElseThrow().getStatus();
  }

  private long files() {
    return jdbc.sql("select count(*) from remittance_file").query(Long.class).single();
  }

  private long payments(long claimId) {
    return jdbc.sql("select count(*) from payment where claim_id = ?")
        .param(claimId)
        .query(Long.class)
        .single();
  }

  private long adjustments(long claimId, String group, String reason) {
    return jdbc.sql(
            "select count(*) from adjustment where claim_id = ? and group_code = ? and reason_code = ?")
        .params(claimId, group, reason)
        .query(Long.class)
        .single();
  }

  /** Payer files written the way payers write them, one scenario at a time. */
  static final class X12 {

    static String envelope(int control, String functional, String version, List<String> body) {
      List<String> segments = new ArrayList<>();
      segments.add(
          "ISA*00*          *00*          *ZZ*%-15s*ZZ*%-15s*260401*0800*^*00501*%09d*0*T*:"
              .formatted("TESTPAYER", "CONTINUUM", control));
      segments.add(
          "GS*%s*TESTPAYER*CONTINUUM*20260401*0800*%d*X*%s"
              .formatted(functional, control, version));
      segments.addAll(body);
      segments.add("SE*" + (body.size() + 1) + "*0001");
      segments.add("GE*1*" + control);
      segments.add("IEA*1*%09d".formatted(control));
      return String.join("~\n", segments) + "~\n";
    }

    static String remittance(int control, String total, List<String> claims) {
      List<String> body = new ArrayList<>();
      body.add("ST*835*0001");
      body.add(
          "BPR*I*"
              + total
              + "*C*ACH*CCP*01*999999999*DA*123456*1512345678**01*999988880*DA*98765*20260401");
      body.add("TRN*1*T" + control + "*1512345678");
      body.add("N1*PR*TEST PLAN");
      body.add("N1*PE*TEST PRACTICE*XX*1234567893");
      body.add("LX*1");
      for (String claim : claims) {
        body.addAll(List.of(claim.split("~")));
      }
      return envelope(control, "HP", "005010X221A1", body);
    }

    static String clp(
        long claimId, String status, String paid, String patient, long lineId, String extra) {
      String charge = status.equals("22") ? "-130.00" : "130.00";
      List<String> segments = new ArrayList<>();
      segments.add(
          "CLP*%d*%s*%s*%s*%s*12*PCN%d*11*1"
              .formatted(claimId, status, charge, paid, patient, claimId));
      segments.add("SVC*HC:90834:AJ*%s*%s**1".formatted(charge, paid));
      segments.add("DTM*472*20260316");
      List<String> given = List.of(extra.split("~"));
      given.stream().filter(g -> g.startsWith("CAS")).forEach(segments::add);
      segments.add("REF*6R*" + lineId);
      given.stream().filter(g -> g.startsWith("LQ")).forEach(segments::add);
      return String.join("~", segments);
    }

    static String claimAcknowledgment(int control, long claimId, String status) {
      return envelope(
          control,
          "HN",
          "005010X214",
          List.of(
              "ST*277*0001*005010X214",
              "BHT*0085*08*" + control + "*20260401*0800*TH",
              "HL*1**20*1",
              "NM1*PR*2*TEST PLAN*****PI*TEST",
              "TRN*1*277CA" + control,
              "DTP*050*D8*20260401",
              "DTP*009*D8*20260401",
              "HL*2*1*21*1",
              "NM1*41*2*CONTINUUM*****46*CONTINUUM",
              "TRN*2*" + control,
              "STC*A1:19*20260401*WQ",
              "HL*3*2*19*1",
              "NM1*85*2*TEST PRACTICE",
              "TRN*1*0",
              "HL*4*3*PT*0",
              "NM1*QC*1*DEMO*PATIENT",
              "TRN*2*" + claimId,
              "STC*" + status + "*20260401*WQ*130.00",
              "REF*1K*PCN" + claimId,
              "DTP*472*D8*20260316"));
    }

    static String acknowledgment(int control, int group, boolean accepted) {
      return envelope(
          control,
          "FA",
          "005010X231A1",
          accepted
              ? List.of(
                  "ST*999*0001*005010X231A1",
                  "AK1*HC*" + group + "*005010X222A1",
                  "AK2*837*0001*005010X222A1",
                  "IK5*A",
                  "AK9*A*1*1*1")
              : List.of(
                  "ST*999*0001*005010X231A1",
                  "AK1*HC*" + group + "*005010X222A1",
                  "AK2*837*0001*005010X222A1",
                  "IK3*CLM*24*2300*8",
                  "IK5*R*5",
                  "AK9*R*1*1*0"));
    }
  }
}
