package org.continuum.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.continuum.workflow.AuthorizationRenewalProcess.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.continuum.authorization.Authorization;
import org.continuum.authorization.AuthorizationLedger;
import org.continuum.authorization.AuthorizationRepository;
import org.continuum.authorization.AuthorizationStatus;
import org.continuum.practice.Clinician;
import org.continuum.support.ClaimWorld;
import org.continuum.support.DemoLogins;
import org.continuum.support.IntegrationTest;
import org.continuum.support.JsonApi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.HistoryService;
import org.operaton.bpm.engine.ManagementService;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.TaskService;
import org.operaton.bpm.engine.impl.util.ClockUtil;
import org.operaton.bpm.engine.runtime.Job;
import org.operaton.bpm.engine.runtime.ProcessInstance;
import org.operaton.bpm.engine.task.IdentityLink;
import org.operaton.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Every path of bpmn/authorization-renewal.bpmn: the lead-time timer, the early start when units
 * run low or booked visits outrun them, approval into a new authorization with its own instance,
 * denial to a billing lead and the clinician, and the follow-up while the payer is silent; the
 * decision recorded in Tasklist or through the API, once; the timer moved by a new end date.
 */
@IntegrationTest
class AuthorizationRenewalProcessTests {

  private static final Duration PATIENCE = Duration.ofSeconds(30);
  private static final LocalDate TODAY = LocalDate.now();

  @Autowired TestRestTemplate http;
  @Autowired RuntimeService runtime;
  @Autowired TaskService taskService;
  @Autowired ManagementService management;
  @Autowired HistoryService history;
  @Autowired AuthorizationRepository authorizations;
  @Autowired AuthorizationLedger ledger;
  @Autowired ClaimWorld.Repositories repositories;

  ClaimWorld world;
  ClaimWorld.Insured insured;
  Clinician clinician;

  @BeforeEach
  void setUp() {
    world = new ClaimWorld(repositories);
    insured = world.patientCoveredBy(world.summit());
    clinician = world.lcsw("clin-" + System.nanoTime());
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void asksForRenewalWhenThePayersLeadTimeBeforeTheEndDateIsReached() {
    Authorization authorization = authorize(20, TODAY.plusDays(60), null);
    awaitWaitingAt(authorization, AWAIT_RENEWAL_TRIGGER);
    Job timer = job(authorization, LEAD_TIME_REACHED);
    Date due = date(TODAY.plusDays(60 - 14));
    assertThat(timer.getDuedate()).isEqualTo(due);
    assertThat(tasks(authorization)).isEmpty();

    ClockUtil.setCurrentTime(new Date(due.getTime() + 60_000));
    execute(timer);

    Task request = awaitTask(authorization, REQUEST_RENEWAL);
    assertThat(candidateGroups(request)).containsExactly("authorizations");
    Map<String, Object> variables = taskService.getVariables(request.getId());
    assertThat(variables)
        .containsEntry(UNITS_APPROVED, 20)
        .containsEntry(UNITS_USED, 0)
        .containsEntry(UNITS_REMAINING, 20)
        .containsEntry(UNITS_SCHEDULED, 0)
        .containsEntry(END_DATE, TODAY.plusDays(60).toString())
        .containsEntry(PROCEDURE_CODES, "90837")
        .doesNotContainKeys("patientName", "memberId", "diagnosisCodes", "dateOfBirth");
  }

  @Test
  void asksEarlyOnceAClaimLeavesOnlyTheThresholdOfUnits() {
    Authorization authorization = authorize(5, TODAY.plusDays(200), null);
    awaitWaitingAt(authorization, AWAIT_RENEWAL_TRIGGER);

    spendOne();
    assertThat(tasks(authorization)).as("4 units left is above the threshold of 3").isEmpty();
    spendOne();

    Task request = awaitTask(authorization, REQUEST_RENEWAL);
    assertThat(taskService.getVariable(request.getId(), UNITS_REMAINING)).isEqualTo(3);
    assertThat((String) taskService.getVariable(request.getId(), RENEWAL_REASON))
        .isEqualTo("3 of 5 units left (renewal threshold 3).");
    assertThat(runtime.getActiveActivityIds(instance(authorization).getId()))
        .doesNotContain(AWAIT_RENEWAL_TRIGGER);
  }

  @Test
  void asksEarlyWhenImportedAppointmentsWouldUseTheLastUnitBeforeTheEndDate() {
    Authorization authorization = authorize(10, TODAY.plusDays(200), clinician.getId());
    awaitWaitingAt(authorization, AWAIT_RENEWAL_TRIGGER);
    StringBuilder csv = new StringBuilder("patientId,clinicianId,procedureCode,scheduledDate\n");
    for (int week = 1; week <= 11; week++) {
      csv.append(insured.patientId())
          .append(',')
          .append(clinician.getId())
          .append(",90837,")
          .append(TODAY.plusWeeks(week))
          .append('\n');
    }

    importAppointments(csv.toString());

    Task request = awaitTask(authorization, REQUEST_RENEWAL);
    assertThat(taskService.getVariables(request.getId()))
        .containsEntry(UNITS_SCHEDULED, 11)
        .containsEntry(UNITS_REMAINING, 10)
        .containsEntry(FORECAST_EXHAUSTION_DATE, TODAY.plusWeeks(10).toString())
        .containsEntry(RUNS_OUT_BEFORE_END_DATE, true);
    JsonNode usage =
        JsonApi.as(http, "authorizer")
            .get("/api/authorizations/" + authorization.getId())
            .getBody()
            .get("usage");
    assertThat(usage.get("forecastExhaustionDate").asText())
        .isEqualTo(TODAY.plusWeeks(10).toString());
    assertThat(usage.get("runsOutBeforeEndDate").asBoolean()).isTrue();
    JsonNode affected =
        JsonApi.as(http, "authorizer")
            .get("/api/authorizations/" + authorization.getId() + "/affected-appointments")
            .getBody();
    assertThat(affected).hasSize(1);
    assertThat(affected.get(0).get("scheduledDate").asText())
        .isEqualTo(TODAY.plusWeeks(11).toString());
  }

  @Test
  void asksAtOnceForAnAuthorizationRecordedAlreadyAtRisk() {
    Authorization authorization = authorize(2, TODAY.plusDays(200), null);

    Task request = awaitTask(authorization, REQUEST_RENEWAL);

    assertThat(taskService.getVariable(request.getId(), UNITS_REMAINING)).isEqualTo(2);
  }

  @Test
  void anOpenRenewalRequestShowsTheAuthorizationAsItNowStands() {
    Authorization authorization = authorize(2, TODAY.plusDays(200), null);
    Task request = awaitTask(authorization, REQUEST_RENEWAL);
    assertThat(taskService.getVariable(request.getId(), UNITS_USED)).isEqualTo(0);
    spendOne();

    ObjectNode body = JsonApi.object();
    body.put("patientId", authorization.getPatientId());
    body.put("payerId", authorization.getPayerId());
    body.put("authorizationNumber", authorization.getAuthorizationNumber());
    body.putArray("procedureCodes").add("90837");
    body.put("unitsApproved", 6);
    body.put("startDate", authorization.getStartDate().toString());
    body.put("endDate", TODAY.plusDays(150).toString());
    assertThat(
            JsonApi.as(http, "authorizer")
                .put("/api/authorizations/" + authorization.getId(), body)
                .getStatusCode()
                .value())
        .isEqualTo(200);

    assertThat(taskService.getVariables(request.getId()))
        .containsEntry(UNITS_APPROVED, 6)
        .containsEntry(UNITS_USED, 1)
        .containsEntry(UNITS_REMAINING, 5)
        .containsEntry(END_DATE, TODAY.plusDays(150).toString());
    assertThat(tasks(authorization))
        .extracting(Task::getId)
        .as("the same task, refreshed")
        .contains(request.getId());
  }

  @Test
  void anApprovedRenewalIsANewAuthorizationWithItsOwnRenewal() {
    Authorization authorization = authorize(2, TODAY.plusDays(30), clinician.getId());
    taskService.complete(awaitTask(authorization, REQUEST_RENEWAL).getId());
    awaitWaitingAt(authorization, RECORD_RENEWAL_DECISION);

    ResponseEntity<JsonNode> decided =
        decide(authorization, true, "PA-RENEWED-" + System.nanoTime(), 24);

    assertThat(decided.getStatusCode().value()).isEqualTo(200);
    long renewalId = decided.getBody().get("renewal").get("id").asLong();
    Authorization renewal = authorizations.findById(renewalId).orElseThrow();
    assertThat(renewal.getUnitsApproved()).isEqualTo(24);
    assertThat(renewal.getRenderingClinicianId()).isEqualTo(clinician.getId());
    assertThat(renewal.getProcedureCodes()).containsExactly("90837");
    awaitWaitingAt(renewal, AWAIT_RENEWAL_TRIGGER);
    assertThat(ended(authorization)).isEqualTo(AUTHORIZATION_RENEWED);
    JsonNode old =
        JsonApi.as(http, "lead").get("/api/authorizations/" + authorization.getId()).getBody();
    assertThat(old.get("renewalDecision").asText()).isEqualTo("APPROVED");
    assertThat(old.get("renewedById").asLong()).isEqualTo(renewalId);
    assertThat(decide(authorization, false, null, null).getStatusCode().value())
        .as("a decision is recorded once")
        .isEqualTo(422);
  }

  @Test
  void takesADecisionThatArrivesBeforeTheRenewalWasDue() {
    Authorization authorization = authorize(20, TODAY.plusDays(60), null);
    awaitWaitingAt(authorization, AWAIT_RENEWAL_TRIGGER);

    decide(authorization, true, "PA-EARLY-" + System.nanoTime(), 20);

    assertThat(ended(authorization)).isEqualTo(AUTHORIZATION_RENEWED);
  }

  @Test
  void aDeniedRenewalGoesToTheBillingLeadsAndTheRenderingClinician() {
    Authorization authorization = authorize(2, TODAY.plusDays(30), clinician.getId());
    awaitTask(authorization, REQUEST_RENEWAL);

    assertThat(decide(authorization, false, null, null).getStatusCode().value()).isEqualTo(200);

    Task review = awaitTask(authorization, REVIEW_DENIED_RENEWAL);
    Task planCare = awaitTask(authorization, PLAN_CARE_AFTER_DENIAL);
    assertThat(candidateGroups(review)).containsExactly("billing-leads");
    assertThat(planCare.getAssignee()).isEqualTo(clinician.getUserId());
    assertThat(candidateGroups(planCare)).isEmpty();
    assertThat(tasks(authorization))
        .extracting(Task::getTaskDefinitionKey)
        .doesNotContain(REQUEST_RENEWAL);
  }

  @Test
  void aDeniedRenewalWithoutANamedClinicianGoesToAllClinicians() {
    Authorization authorization = authorize(2, TODAY.plusDays(30), null);
    taskService.complete(awaitTask(authorization, REQUEST_RENEWAL).getId());
    awaitWaitingAt(authorization, RECORD_RENEWAL_DECISION);

    decide(authorization, false, null, null);

    Task planCare = awaitTask(authorization, PLAN_CARE_AFTER_DENIAL);
    assertThat(planCare.getAssignee()).isNull();
    assertThat(candidateGroups(planCare)).containsExactly("clinicians");
  }

  @Test
  void remindsTheCoordinatorEverySevenDaysWhileThePayerIsSilent() {
    Authorization authorization = authorize(2, TODAY.plusDays(30), null);
    taskService.complete(awaitTask(authorization, REQUEST_RENEWAL).getId());
    awaitWaitingAt(authorization, RECORD_RENEWAL_DECISION);
    Job overdue = job(authorization, DECISION_OVERDUE);
    assertThat(overdue.getDuedate())
        .isAfter(new Date(System.currentTimeMillis() + 6 * 86_400_000L));

    ClockUtil.setCurrentTime(new Date(overdue.getDuedate().getTime() + 60_000));
    execute(overdue);

    Task followUp = awaitTask(authorization, FOLLOW_UP_RENEWAL_REQUEST);
    assertThat(candidateGroups(followUp)).containsExactly("authorizations");
    assertThat(runtime.getActiveActivityIds(instance(authorization).getId()))
        .as("the wait for the decision goes on")
        .contains(RECORD_RENEWAL_DECISION);
  }

  @Test
  void recordsAnApprovalEnteredInTasklistOnceAndEndsTheReminders() {
    Authorization authorization = authorize(2, TODAY.plusDays(30), clinician.getId());
    taskService.complete(awaitTask(authorization, REQUEST_RENEWAL).getId());
    Task record = awaitTask(authorization, RECORD_RENEWAL_DECISION);
    assertThat(candidateGroups(record)).containsExactly("authorizations");
    Job overdue = job(authorization, DECISION_OVERDUE);
    ClockUtil.setCurrentTime(new Date(overdue.getDuedate().getTime() + 60_000));
    execute(overdue);
    awaitTask(authorization, FOLLOW_UP_RENEWAL_REQUEST);
    String number = "PA-TASKLIST-" + System.nanoTime();

    taskService.complete(
        record.getId(),
        Map.of(
            RENEWAL_OUTCOME,
            OUTCOME_APPROVED,
            RENEWAL_AUTHORIZATION_NUMBER,
            number,
            RENEWAL_UNITS_APPROVED,
            24L,
            RENEWAL_START_DATE,
            TODAY.plusDays(31).toString(),
            RENEWAL_END_DATE,
            TODAY.plusDays(210).toString(),
            RENEWAL_REFERENCE,
            "CALL-778"));

    assertThat(ended(authorization)).isEqualTo(AUTHORIZATION_RENEWED);
    assertThat(tasks(authorization)).as("the open reminder ended with the wait").isEmpty();
    Authorization old = authorizations.findById(authorization.getId()).orElseThrow();
    assertThat(old.getRenewalReference()).isEqualTo("CALL-778");
    Authorization renewal = authorizations.findById(old.getRenewedById()).orElseThrow();
    assertThat(renewal.getAuthorizationNumber()).isEqualTo(number);
    assertThat(renewal.getUnitsApproved()).isEqualTo(24);
    assertThat(renewal.getStartDate()).isEqualTo(TODAY.plusDays(31));
    assertThat(renewal.getEndDate()).isEqualTo(TODAY.plusDays(210));
    assertThat(renewal.getRenderingClinicianId()).isEqualTo(clinician.getId());
    awaitWaitingAt(renewal, AWAIT_RENEWAL_TRIGGER);
    assertThat(decide(authorization, false, null, null).getStatusCode().value())
        .as("the API cannot record a second decision")
        .isEqualTo(422);
  }

  @Test
  void refusesAnIncompleteApprovalInTasklistAndKeepsTheTaskOpen() {
    Authorization authorization = authorize(2, TODAY.plusDays(30), null);
    taskService.complete(awaitTask(authorization, REQUEST_RENEWAL).getId());
    Task record = awaitTask(authorization, RECORD_RENEWAL_DECISION);

    assertThatThrownBy(
            () ->
                taskService.complete(
                    record.getId(),
                    Map.of(
                        RENEWAL_OUTCOME,
                        OUTCOME_APPROVED,
                        RENEWAL_AUTHORIZATION_NUMBER,
                        "PA-" + System.nanoTime())))
        .hasMessageContaining("unitsApproved");

    assertThat(taskService.createTaskQuery().taskId(record.getId()).count()).isOne();
    assertThat(authorizations.findById(authorization.getId()).orElseThrow().getRenewalDecision())
        .isNull();
  }

  @Test
  void aDenialEnteredInTasklistGoesToTheBillingLeadsAndTheClinician() {
    Authorization authorization = authorize(2, TODAY.plusDays(30), clinician.getId());
    taskService.complete(awaitTask(authorization, REQUEST_RENEWAL).getId());
    Task record = awaitTask(authorization, RECORD_RENEWAL_DECISION);

    taskService.complete(
        record.getId(), Map.of(RENEWAL_OUTCOME, OUTCOME_DENIED, RENEWAL_REFERENCE, "DEN-12"));

    awaitTask(authorization, REVIEW_DENIED_RENEWAL);
    assertThat(awaitTask(authorization, PLAN_CARE_AFTER_DENIAL).getAssignee())
        .isEqualTo(clinician.getUserId());
    JsonNode view =
        JsonApi.as(http, "authorizer")
            .get("/api/authorizations/" + authorization.getId())
            .getBody();
    assertThat(view.get("renewalDecision").asText()).isEqualTo("DENIED");
    assertThat(view.get("renewalReference").asText()).isEqualTo("DEN-12");
  }

  @Test
  void aDecisionPostedToTheApiClosesTheOpenTaskAndItsReminders() {
    Authorization authorization = authorize(2, TODAY.plusDays(30), null);
    taskService.complete(awaitTask(authorization, REQUEST_RENEWAL).getId());
    awaitTask(authorization, RECORD_RENEWAL_DECISION);
    Job overdue = job(authorization, DECISION_OVERDUE);
    ClockUtil.setCurrentTime(new Date(overdue.getDuedate().getTime() + 60_000));
    execute(overdue);
    awaitTask(authorization, FOLLOW_UP_RENEWAL_REQUEST);

    assertThat(decide(authorization, false, null, null).getStatusCode().value()).isEqualTo(200);

    awaitTask(authorization, REVIEW_DENIED_RENEWAL);
    assertThat(tasks(authorization))
        .extracting(Task::getTaskDefinitionKey)
        .doesNotContain(RECORD_RENEWAL_DECISION, FOLLOW_UP_RENEWAL_REQUEST);
  }

  @Test
  void aNewEndDateMovesTheRenewalTimer() {
    Authorization authorization = authorize(20, TODAY.plusDays(60), null);
    awaitWaitingAt(authorization, AWAIT_RENEWAL_TRIGGER);
    assertThat(job(authorization, LEAD_TIME_REACHED).getDuedate())
        .isEqualTo(date(TODAY.plusDays(60 - 14)));

    ObjectNode body = JsonApi.object();
    body.put("patientId", authorization.getPatientId());
    body.put("payerId", authorization.getPayerId());
    body.put("authorizationNumber", authorization.getAuthorizationNumber());
    body.putArray("procedureCodes").add("90837");
    body.put("unitsApproved", 20);
    body.put("startDate", authorization.getStartDate().toString());
    body.put("endDate", TODAY.plusDays(120).toString());
    assertThat(
            JsonApi.as(http, "authorizer")
                .put("/api/authorizations/" + authorization.getId(), body)
                .getStatusCode()
                .value())
        .isEqualTo(200);

    Job moved = job(authorization, LEAD_TIME_REACHED);
    assertThat(moved.getDuedate()).isEqualTo(date(TODAY.plusDays(120 - 14)));
    assertThat(
            management
                .createJobQuery()
                .processInstanceId(instance(authorization).getId())
                .timers()
                .count())
        .as("the old timer is gone")
        .isOne();
    ClockUtil.setCurrentTime(new Date(moved.getDuedate().getTime() + 60_000));
    execute(moved);
    Task request = awaitTask(authorization, REQUEST_RENEWAL);
    assertThat(taskService.getVariable(request.getId(), END_DATE))
        .isEqualTo(TODAY.plusDays(120).toString());
  }

  @Test
  void everyAuthorizationTheDemoSeededHasItsRenewal() {
    Authorization seeded =
        authorizations.findAll(org.springframework.data.domain.Sort.by("id")).get(0);

    assertThat(
            history
                .createHistoricProcessInstanceQuery()
                .processDefinitionKey(KEY)
                .processInstanceBusinessKey(String.valueOf(seeded.getId()))
                .count())
        .isOne();
  }

  @Test
  void refusesAnApprovalWithoutTheNewAuthorizationsNumberUnitsAndDates() {
    Authorization authorization = authorize(20, TODAY.plusDays(60), null);
    ObjectNode body = JsonApi.object();
    body.put("approved", true);

    ResponseEntity<JsonNode> refused =
        JsonApi.as(http, "authorizer")
            .post("/api/authorizations/" + authorization.getId() + "/renewal-decision", body);

    assertThat(refused.getStatusCode().value()).isEqualTo(422);
    assertThat(JsonApi.errorFields(refused))
        .containsExactlyInAnyOrder("authorizationNumber", "unitsApproved", "startDate", "endDate");
  }

  @Test
  void deletingAnAuthorizationEndsItsRenewal() {
    Authorization authorization = authorize(20, TODAY.plusDays(60), null);
    awaitWaitingAt(authorization, AWAIT_RENEWAL_TRIGGER);

    JsonApi.as(http, "authorizer").delete("/api/authorizations/" + authorization.getId());

    assertThat(
            runtime
                .createProcessInstanceQuery()
                .processDefinitionKey(KEY)
                .processInstanceBusinessKey(String.valueOf(authorization.getId()))
                .count())
        .isZero();
  }

  private Authorization authorize(int units, LocalDate endDate, Long clinicianId) {
    return authorizations.save(
        new Authorization(
            insured.patientId(),
            insured.payerId(),
            "PA-" + System.nanoTime(),
            List.of("90837"),
            units,
            TODAY.minusDays(30),
            endDate,
            clinicianId,
            AuthorizationStatus.ACTIVE));
  }

  private void spendOne() {
    assertThat(
            ledger
                .spend(
                    new AuthorizationLedger.UnitRequest(
                        insured.patientId(),
                        insured.payerId(),
                        "90837",
                        TODAY,
                        clinician.getId(),
                        1))
                .covered())
        .isTrue();
  }

  private ResponseEntity<JsonNode> decide(
      Authorization authorization, boolean approved, String number, Integer units) {
    ObjectNode body = JsonApi.object();
    body.put("approved", approved);
    if (approved) {
      body.put("authorizationNumber", number);
      body.put("unitsApproved", units);
      body.put("startDate", authorization.getEndDate().plusDays(1).toString());
      body.put("endDate", authorization.getEndDate().plusDays(180).toString());
    }
    return JsonApi.as(http, "authorizer")
        .post("/api/authorizations/" + authorization.getId() + "/renewal-decision", body);
  }

  private void importAppointments(String csv) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.parseMediaType("text/csv"));
    ResponseEntity<String> response =
        DemoLogins.as(http, "authorizer")
            .postForEntity(
                "/api/appointments/import", new HttpEntity<>(csv, headers), String.class);
    assertThat(response.getStatusCode().value()).isEqualTo(200);
    assertThat(response.getBody()).doesNotContain("REJECTED");
  }

  private ProcessInstance instance(Authorization authorization) {
    return await()
        .atMost(PATIENCE)
        .until(
            () ->
                runtime
                    .createProcessInstanceQuery()
                    .processDefinitionKey(KEY)
                    .processInstanceBusinessKey(String.valueOf(authorization.getId()))
                    .singleResult(),
            i -> i != null);
  }

  /** Runs the instance's asynchronous continuations (the job executor may get there first). */
  private void runContinuations(String instanceId) {
    for (String element : List.of(START, LOAD_RENEWAL_FACTS)) {
      management.createJobQuery().processInstanceId(instanceId).activityId(element).list().stream()
          .filter(j -> j.getRetries() > 0)
          .forEach(this::execute);
    }
  }

  private void awaitWaitingAt(Authorization authorization, String activityId) {
    String instanceId = instance(authorization).getId();
    await()
        .atMost(PATIENCE)
        .until(
            () -> {
              runContinuations(instanceId);
              return runtime.getActiveActivityIds(instanceId);
            },
            ids -> ids.contains(activityId));
  }

  private Task awaitTask(Authorization authorization, String taskKey) {
    String instanceId = instance(authorization).getId();
    return await()
        .atMost(PATIENCE)
        .failFast(
            "an incident was raised",
            () ->
                assertThat(runtime.createIncidentQuery().processInstanceId(instanceId).list())
                    .isEmpty())
        .until(
            () -> {
              runContinuations(instanceId);
              return taskService
                  .createTaskQuery()
                  .processInstanceId(instanceId)
                  .taskDefinitionKey(taskKey)
                  .singleResult();
            },
            t -> t != null);
  }

  private List<Task> tasks(Authorization authorization) {
    return taskService
        .createTaskQuery()
        // a claim's process has the same business key when its id equals the authorization's
        .processDefinitionKey(KEY)
        .processInstanceBusinessKey(String.valueOf(authorization.getId()))
        .list();
  }

  private Job job(Authorization authorization, String activityId) {
    return management
        .createJobQuery()
        .processInstanceId(instance(authorization).getId())
        .activityId(activityId)
        .singleResult();
  }

  private void execute(Job job) {
    try {
      management.executeJob(job.getId());
    } catch (RuntimeException takenByTheJobExecutor) {
      // the job executor ran it, or is running it; the awaits see the outcome
    }
  }

  private String ended(Authorization authorization) {
    return await()
        .atMost(PATIENCE)
        .until(
            () ->
                history
                    .createHistoricProcessInstanceQuery()
                    .processDefinitionKey(KEY)
                    .processInstanceBusinessKey(String.valueOf(authorization.getId()))
                    .singleResult()
                    .getEndActivityId(),
            id -> id != null);
  }

  private List<String> candidateGroups(Task task) {
    return taskService.getIdentityLinksForTask(task.getId()).stream()
        .map(IdentityLink::getGroupId)
        .filter(g -> g != null)
        .toList();
  }

  private static Date date(LocalDate day) {
    return Date.from(day.atStartOfDay(ZoneId.systemDefault()).toInstant());
  }
}
