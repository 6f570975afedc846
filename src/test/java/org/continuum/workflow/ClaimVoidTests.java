package org.continuum.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.continuum.workflow.ClaimLifecycleProcess.*;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.continuum.authorization.Authorization;
import org.continuum.claim.ClaimRepository;
import org.continuum.claim.ClaimStatus;
import org.continuum.practice.Clinician;
import org.continuum.submission.ClaimBatches;
import org.continuum.support.ClaimWorld;
import org.continuum.support.DemoLogins;
import org.continuum.support.Independent837P;
import org.continuum.support.IntegrationTest;
import org.continuum.support.Sessions;
import org.continuum.workflow.ClaimSubmissionAndRemittanceTests.X12;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.HistoryService;
import org.operaton.bpm.engine.ManagementService;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.TaskService;
import org.operaton.bpm.engine.history.HistoricProcessInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code POST /api/claims/{id}/void} in each place a claim can stand: not yet sent (it stops, its
 * lifecycle and tasks end, its units come back), with the payer (a frequency-8 void with REF*F8
 * goes in the next batch), paid (refused), without the payer's claim number (refused), voided
 * already (refused, nothing returned twice, even when two voids race).
 */
@IntegrationTest
class ClaimVoidTests {

  private static final AtomicInteger CONTROL =
      new AtomicInteger((int) (System.nanoTime() % 90_000_000) + 1_000_000);

  @Autowired TestRestTemplate http;
  @Autowired RuntimeService runtime;
  @Autowired TaskService taskService;
  @Autowired ManagementService management;
  @Autowired HistoryService history;
  @Autowired ClaimRepository claims;
  @Autowired ClaimWorld.Repositories repositories;
  @Autowired ClaimBatches batches;
  @Autowired JdbcClient jdbc;

  ClaimWorld world;
  ClaimProcessDriver driver;
  UnitHoldingClaims holding;

  @BeforeEach
  void setUp() {
    world = new ClaimWorld(repositories);
    driver = new ClaimProcessDriver(runtime, taskService, management, claims);
    holding = new UnitHoldingClaims(http, world, driver, batches, jdbc, runtime, CONTROL);
  }

  @Test
  void aClaimNotYetSentIsVoidedItsLifecycleEndsAndItsUnitComesBackOnce() {
    ClaimWorld.Insured insured = world.patientCoveredBy(world.summit());
    Authorization authorization = world.authorize(insured, List.of("90837"), 4, null);
    long claimId = claimAwaitingItsBatch(insured, world.lcsw(null));
    assertThat(status(claimId)).isEqualTo(ClaimStatus.READY_TO_SUBMIT);
    assertThat(unitsUsed(authorization)).isOne();
    String instanceId = driver.instanceOf(claimId).getId();

    ResponseEntity<Map> voided = voidClaim("biller", claimId, "Session recorded twice");

    assertThat(voided.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(voided.getBody())
        .containsEntry("status", "VOIDED")
        .containsEntry("sentToPayer", false)
        .containsEntry("linesReturningUnits", 1);
    assertThat(status(claimId)).isEqualTo(ClaimStatus.VOIDED);
    assertThat(unitsUsed(authorization)).isZero();
    HistoricProcessInstance ended =
        history.createHistoricProcessInstanceQuery().processInstanceId(instanceId).singleResult();
    assertThat(ended.getEndTime()).as("the lifecycle ended").isNotNull();
    assertThat(ended.getDeleteReason()).isEqualTo(VoidedClaimProcesses.DELETE_REASON);
    assertThat(management.createJobQuery().processInstanceId(instanceId).count()).isZero();
    assertThat(
            jdbc.sql("select action from claim_action where claim_id = ?")
                .param(claimId)
                .query(String.class)
                .list())
        .containsExactly("VOID");
    assertThat(
            jdbc.sql(
                    "select actor from audit_entry where action = 'VOID' and subject_type = 'claim'"
                        + " and subject_id = ?")
                .param(String.valueOf(claimId))
                .query(String.class)
                .list())
        .containsExactly("biller");

    ResponseEntity<Map> again = voidClaim("biller", claimId, "Clicked twice");
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat(again.getBody().toString()).contains("status").contains("already VOIDED");
    assertThat(unitsUsed(authorization)).isZero();

    batches.cut();
    assertThat(inABatch(claimId)).as("a claim no payer had is not sent").isFalse();
  }

  @Test
  void voidingAClaimWaitingForAnAuthorizationTakesItsTaskAway() {
    ClaimWorld.Insured insured = world.patientCoveredBy(world.summit());
    long claimId = submitSession(insured, world.lcsw(null));
    driver.awaitTask(claimId, OBTAIN_AUTHORIZATION);
    assertThat(status(claimId)).isEqualTo(ClaimStatus.AWAITING_AUTHORIZATION);

    assertThat(voidClaim("lead", claimId, "Patient withdrew").getStatusCode())
        .isEqualTo(HttpStatus.OK);

    assertThat(
            taskService
                .createTaskQuery()
                .processDefinitionKey(KEY)
                .processInstanceBusinessKey("" + claimId)
                .count())
        .isZero();
    assertThat(
            runtime
                .createProcessInstanceQuery()
                .processDefinitionKeyIn(KEY, DenialWorkProcess.KEY)
                .processInstanceBusinessKey("" + claimId)
                .list())
        .extracting(i -> i.getProcessDefinitionId() + "@" + runtime.getActiveActivityIds(i.getId()))
        .isEmpty();
    ResponseEntity<Map> view =
        DemoLogins.as(http, "biller").getForEntity(claimPath(claimId), Map.class);
    assertThat((List<?>) view.getBody().get("openTasks")).isEmpty();
    assertThat(view.getBody()).containsEntry("status", "VOIDED");
  }

  @Test
  void aClaimThePayerHasGoesOutAsAFrequency8VoidInTheNextBatch() {
    UnitHoldingClaims.Held sent = acceptedClaimHoldingAUnit();

    ResponseEntity<Map> voided = voidClaim("biller", sent.claimId(), "Billed the wrong patient");

    assertThat(voided.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(voided.getBody())
        .containsEntry("status", "VOIDED")
        .containsEntry("frequencyCode", "8")
        .containsEntry("sentToPayer", true);
    assertThat(unitsUsed(sent.authorization()))
        .as("one unit back, when the void is queued")
        .isOne();
    assertThat(
            runtime
                .createProcessInstanceQuery()
                .processDefinitionKeyIn(KEY, DenialWorkProcess.KEY)
                .processInstanceBusinessKey("" + sent.claimId())
                .list())
        .extracting(i -> i.getProcessDefinitionId() + "@" + runtime.getActiveActivityIds(i.getId()))
        .as("no lifecycle waits for the original's remittance")
        .isEmpty();

    batches.cut();

    Long batchId =
        jdbc.sql("select batch_id from batch_claim where claim_id = ?")
            .param(sent.claimId())
            .query(Long.class)
            .single();
    String x12 = batches.x12(batchId);
    assertThat(x12).contains("CLM*" + sent.claimId() + "*").contains(":B:8*");
    assertThat(x12).contains("REF*F8*PCN" + sent.claimId() + "~");
    Independent837P.assertValid(x12);
    assertThat(status(sent.claimId())).as("stays voided once sent").isEqualTo(ClaimStatus.VOIDED);
    assertThat(
            jdbc.sql("select void_to_send from claim where id = ?")
                .param(sent.claimId())
                .query(Boolean.class)
                .single())
        .isFalse();

    batches.cut();
    assertThat(
            jdbc.sql("select batch_id from batch_claim where claim_id = ?")
                .param(sent.claimId())
                .query(Long.class)
                .single())
        .as("the void goes out once")
        .isEqualTo(batchId);

    postInbound(
        X12.remittance(
            CONTROL.incrementAndGet(),
            "0.00",
            List.of(
                X12.clp(sent.claimId(), "4", "0.00", "0.00", sent.lineId(), "CAS*CO*197*130.00"))));
    assertThat(status(sent.claimId()))
        .as("a late 835 for the original is recorded, the claim stays voided")
        .isEqualTo(ClaimStatus.VOIDED);
    assertThat(
            runtime
                .createProcessInstanceQuery()
                .processDefinitionKeyIn(KEY, DenialWorkProcess.KEY)
                .processInstanceBusinessKey("" + sent.claimId())
                .count())
        .isZero();
    assertThat(unitsUsed(sent.authorization())).isOne();
  }

  @Test
  void aClaimThePayerPaidOnIsNotVoided() {
    UnitHoldingClaims.Held sent = acceptedClaimHoldingAUnit();
    postInbound(
        X12.remittance(
            CONTROL.incrementAndGet(),
            "104.00",
            List.of(
                X12.clp(sent.claimId(), "1", "104.00", "0.00", sent.lineId(), "CAS*CO*45*26.00"))));
    assertThat(status(sent.claimId())).isEqualTo(ClaimStatus.PAID);

    ResponseEntity<Map> refused = voidClaim("biller", sent.claimId(), "Wrong patient");

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat(refused.getBody().toString()).contains("paidAmount").contains("104.00");
    assertThat(status(sent.claimId())).isEqualTo(ClaimStatus.PAID);
    assertThat(unitsUsed(sent.authorization())).isEqualTo(2);
  }

  @Test
  void aSubmittedClaimWithoutThePayersNumberCannotBeVoidedAtThePayer() {
    UnitHoldingClaims.Held sent = submittedClaimHoldingAUnit(false);

    ResponseEntity<Map> refused = voidClaim("biller", sent.claimId(), "Wrong patient");

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat(refused.getBody().toString()).contains("payerClaimNumber");
    assertThat(status(sent.claimId())).isEqualTo(ClaimStatus.SUBMITTED);
    assertThat(unitsUsed(sent.authorization())).isEqualTo(2);
  }

  @Test
  void twoVoidsAtOnceReturnTheUnitOnce() throws Exception {
    ClaimWorld.Insured insured = world.patientCoveredBy(world.summit());
    Authorization authorization = world.authorize(insured, List.of("90837"), 10, null);
    long claimId = claimAwaitingItsBatch(insured, world.lcsw(null));
    // another visit holds two more units, so a unit returned twice would show
    jdbc.sql("update authorization_grant set units_used = 3 where id = ?")
        .param(authorization.getId())
        .update();

    CountDownLatch start = new CountDownLatch(1);
    List<CompletableFuture<HttpStatus>> voids =
        List.of("biller", "lead").stream()
            .map(
                user ->
                    CompletableFuture.supplyAsync(
                        () -> {
                          awaitQuietly(start);
                          return HttpStatus.valueOf(
                              voidClaim(user, claimId, "Duplicate").getStatusCode().value());
                        }))
            .toList();
    start.countDown();
    List<HttpStatus> answers = voids.stream().map(CompletableFuture::join).toList();

    assertThat(answers).containsExactlyInAnyOrder(HttpStatus.OK, HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat(unitsUsed(authorization)).isEqualTo(2);
    assertThat(
            jdbc.sql("select count(*) from claim_action where claim_id = ? and action = 'VOID'")
                .param(claimId)
                .query(Integer.class)
                .single())
        .isOne();
  }

  @Test
  void onlyBillersLeadsAndAdministratorsVoid() {
    ClaimWorld.Insured insured = world.patientCoveredBy(world.lakeshoreEap());
    long claimId = claimAwaitingItsBatch(insured, world.lcsw(null));

    for (String user : List.of("manager", "authorizer", "analyst", "clinician")) {
      assertThat(voidClaim(user, claimId, "Not mine to void").getStatusCode())
          .as(user)
          .isEqualTo(HttpStatus.FORBIDDEN);
    }
    assertThat(status(claimId)).isEqualTo(ClaimStatus.READY_TO_SUBMIT);

    ResponseEntity<Map> noReason =
        DemoLogins.as(http, "biller")
            .postForEntity(claimPath(claimId) + "/void", Map.of("reason", " "), Map.class);
    assertThat(noReason.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat(noReason.getBody().toString()).contains("reason");

    assertThat(voidClaim("admin", claimId, "Test claim").getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private ResponseEntity<Map> voidClaim(String user, long claimId, String reason) {
    return DemoLogins.as(http, user)
        .postForEntity(claimPath(claimId) + "/void", Map.of("reason", reason), Map.class);
  }

  private static String claimPath(long claimId) {
    return "/api/claims/" + claimId;
  }

  private long submitSession(ClaimWorld.Insured insured, Clinician clinician) {
    ResponseEntity<Map> response =
        DemoLogins.as(http, "biller")
            .postForEntity(
                "/api/sessions",
                Sessions.sixtyMinuteSessionBilledAs90837().by(insured, clinician.getId()),
                Map.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    return ((Number) response.getBody().get("claimId")).longValue();
  }

  private long claimAwaitingItsBatch(ClaimWorld.Insured insured, Clinician clinician) {
    long claimId = submitSession(insured, clinician);
    driver.awaitReadyForItsBatch(claimId);
    return claimId;
  }

  private UnitHoldingClaims.Held acceptedClaimHoldingAUnit() {
    return holding.submitted(true);
  }

  private UnitHoldingClaims.Held submittedClaimHoldingAUnit(boolean accepted) {
    return holding.submitted(accepted);
  }

  private void awaitWaitingAt(long claimId, String activityId) {
    holding.awaitWaitingAt(claimId, activityId);
  }

  private void postInbound(String x12) {
    holding.postInbound(x12);
  }

  private boolean inABatch(long claimId) {
    return jdbc.sql("select count(*) from batch_claim where claim_id = ?")
            .param(claimId)
            .query(Integer.class)
            .single()
        > 0;
  }

  private ClaimStatus status(long claimId) {
    return claims.findById(claimId).orElseThrow().getStatus();
  }

  private int unitsUsed(Authorization authorization) {
    return jdbc.sql("select units_used from authorization_grant where id = ?")
        .param(authorization.getId())
        .query(Integer.class)
        .single();
  }
}
