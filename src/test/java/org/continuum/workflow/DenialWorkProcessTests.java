package org.continuum.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;
import static org.continuum.workflow.DenialWorkProcess.*;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.continuum.authorization.AuthorizationLedger;
import org.continuum.claim.AuthorizedUnitReturns;
import org.continuum.claim.Claim;
import org.continuum.claim.ClaimActions;
import org.continuum.claim.ClaimLifecycle;
import org.continuum.claim.ClaimRepository;
import org.continuum.claim.ClaimStatus;
import org.continuum.remittance.ClaimDenied;
import org.continuum.submission.ClaimBatches;
import org.continuum.support.AcceptedClaims;
import org.continuum.support.ClaimWorld;
import org.continuum.support.DemoLogins;
import org.continuum.support.IntegrationTest;
import org.continuum.support.Sessions;
import org.continuum.web.UnprocessableException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.IdentityService;
import org.operaton.bpm.engine.ManagementService;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.TaskService;
import org.operaton.bpm.engine.task.IdentityLink;
import org.operaton.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * bpmn/denial-work.bpmn: started by ClaimDenied, routed by the decision, each action path and each
 * refusal the billing rules demand, and the manager's approval of a large write-off.
 */
@IntegrationTest
class DenialWorkProcessTests {

  @Autowired TestRestTemplate http;
  @Autowired RuntimeService runtime;
  @Autowired TaskService taskService;
  @Autowired IdentityService identity;
  @Autowired ManagementService management;
  @Autowired ClaimRepository claims;
  @Autowired ClaimLifecycle lifecycle;
  @Autowired ClaimActions actions;
  @Autowired ClaimWorld.Repositories repositories;
  @Autowired ApplicationEventPublisher events;
  @Autowired TransactionTemplate transactions;
  @Autowired ClaimBatches batches;
  @Autowired JdbcClient jdbc;
  @Autowired AuthorizedUnitReturns units;
  @Autowired AuthorizationLedger ledger;

  /** The demo users' groups: the engine lets a candidate group work its tasks. */
  private static final Map<String, String> GROUPS =
      Map.of("biller", "billers", "lead", "billing-leads", "manager", "managers");

  ClaimWorld world;

  @BeforeEach
  void setUp() {
    world = new ClaimWorld(repositories);
  }

  @AfterEach
  void signOut() {
    identity.clearAuthentication();
  }

  @Test
  void sendsAnIncompleteClaimBackAsACorrectedClaimForTheNextBatch() {
    long claimId = deniedClaim("CO", "16", "130.00", "M51");
    Task task = workDenial(claimId);
    assertThat(queueOf(task)).isEqualTo("billers");
    assertThat(taskService.getVariable(task.getId(), CATEGORY)).isEqualTo("DOCUMENTATION");
    assertThat(taskService.getVariable(task.getId(), RECOMMENDED_ACTION))
        .isEqualTo("CORRECTED_CLAIM");

    as("biller").complete(task, "CORRECTED_CLAIM", "Added the missing procedure code");

    Claim claim = claims.findById(claimId).orElseThrow();
    assertThat(claim.getStatus()).isEqualTo(ClaimStatus.READY_TO_SUBMIT);
    assertThat(claim.getFrequencyCode()).isEqualTo("7");
    assertThat(actions.of(claimId))
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.action()).isEqualTo("CORRECTED_CLAIM");
              assertThat(a.actor()).isEqualTo("biller");
            });
    assertThat(denialWorkOf(claimId)).isZero();
    identity.clearAuthentication(); // the engine shows a biller only the tasks of the queues
    assertThat(lifecycleWaitingAt(claimId, ClaimLifecycleProcess.ACKNOWLEDGMENT)).isOne();

    batches.cut();
    assertThat(claims.findById(claimId).orElseThrow().getStatus()).isEqualTo(ClaimStatus.SUBMITTED);
    assertThat(lifecycleWaitingAt(claimId, ClaimLifecycleProcess.ACKNOWLEDGMENT)).isOne();
    long batchId =
        jdbc.sql("select batch_id from batch_claim where claim_id = ?")
            .param(claimId)
            .query(Long.class)
            .single();
    String x12 =
        DemoLogins.as(http, "manager")
            .getForObject("/api/edi/outbound/batches/" + batchId, String.class);
    assertThat(x12).contains(":B:7*").contains("REF*F8*PCN" + claimId + "~");
  }

  @Test
  void aCorrectedClaimWhoseUnitWasTakenMeanwhileWaitsForTheAuthorizationsTeam() {
    ClaimWorld.Insured insured = world.patientCoveredBy(world.summit());
    long clinicianId = world.lcsw(null).getId();
    world.authorize(insured, List.of("90837"), 1, null);
    long claimId =
        deniedClaim(
            Sessions.sixtyMinuteSessionBilledAs90837().by(insured, clinicianId),
            "CO",
            "16",
            "180.00",
            "M51");
    assertThat(units.returnUnits(claimId, null)).as("the denial gave the unit back").isOne();
    assertThat(
            ledger
                .spend(
                    new AuthorizationLedger.UnitRequest(
                        insured.patientId(),
                        insured.payerId(),
                        "90837",
                        Sessions.DATE_OF_SERVICE,
                        clinicianId,
                        1))
                .covered())
        .as("another visit took it")
        .isTrue();

    as("biller").complete(workDenial(claimId), "CORRECTED_CLAIM", "Added the missing code");
    identity.clearAuthentication();

    ClaimProcessDriver driver = new ClaimProcessDriver(runtime, taskService, management, claims);
    Task obtain =
        driver.awaitTask(claimId, ClaimLifecycleProcess.OBTAIN_AUTHORIZATION_FOR_RESUBMISSION);
    assertThat(queueOf(obtain)).isEqualTo("authorizations");
    Claim waiting = claims.findById(claimId).orElseThrow();
    assertThat(waiting.getStatus()).isEqualTo(ClaimStatus.AWAITING_AUTHORIZATION);
    assertThat(waiting.getFrequencyCode()).isEqualTo("7");
    assertThat(
            runtime.createIncidentQuery().processInstanceId(obtain.getProcessInstanceId()).count())
        .isZero();

    world.authorize(insured, List.of("90837"), 4, null);
    driver.complete(obtain, Map.of());
    driver.runJobsAt(claimId, ClaimLifecycleProcess.OBTAIN_AUTHORIZATION_FOR_RESUBMISSION);
    driver.runJobsAt(claimId, ClaimLifecycleProcess.RESUBMIT_CLAIM);
    driver.awaitReadyForItsBatch(claimId);
    assertThat(claims.findById(claimId).orElseThrow().getStatus())
        .isEqualTo(ClaimStatus.READY_TO_SUBMIT);

    batches.cut();
    long batchId =
        jdbc.sql("select batch_id from batch_claim where claim_id = ?")
            .param(claimId)
            .query(Long.class)
            .single();
    assertThat(batches.x12(batchId)).contains(":B:7*").contains("REF*F8*PCN" + claimId + "~");
  }

  @Test
  void showsTheActionsTakenInTheClaimView() {
    long claimId = deniedClaim("PR", "2", "26.00", "");
    as("biller").complete(workDenial(claimId), "BILL_PATIENT", null);

    ResponseEntity<Map> view =
        DemoLogins.as(http, "biller").getForEntity("/api/claims/" + claimId, Map.class);

    assertThat(view.getStatusCode()).isEqualTo(HttpStatus.OK);
    List<Map<String, Object>> taken = (List<Map<String, Object>>) view.getBody().get("actions");
    assertThat(taken)
        .singleElement()
        .satisfies(a -> assertThat(a).containsEntry("actor", "biller"));
  }

  @Test
  void billsThePatientOnlyForAPatientResponsibilityAmount() {
    long claimId = deniedClaim("PR", "2", "26.00", "");
    as("biller").complete(workDenial(claimId), "BILL_PATIENT", null);

    Claim claim = claims.findById(claimId).orElseThrow();
    assertThat(claim.getStatus()).isEqualTo(ClaimStatus.PATIENT_BALANCE);
    assertThat(claim.getPatientBalance()).isEqualByComparingTo("26.00");
  }

  @Test
  void neverBillsAContractualAmountToThePatient() {
    long claimId = deniedClaim("CO", "45", "36.40", "");
    Task task = workDenial(claimId);

    assertThat(refusal(() -> as("biller").complete(task, "BILL_PATIENT", null)))
        .contains("Only a patient-responsibility (PR) amount");
    assertThat(claims.findById(claimId).orElseThrow().getStatus()).isEqualTo(ClaimStatus.DENIED);
    assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isOne();
    assertThat(actions.of(claimId)).isEmpty();
  }

  @Test
  void refusesToAppealADenialWithoutAppealRights() {
    long claimId = deniedClaim("CO", "16", "130.00", "MA130");

    assertThat(refusal(() -> as("biller").complete(workDenial(claimId), "APPEAL", null)))
        .contains("no appeal rights");
  }

  @Test
  void refusesATimelyFilingAppealWithoutProofAndAcceptsItWithProof() {
    long claimId = deniedClaim("CO", "29", "130.00", "");
    Task task = workDenial(claimId);
    assertThat(queueOf(task)).isEqualTo("billing-leads");

    assertThat(refusal(() -> as("lead").complete(task, "APPEAL", null)))
        .contains("only with proof");

    Map<String, Object> withProof = choice("APPEAL", "999 accepted within the limit");
    withProof.put(PROOF_OF_TIMELY_FILING, true);
    taskService.complete(task.getId(), withProof);
    assertThat(actions.of(claimId))
        .extracting(ClaimActions.Taken::action)
        .containsExactly("APPEAL");
  }

  @Test
  void appealsAMedicalNecessityDenialFromTheLeadsQueue() {
    long claimId = deniedClaim("CO", "50", "130.00", "");
    Task task = workDenial(claimId);
    assertThat(queueOf(task)).isEqualTo("billing-leads");

    as("lead").complete(task, "APPEAL", "Treatment plan supports weekly sessions");

    assertThat(actions.of(claimId)).extracting(ClaimActions.Taken::actor).containsExactly("lead");
  }

  @Test
  void routesAMissingAuthorizationToTheAuthorizationQueue() {
    assertThat(queueOf(workDenial(deniedClaim("CO", "197", "130.00", "N54"))))
        .isEqualTo("authorizations");
  }

  @Test
  void writesOffASmallAmountWithAReasonAndNoApproval() {
    long claimId = deniedClaim("CO", "29", "80.00", "");
    Task task = workDenial(claimId);

    assertThat(refusal(() -> as("lead").complete(task, "WRITE_OFF", " "))).contains("reason");
    as("lead").complete(task, "WRITE_OFF", "Filed late, no proof");

    assertThat(claims.findById(claimId).orElseThrow().getStatus())
        .isEqualTo(ClaimStatus.WRITTEN_OFF);
    assertThat(denialWorkOf(claimId)).isZero();
  }

  @Test
  void asksAManagerToApproveAWriteOffAboveTheLimit() {
    long claimId = deniedClaim("CO", "29", "130.00", "");
    as("lead").complete(workDenial(claimId), "WRITE_OFF", "Filed late, no proof");

    Task approval = task(claimId, APPROVE_WRITE_OFF);
    assertThat(queueOf(approval)).isEqualTo("managers");
    assertThat(claims.findById(claimId).orElseThrow().getStatus()).isEqualTo(ClaimStatus.DENIED);

    identity.setAuthentication("manager", List.of("managers"));
    taskService.complete(approval.getId(), Map.of(WRITE_OFF_APPROVED, true));

    assertThat(claims.findById(claimId).orElseThrow().getStatus())
        .isEqualTo(ClaimStatus.WRITTEN_OFF);
    assertThat(actions.of(claimId))
        .extracting(a -> a.action() + " by " + a.actor())
        .containsExactly("WRITE_OFF_APPROVED by manager", "WRITE_OFF by manager");
  }

  @Test
  void sendsARefusedWriteOffBackToTheBiller() {
    long claimId = deniedClaim("CO", "29", "130.00", "");
    as("lead").complete(workDenial(claimId), "WRITE_OFF", "Filed late, no proof");

    identity.setAuthentication("manager", List.of("managers"));
    taskService.complete(
        task(claimId, APPROVE_WRITE_OFF).getId(),
        Map.of(WRITE_OFF_APPROVED, false, APPROVAL_NOTE, "Find the 999 first"));

    assertThat(task(claimId, WORK_DENIAL)).isNotNull();
    assertThat(claims.findById(claimId).orElseThrow().getStatus()).isEqualTo(ClaimStatus.DENIED);
    assertThat(actions.of(claimId))
        .extracting(ClaimActions.Taken::action)
        .containsExactly("WRITE_OFF_REFUSED");
  }

  @Test
  void worksALineDeniedOnAClaimWhoseOtherLineWasPaid() {
    ClaimWorld.Insured insured = world.patientCoveredBy(world.medicaid());
    long claimId =
        AcceptedClaims.insert(
                jdbc, insured, world.lcsw(null).getId(), 1, "90834::130.00", "90785::15.00")
            .get(0);
    LocalDate paidOn = LocalDate.now().minusDays(3);

    postRemittance(
        paidOn,
        "CLP*%d*1*145.00*104.00*0*12*PCN%d*11*1".formatted(claimId, claimId),
        "SVC*HC:90834*130.00*104.00**1",
        "DTM*472*20260316",
        "CAS*CO*45*26.00",
        "REF*6R*" + lineOf(claimId, 1),
        "SVC*HC:90785*15.00*0.00**1",
        "DTM*472*20260316",
        "CAS*CO*197*15.00",
        "REF*6R*" + lineOf(claimId, 2),
        "LQ*HE*N54");

    assertThat(claims.findById(claimId).orElseThrow().getStatus()).isNotEqualTo(ClaimStatus.DENIED);
    Task task = workDenial(claimId);
    assertThat(queueOf(task)).isEqualTo("authorizations");
    Map<String, Object> shown = taskService.getVariables(task.getId());
    assertThat(shown.get(DENIED_LINE)).isEqualTo("line 2: 90785, charge 15.00");
    assertThat(((Number) shown.get(CLAIM_LINE_ID)).longValue()).isEqualTo(lineOf(claimId, 2));
    assertThat(shown)
        .containsEntry(GROUP_CODE, "CO")
        .containsEntry(REASON_CODE, "197")
        .containsEntry(REMARK_CODES, "N54")
        .containsEntry(AMOUNT, "15.00")
        .containsEntry(AppealProcess.DENIED_ON, paidOn.toString());

    // the same line denied again in the payer's next 835 is the same denial: no second instance
    postRemittance(
        paidOn,
        "CLP*%d*1*15.00*0.00*0*12*PCN%d*11*1".formatted(claimId, claimId),
        "SVC*HC:90785*15.00*0.00**1",
        "DTM*472*20260316",
        "CAS*CO*197*15.00",
        "REF*6R*" + lineOf(claimId, 2));
    assertThat(denialWorkOf(claimId)).isOne();
  }

  // ---- helpers ----

  /** A claim the payer denied with these codes, and the event the remittance module publishes. */
  private long deniedClaim(String group, String carc, String amount, String remarks) {
    return deniedClaim(
        Sessions.fortyFiveMinuteOfficeSession()
            .by(world.patientCoveredBy(world.medicaid()), world.lcsw(null).getId()),
        group,
        carc,
        amount,
        remarks);
  }

  private long deniedClaim(
      Object session, String group, String carc, String amount, String remarks) {
    ResponseEntity<Map> response =
        DemoLogins.as(http, "biller").postForEntity("/api/sessions", session, Map.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    long claimId = ((Number) response.getBody().get("claimId")).longValue();
    ClaimProcessDriver driver = new ClaimProcessDriver(runtime, taskService, management, claims);
    driver.awaitReadyForItsBatch(claimId);
    driver.endLifecycle(claimId, "denial test starts at the denial");
    transactions.executeWithoutResult(
        s -> {
          lifecycle.recordRemittanceOutcome(claimId, ClaimStatus.DENIED, null, "PCN" + claimId);
          events.publishEvent(
              new ClaimDenied(
                  claimId,
                  group,
                  carc,
                  remarks.isEmpty() ? List.of() : List.of(remarks.split(",")),
                  new BigDecimal(amount)));
        });
    return claimId;
  }

  /** Posts an 835 paying on {@code paidOn} (BPR16) with these claim loops, as a payer would. */
  private void postRemittance(LocalDate paidOn, String... claimSegments) {
    PaidOnRemittance.post(http, "D", paidOn, claimSegments);
  }

  private long lineOf(long claimId, int number) {
    return jdbc.sql("select id from claim_line where claim_id = ? and line_number = ?")
        .params(claimId, number)
        .query(Long.class)
        .single();
  }

  private Task workDenial(long claimId) {
    return task(claimId, WORK_DENIAL);
  }

  private Task task(long claimId, String key) {
    return await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                taskService
                    .createTaskQuery()
                    .processDefinitionKey(KEY)
                    .processInstanceBusinessKey(String.valueOf(claimId))
                    .taskDefinitionKey(key)
                    .singleResult(),
            t -> t != null);
  }

  private long lifecycleWaitingAt(long claimId, String activityId) {
    return runtime
        .createExecutionQuery()
        .processDefinitionKey(ClaimLifecycleProcess.KEY)
        .processInstanceBusinessKey(String.valueOf(claimId))
        .activityId(activityId)
        .count();
  }

  private long denialWorkOf(long claimId) {
    return runtime
        .createProcessInstanceQuery()
        .processDefinitionKey(KEY)
        .processInstanceBusinessKey(String.valueOf(claimId))
        .count();
  }

  private String queueOf(Task task) {
    return taskService.getIdentityLinksForTask(task.getId()).stream()
        .map(IdentityLink::getGroupId)
        .filter(g -> g != null)
        .findFirst()
        .orElseThrow();
  }

  private Worker as(String userId) {
    identity.setAuthentication(userId, List.of(GROUPS.get(userId)));
    return new Worker();
  }

  private final class Worker {
    void complete(Task task, String action, String note) {
      taskService.complete(task.getId(), choice(action, note));
    }
  }

  private static Map<String, Object> choice(String action, String note) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(ACTION, action);
    variables.put(NOTE, note);
    return variables;
  }

  private static String refusal(Runnable attempt) {
    Throwable thrown = catchThrowable(attempt::run);
    Throwable cause = thrown;
    while (cause != null && !(cause instanceof UnprocessableException)) {
      cause = cause.getCause();
    }
    assertThat(cause).as(String.valueOf(thrown)).isInstanceOf(UnprocessableException.class);
    return ((UnprocessableException) cause).errors().get(0).message();
  }
}
