package org.continuum.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.continuum.workflow.ClaimLifecycleProcess.*;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.continuum.authorization.AuthorizationRepository;
import org.continuum.claim.Claim;
import org.continuum.claim.ClaimLine;
import org.continuum.claim.ClaimRepository;
import org.continuum.claim.ClaimStatus;
import org.continuum.payer.Payer;
import org.continuum.practice.Clinician;
import org.continuum.support.ClaimWorld;
import org.continuum.support.DemoLogins;
import org.continuum.support.IntegrationTest;
import org.continuum.support.Sessions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.HistoryService;
import org.operaton.bpm.engine.ManagementService;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.TaskService;
import org.operaton.bpm.engine.history.HistoricActivityInstance;
import org.operaton.bpm.engine.task.IdentityLink;
import org.operaton.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;

/** Every path of bpmn/claim-lifecycle.bpmn, from a posted session to "waiting for the batch". */
@IntegrationTest
class ClaimLifecycleProcessTests {

  @Autowired TestRestTemplate http;
  @Autowired RuntimeService runtime;
  @Autowired TaskService taskService;
  @Autowired ManagementService management;
  @Autowired HistoryService history;
  @Autowired ClaimRepository claims;
  @Autowired org.continuum.claim.ClaimLifecycle lifecycle;
  @Autowired AuthorizationRepository authorizations;
  @Autowired ClaimWorld.Repositories repositories;
  @Autowired TransactionTemplate transactions;
  @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

  ClaimWorld world;
  ClaimProcessDriver driver;

  @BeforeEach
  void setUp() {
    world = new ClaimWorld(repositories);
    driver = new ClaimProcessDriver(runtime, taskService, management, claims);
  }

  @Test
  void cleanClaimReachesReadyToSubmitAndWaitsForItsAcknowledgment() {
    Payer medicaid = world.medicaid();
    long claimId =
        post(
            Sessions.fortyFiveMinuteOfficeSession(),
            world.patientCoveredBy(medicaid),
            world.lcsw(null));

    driver.awaitReadyForItsBatch(claimId);

    assertThat(status(claimId)).isEqualTo(ClaimStatus.READY_TO_SUBMIT);
    List<ClaimLine> lines = lines(claimId);
    assertThat(lines).extracting(ClaimLine::getProcedureCode).containsExactly("90834");
    assertThat(lines.get(0).getModifiers()).containsExactly("AJ");
    assertThat(lines.get(0).getCharge()).isEqualByComparingTo("130.00");
    assertThat(lines.get(0).getDiagnosisPointers()).containsExactly(1);
    assertThat(placeOfService(claimId)).isEqualTo("11");
    // the decision inputs lived only in the transaction that used them; so did what a person's
    // form would show, as no person's task came
    String instanceId = driver.instanceOf(claimId).getId();
    assertThat(runtime.getVariables(instanceId))
        .containsKeys(CLAIM_ID)
        .doesNotContainKeys(
            PAYER_CODE,
            PROCEDURE_CODE,
            MINUTES,
            PLACE_OF_SERVICE,
            CLINICIAN_USER_ID,
            PAYER_FAMILY,
            MINIMUM_MINUTES_FOR_90837,
            MODALITY,
            AUDIO_ONLY_COVERED,
            MODIFIERS,
            VISIT_CAP_PER_YEAR,
            VISITS_THIS_YEAR,
            DOCUMENTATION_DEFECT_COUNT,
            PAYER_EDIT_FAILURE_COUNT,
            ANSWER_DUE_AT,
            // the decisions' results, and what only a person's task would read
            SUPPORTED_CODE,
            MINUTES_REQUIRED,
            PAYER_EDITS_FOUND,
            DOCUMENTATION_DEFECTS,
            AUTHORIZATION_MISSING,
            AUTHORIZATION_DEFECTS,
            PAYER_EDIT_FAILURES);
    // every step a clean claim passes is one the claim needs: a loop goes straight back into the
    // step it repeats, through no gateway that only joins (each activity costs the engine rows and
    // work on every claim)
    assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(instanceId).list())
        .extracting(HistoricActivityInstance::getActivityId)
        .containsExactlyInAnyOrder(
            "startEvent_sessionRecorded",
            "serviceTask_loadDocumentationFacts",
            "businessRuleTask_determineSupportedCode",
            "serviceTask_reviewDocumentation",
            "gateway_documentationComplete",
            "serviceTask_applyCoding",
            "serviceTask_checkAuthorization",
            "gateway_authorizationFound",
            "serviceTask_loadPayerEditFacts",
            "businessRuleTask_scrubPayerEdits",
            "serviceTask_recordPayerEdits",
            "gateway_payerEditsPassed",
            "serviceTask_markReadyToSubmit",
            ACKNOWLEDGMENT);
  }

  @Test
  void codingAgainKeepsLinesThatAreAlreadyRight() {
    long claimId = cleanClaimWaitingForItsBatch();
    List<Long> before = lines(claimId).stream().map(ClaimLine::getId).toList();

    lifecycle.applyCoding(claimId);

    assertThat(lines(claimId)).extracting(ClaimLine::getId).isEqualTo(before);
    assertThat(totalCharge(claimId)).isEqualByComparingTo("130.00");
  }

  @Test
  void anInstanceThatStoredTheDecisionInputsScrubsAgainWithoutError() {
    long claimId = cleanClaimWaitingForItsBatch();

    // an instance of an earlier model version kept these as stored variables
    String older =
        runtime
            .createProcessInstanceByKey(KEY)
            .businessKey("older-" + claimId)
            .setVariable(CLAIM_ID, claimId)
            .setVariable(PAYER_FAMILY, "STALE")
            .setVariable(VISITS_THIS_YEAR, 99L)
            .setVariable(PAYER_EDIT_FAILURE_COUNT, 0)
            .setVariable(PAYER_EDIT_FAILURES, "POS_MISMATCH\tan answer of long ago")
            .startBeforeActivity("serviceTask_loadPayerEditFacts")
            .execute()
            .getId();
    try {
      assertThat(runtime.getActiveActivityIds(older)).contains(ACKNOWLEDGMENT);
      // still stored there, and brought up to date
      assertThat(runtime.getVariables(older))
          .containsEntry(PAYER_FAMILY, "MEDICAID")
          // counted only for a payer that caps visits
          .containsEntry(VISITS_THIS_YEAR, null)
          .containsEntry(PAYER_EDIT_FAILURE_COUNT, 0)
          .containsEntry(PAYER_EDIT_FAILURES, "");
    } finally {
      runtime.deleteProcessInstance(older, "test");
    }
  }

  @Test
  void codesAVideoSessionFromHomeWithThePayersTelehealthPlaceAndModifiers() {
    long claimId =
        post(
            Sessions.fortyEightMinuteVideoSessionFromHome(),
            world.patientCoveredBy(world.medicaid()),
            world.lcsw(null));

    driver.awaitReadyForItsBatch(claimId);

    assertThat(placeOfService(claimId)).isEqualTo("10");
    assertThat(lines(claimId).get(0).getModifiers()).containsExactly("95", "AJ");
  }

  @Test
  void billsTheExtraHalfHoursOfALongCrisisSession() {
    long claimId =
        post(
            Sessions.ninetyMinuteCrisisSession(),
            world.patientCoveredBy(world.medicaid()),
            world.psychiatrist(null));

    driver.awaitReadyForItsBatch(claimId);

    List<ClaimLine> lines = lines(claimId);
    assertThat(lines).extracting(ClaimLine::getProcedureCode).containsExactly("90839", "90840");
    assertThat(lines).extracting(ClaimLine::getUnits).containsExactly(1, 1);
    assertThat(totalCharge(claimId)).isEqualByComparingTo("320.00");
  }

  @Test
  void asksTheRenderingClinicianWhenTheMinutesDoNotSupportTheCode() {
    Clinician clinician = world.lcsw("clin-" + System.nanoTime());
    Payer summit = world.summit();
    long claimId =
        post(
            Sessions.fiftyTwoMinuteSessionBilledAs90837(),
            world.patientCoveredBy(summit),
            clinician);

    Task query = driver.awaitTask(claimId, ANSWER_DOCUMENTATION_QUERY);

    assertThat(query.getAssignee()).isEqualTo(clinician.getUserId());
    assertThat(status(claimId)).isEqualTo(ClaimStatus.DOCUMENTATION_QUERY);
    assertThat((String) taskService.getVariable(query.getId(), DOCUMENTATION_DEFECTS))
        .contains(
            "52 minutes documented; 90837 needs 53. Bill 90834, or correct the time if the note is wrong.");
    // what the form shows, stored when the task started, though the steps before kept them for
    // their own transaction only
    assertThat(taskService.getVariables(query.getId()))
        .containsEntry(PROCEDURE_CODE, "90837")
        .containsEntry(MINUTES, 52)
        .containsEntry(PAYER_CODE, summit.getCode())
        .containsEntry(CLINICIAN_USER_ID, clinician.getUserId())
        .doesNotContainKeys("patientName", "diagnosisCodes");
  }

  @Test
  void claimMovesOnOnceTheClinicianCorrectsTheCode() {
    Clinician clinician = world.lcsw("clin-" + System.nanoTime());
    long claimId =
        post(
            Sessions.fiftyTwoMinuteSessionBilledAs90837(),
            world.patientCoveredBy(world.summit()),
            clinician);
    Task query = driver.awaitTask(claimId, ANSWER_DOCUMENTATION_QUERY);

    driver.complete(
        query,
        Map.of(CORRECTED_PROCEDURE_CODE, "90834", ANSWER, "Bill 90834; the session ran 52."));

    driver.awaitReadyForItsBatch(claimId);
    assertThat(status(claimId)).isEqualTo(ClaimStatus.READY_TO_SUBMIT);
    assertThat(lines(claimId)).extracting(ClaimLine::getProcedureCode).containsExactly("90834");
    // the query's defect was raised in an earlier transaction and is resolved by the clean review
    assertThat(openDefects(claimId)).isZero();
  }

  @Test
  void claimMovesOnOnceTheClinicianSignsTheNote() {
    Clinician clinician = world.lcsw("clin-" + System.nanoTime());
    long claimId =
        post(
            Sessions.fortyFiveMinuteOfficeSession().unsigned(),
            world.patientCoveredBy(world.medicaid()),
            clinician);
    Task query = driver.awaitTask(claimId, ANSWER_DOCUMENTATION_QUERY);
    assertThat((String) taskService.getVariable(query.getId(), DOCUMENTATION_DEFECTS))
        .contains("not signed");

    driver.complete(query, Map.of(NOTE_SIGNED, true));

    driver.awaitReadyForItsBatch(claimId);
  }

  @Test
  void asksAgainWhenTheAnswerDoesNotFixTheNote() {
    Clinician clinician = world.lcsw("clin-" + System.nanoTime());
    long claimId =
        post(
            Sessions.fortyFiveMinuteOfficeSession().withoutTime(),
            world.patientCoveredBy(world.medicaid()),
            clinician);
    Task first = driver.awaitTask(claimId, ANSWER_DOCUMENTATION_QUERY);

    driver.complete(first, Map.of(ANSWER, "I will look into it"));

    Task second =
        org.awaitility.Awaitility.await()
            .atMost(Duration.ofSeconds(30))
            .until(
                () -> {
                  driver.runJobsAt(claimId, RECORD_DOCUMENTATION_ANSWER);
                  return driver.awaitTask(claimId, ANSWER_DOCUMENTATION_QUERY);
                },
                t -> !t.getId().equals(first.getId()));
    assertThat((String) taskService.getVariable(second.getId(), DOCUMENTATION_DEFECTS))
        .contains("No session time is documented");

    driver.complete(second, Map.of(CORRECTED_MINUTES, 45L));
    driver.awaitReadyForItsBatch(claimId);
  }

  @Test
  void escalatesAnUnansweredQueryToBillingLeadsAfterThreeBusinessDays() {
    Clinician clinician = world.lcsw("clin-" + System.nanoTime());
    long claimId =
        post(
            Sessions.fortyFiveMinuteOfficeSession().withoutDiagnosis(),
            world.patientCoveredBy(world.medicaid()),
            clinician);
    Task query = driver.awaitTask(claimId, ANSWER_DOCUMENTATION_QUERY);
    Date due = (Date) taskService.getVariable(query.getId(), ANSWER_DUE_AT);
    assertThat(Duration.between(query.getCreateTime().toInstant(), due.toInstant()))
        .isBetween(Duration.ofDays(3).minusMinutes(1), Duration.ofDays(5));

    try {
      driver.moveClockTo(new Date(due.getTime() + 60_000));
      driver.runJobsAt(claimId, ANSWER_OVERDUE);

      Task chase = driver.awaitTask(claimId, CHASE_DOCUMENTATION_QUERY);
      assertThat(candidateGroups(chase)).containsExactly("billing-leads");
      assertThat(taskService.createTaskQuery().taskId(query.getId()).count())
          .as("the clinician keeps the query")
          .isOne();
    } finally {
      driver.resetClock();
    }
  }

  @Test
  void waitsForAnAuthorizationAndMovesOnOnceOneIsRecorded() {
    Clinician clinician = world.lcsw("clin-" + System.nanoTime());
    Payer summit = world.summit();
    ClaimWorld.Insured insured = world.patientCoveredBy(summit);
    long claimId = post(Sessions.sixtyMinuteSessionBilledAs90837(), insured, clinician);

    Task obtain = driver.awaitTask(claimId, OBTAIN_AUTHORIZATION);
    assertThat(candidateGroups(obtain)).containsExactly("authorizations");
    assertThat(status(claimId)).isEqualTo(ClaimStatus.AWAITING_AUTHORIZATION);
    assertThat((String) taskService.getVariable(obtain.getId(), AUTHORIZATION_DEFECTS))
        .contains("requires prior authorization for 90837")
        .contains("No authorization on file for 90837");
    assertThat(taskService.getVariable(obtain.getId(), PAYER_CODE)).isEqualTo(summit.getCode());

    var authorization = world.authorize(insured, List.of("90837"), 12, clinician.getId());
    driver.complete(obtain, Map.of());

    driver.awaitReadyForItsBatch(claimId);
    assertThat(lines(claimId).get(0).getAuthorizationId()).isEqualTo(authorization.getId());
    assertThat(authorizations.findById(authorization.getId()).orElseThrow().getUnitsUsed()).isOne();
  }

  @Test
  void doesNotSpendAnAuthorizationOfAnotherClinician() {
    Clinician clinician = world.lcsw("clin-" + System.nanoTime());
    Clinician colleague = world.lcsw(null);
    ClaimWorld.Insured insured = world.patientCoveredBy(world.summit());
    world.authorize(insured, List.of("90837"), 12, colleague.getId());

    long claimId = post(Sessions.sixtyMinuteSessionBilledAs90837(), insured, clinician);

    Task obtain = driver.awaitTask(claimId, OBTAIN_AUTHORIZATION);
    assertThat((String) taskService.getVariable(obtain.getId(), AUTHORIZATION_DEFECTS))
        .contains("names another rendering clinician");
  }

  @Test
  void sendsAFailedPayerEditToBillersAndRescrubsTheFix() {
    Payer medicaid = world.medicaid();
    long claimId =
        post(
            Sessions.inPersonSessionAtAFacility(),
            world.patientCoveredBy(medicaid),
            world.lcsw(null));

    Task fix = driver.awaitTask(claimId, FIX_CLAIM_EDITS);
    assertThat(candidateGroups(fix)).containsExactly("billers");
    assertThat(status(claimId)).isEqualTo(ClaimStatus.EDIT_FAILED);
    assertThat((String) taskService.getVariable(fix.getId(), PAYER_EDIT_FAILURES))
        .contains("No place of service");
    assertThat(taskService.getVariables(fix.getId()))
        .containsEntry(PAYER_CODE, medicaid.getCode())
        .containsEntry(PLACE_OF_SERVICE, "");

    driver.complete(fix, Map.of(CORRECTED_PLACE_OF_SERVICE, "99"));

    driver.awaitReadyForItsBatch(claimId);
    assertThat(placeOfService(claimId)).isEqualTo("99");
    assertThat(status(claimId)).isEqualTo(ClaimStatus.READY_TO_SUBMIT);
  }

  @Test
  void refusesAudioOnlyWhereThePayerDoesNotPayIt() {
    long claimId =
        post(
            Sessions.audioOnlySessionFromHome(),
            world.patientCoveredBy(world.lakeshoreEap()),
            world.lcsw(null));

    Task fix = driver.awaitTask(claimId, FIX_CLAIM_EDITS);

    assertThat((String) taskService.getVariable(fix.getId(), PAYER_EDIT_FAILURES))
        .contains("does not pay audio-only sessions");
  }

  @Test
  void stopsTheSeventhEapVisitOfTheYear() {
    Payer eap = world.lakeshoreEap();
    ClaimWorld.Insured insured = world.patientCoveredBy(eap);
    Clinician clinician = world.lcsw(null);
    for (int visit = 1; visit <= 6; visit++) {
      long earlier =
          post(
              Sessions.fortyFiveMinuteOfficeSession().on(LocalDate.of(2026, 1, 5).plusWeeks(visit)),
              insured,
              clinician);
      driver.awaitReadyForItsBatch(earlier);
    }

    long seventh = post(Sessions.fortyFiveMinuteOfficeSession(), insured, clinician);

    Task fix = driver.awaitTask(seventh, FIX_CLAIM_EDITS);
    assertThat((String) taskService.getVariable(fix.getId(), PAYER_EDIT_FAILURES))
        .contains("pays 6 visits a calendar year; 6 are already billed, so this would be visit 7");
  }

  /** A clean 45-minute office session of a Medicaid patient, its claim waiting for a batch. */
  private long cleanClaimWaitingForItsBatch() {
    long claimId =
        post(
            Sessions.fortyFiveMinuteOfficeSession(),
            world.patientCoveredBy(world.medicaid()),
            world.lcsw(null));
    driver.awaitReadyForItsBatch(claimId);
    return claimId;
  }

  private long post(Sessions session, ClaimWorld.Insured insured, Clinician clinician) {
    ResponseEntity<Map> response =
        DemoLogins.as(http, "biller")
            .postForEntity("/api/sessions", session.by(insured, clinician.getId()), Map.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    return ((Number) response.getBody().get("claimId")).longValue();
  }

  private List<String> candidateGroups(Task task) {
    return taskService.getIdentityLinksForTask(task.getId()).stream()
        .map(IdentityLink::getGroupId)
        .filter(g -> g != null)
        .toList();
  }

  private long openDefects(long claimId) {
    return jdbc.sql("select count(*) from claim_defect where claim_id = ? and resolved_at is null")
        .param(claimId)
        .query(Long.class)
        .single();
  }

  private ClaimStatus status(long claimId) {
    return claims.findById(claimId).orElseThrow().getStatus();
  }

  private String placeOfService(long claimId) {
    return claims.findById(claimId).orElseThrow().getPlaceOfService();
  }

  private BigDecimal totalCharge(long claimId) {
    return claims.findById(claimId).orElseThrow().getTotalCharge();
  }

  private List<ClaimLine> lines(long claimId) {
    return transactions.execute(
        tx -> {
          Claim claim = claims.findById(claimId).orElseThrow();
          List<ClaimLine> lines = claim.getLines();
          lines.forEach(l -> l.getModifiers().size());
          return lines;
        });
  }
}
