package org.continuum.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;
import static org.continuum.workflow.AppealProcess.*;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.continuum.claim.ClaimActions;
import org.continuum.claim.ClaimLifecycle;
import org.continuum.claim.ClaimRepository;
import org.continuum.claim.ClaimStatus;
import org.continuum.payer.Payer;
import org.continuum.remittance.ClaimDenied;
import org.continuum.remittance.RemittanceOutcome;
import org.continuum.remittance.RemittancePosted;
import org.continuum.support.ClaimWorld;
import org.continuum.support.DemoLogins;
import org.continuum.support.IntegrationTest;
import org.continuum.support.Sessions;
import org.continuum.web.UnprocessableException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.HistoryService;
import org.operaton.bpm.engine.IdentityService;
import org.operaton.bpm.engine.ManagementService;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.TaskService;
import org.operaton.bpm.engine.impl.util.ClockUtil;
import org.operaton.bpm.engine.runtime.Job;
import org.operaton.bpm.engine.task.IdentityLink;
import org.operaton.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * bpmn/appeal.bpmn called from denial-work: the letter drafted, edited, finalised and downloaded;
 * the decision entered or read from an 835; the next level after an upheld decision and the way
 * back to denial work after the last one; each timer fired by moving the engine clock.
 */
@IntegrationTest
class AppealProcessTests {

  @Autowired TestRestTemplate http;
  @Autowired RuntimeService runtime;
  @Autowired TaskService taskService;
  @Autowired HistoryService history;
  @Autowired IdentityService identity;
  @Autowired ManagementService management;
  @Autowired ClaimRepository claims;
  @Autowired ClaimLifecycle lifecycle;
  @Autowired ClaimActions actions;
  @Autowired ClaimWorld.Repositories repositories;
  @Autowired ApplicationEventPublisher events;
  @Autowired TransactionTemplate transactions;
  @Autowired JdbcClient jdbc;

  private static final LocalDate DENIED_ON = LocalDate.now();

  ClaimWorld world;

  @BeforeEach
  void setUp() {
    world = new ClaimWorld(repositories);
  }

  @AfterEach
  void reset() {
    identity.clearAuthentication();
    ClockUtil.reset();
  }

  @Test
  void draftsEditsAndFinalisesTheLetterThenWaitsForTheDecision() throws IOException {
    long claimId = appealed(world.medicaid(), "[180]");
    Task prepare = task(claimId, PREPARE_APPEAL);
    assertThat(queueOf(prepare)).isEqualTo("billing-leads");
    assertThat(variable(prepare, FILE_BY)).isEqualTo(DENIED_ON.plusDays(180).toString());
    assertThat((String) variable(prepare, ARGUMENT)).contains("medically necessary");

    prepare(prepare, "First try at the argument.", false);
    Task again = task(claimId, PREPARE_APPEAL);
    assertThat(letters(claimId)).extracting(l -> l.get("status")).containsExactly("DRAFT");
    assertThat(pdfText(claimId, (Long) variable(again, LETTER_ID)))
        .startsWith("DRAFT")
        .contains("First try");

    prepare(again, "The plan reviewed in January supports weekly sessions.", true);

    awaitWaitingAt(claimId, AWAIT_DECISION);
    List<Map<String, Object>> letters = letters(claimId);
    assertThat(letters).extracting(l -> l.get("status")).containsExactly("FINAL");
    long letterId = ((Number) letters.get(0).get("id")).longValue();
    assertThat(pdfText(claimId, letterId))
        .doesNotContain("DRAFT")
        .contains("Codes: CO-50")
        .contains("Documented minutes: 45")
        .contains("Procedure codes: 90834")
        .contains("supports weekly sessions");
    assertThat(actions.of(claimId))
        .extracting(a -> a.action() + " by " + a.actor())
        .containsExactly("APPEAL by lead", "APPEAL_FILED by lead");
  }

  @Test
  void endsTheDenialWhenAUserEntersAnOverturnedDecision() {
    long claimId = appealed(world.medicaid(), "[180]");
    prepare(task(claimId, PREPARE_APPEAL), "Argument.", true);
    awaitWaitingAt(claimId, AWAIT_DECISION);

    ResponseEntity<String> decided = decide(claimId, "OVERTURNED", DENIED_ON);

    assertThat(decided.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
    assertThat(endedAt(claimId, DenialWorkProcess.DENIAL_OVERTURNED)).isTrue();
    assertThat(actions.of(claimId))
        .extracting(a -> a.action() + " by " + a.actor())
        .contains("APPEAL_OVERTURNED by biller");
  }

  @Test
  void refusesADecisionForAClaimWithNoAppealWaiting() {
    long claimId = appealed(world.medicaid(), "[180]");

    assertThat(decide(claimId, "OVERTURNED", DENIED_ON).getStatusCode())
        .isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat(decide(claimId, "MAYBE", DENIED_ON).getStatusCode().value()).isIn(400, 422);
    assertThat(decide(claimId, "UPHELD", DENIED_ON.plusDays(3)).getStatusCode())
        .isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
  }

  @Test
  void appealsTheNextLevelFromTheDateTheFirstWasUpheld() {
    long claimId = appealed(world.medicaid(), "[120, 180]");
    prepare(task(claimId, PREPARE_APPEAL), "Argument.", true);
    awaitWaitingAt(claimId, AWAIT_DECISION);
    LocalDate upheldOn = DENIED_ON.minusDays(1);

    decide(claimId, "UPHELD", upheldOn);

    Task level2 = task(claimId, PREPARE_APPEAL);
    assertThat(variable(level2, LEVEL)).isEqualTo(2);
    assertThat(variable(level2, FILE_BY)).isEqualTo(upheldOn.plusDays(180).toString());
    assertThat((String) variable(level2, TITLE)).startsWith("Level 2");
  }

  @Test
  void datesADecisionReadFromAn835ByTheRemittanceNotByTheDayItWasPosted() {
    long claimId = appealed(world.medicaid(), "[120, 180]");
    prepare(task(claimId, PREPARE_APPEAL), "Argument.", true);
    awaitWaitingAt(claimId, AWAIT_DECISION);
    LocalDate paidOn = LocalDate.now().minusDays(5);

    postRemittance(
        paidOn,
        "CLP*%d*4*130.00*0.00**12*PCN%d*11*1".formatted(claimId, claimId),
        "CAS*CO*50*130.00");

    Task level2 = task(claimId, PREPARE_APPEAL);
    assertThat(variable(level2, LEVEL)).isEqualTo(2);
    assertThat(variable(level2, DECIDED_ON)).isEqualTo(paidOn.toString());
    assertThat(variable(level2, FILE_BY)).isEqualTo(paidOn.plusDays(180).toString());
  }

  @Test
  void sendsTheDenialBackForAWriteOffWhenTheLastLevelIsUpheldByAn835() {
    long claimId = appealed(world.medicaid(), "[180]");
    prepare(task(claimId, PREPARE_APPEAL), "Argument.", true);
    awaitWaitingAt(claimId, AWAIT_DECISION);

    transactions.executeWithoutResult(
        s -> {
          events.publishEvent(
              new ClaimDenied(claimId, "CO", "50", List.of(), new BigDecimal("130.00")));
          events.publishEvent(
              new RemittancePosted(
                  claimId, RemittanceOutcome.DENIED, new BigDecimal("0.00"), null));
        });

    Task work = task(claimId, DenialWorkProcess.WORK_DENIAL);
    assertThat(variable(work, OUTCOME)).isEqualTo("EXHAUSTED");
    assertThat(denialWorkInstances(claimId)).isOne();
    identity.setAuthentication("lead", List.of("billing-leads"));
    assertThat(refusal(() -> complete(work, "APPEAL", "Again"))).contains("last appeal level");
    complete(work, "WRITE_OFF", "Upheld at every level");
    Task approval = task(claimId, DenialWorkProcess.APPROVE_WRITE_OFF);
    identity.setAuthentication("manager", List.of("managers"));
    taskService.complete(approval.getId(), Map.of(DenialWorkProcess.WRITE_OFF_APPROVED, true));
    assertThat(claims.findById(claimId).orElseThrow().getStatus())
        .isEqualTo(ClaimStatus.WRITTEN_OFF);
  }

  @Test
  void takesAPaymentIn835AsAnOverturnedAppeal() {
    long claimId = appealed(world.medicaid(), "[180]");
    prepare(task(claimId, PREPARE_APPEAL), "Argument.", true);
    awaitWaitingAt(claimId, AWAIT_DECISION);

    transactions.executeWithoutResult(
        s ->
            events.publishEvent(
                new RemittancePosted(
                    claimId, RemittanceOutcome.PAID, new BigDecimal("104.00"), null)));

    assertThat(endedAt(claimId, DenialWorkProcess.DENIAL_OVERTURNED)).isTrue();
  }

  @Test
  void remindsTheBillerFourteenDaysBeforeTheDeadline() {
    long claimId = appealed(world.medicaid(), "[180]");
    Task prepare = task(claimId, PREPARE_APPEAL);
    Job reminder = timer(claimId, REMIND_DEADLINE);
    assertThat(reminder.getDuedate()).isEqualTo(startOf(DENIED_ON.plusDays(180 - 14)));

    moveClockPast(reminder);

    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () -> taskService.createTaskQuery().taskId(prepare.getId()).singleResult(),
            t -> t.getPriority() == RemindAppealDeadlineDelegate.REMINDED_PRIORITY);
    assertThat(actions.of(claimId))
        .extracting(ClaimActions.Taken::action)
        .contains("APPEAL_REMINDER");
  }

  @Test
  void escalatesToTheBillingLeadsThreeDaysBeforeTheDeadline() {
    long claimId = appealed(world.medicaid(), "[180]");
    Job escalation = timer(claimId, ESCALATE_DEADLINE);
    assertThat(escalation.getDuedate()).isEqualTo(startOf(DENIED_ON.plusDays(180 - 3)));

    moveClockPast(escalation);

    assertThat(queueOf(task(claimId, CHASE_DEADLINE))).isEqualTo("billing-leads");
    assertThat(task(claimId, PREPARE_APPEAL)).isNotNull();
  }

  @Test
  void givesTheDenialBackWhenTheDeadlinePassesAndRefusesALateAppeal() {
    long claimId = appealed(world.medicaid(), "[180]");
    Job deadline = timer(claimId, DEADLINE_PASSED);
    assertThat(deadline.getDuedate()).isEqualTo(startOf(DENIED_ON.plusDays(181)));

    moveClockPast(deadline);

    Task work = task(claimId, DenialWorkProcess.WORK_DENIAL);
    assertThat(variable(work, OUTCOME)).isEqualTo("MISSED");
    identity.setAuthentication("lead", List.of("billing-leads"));
    assertThat(refusal(() -> complete(work, "APPEAL", "Late"))).contains("deadline passed");
    assertThat(actions.of(claimId))
        .extracting(ClaimActions.Taken::action)
        .contains("APPEAL_DEADLINE_MISSED");
  }

  @Test
  void followsUpAnAppealThePayerHasNotAnswered() {
    long claimId = appealed(world.medicaid(), "[180]");
    prepare(task(claimId, PREPARE_APPEAL), "Argument.", true);
    awaitWaitingAt(claimId, AWAIT_DECISION);
    Job followUp = timer(claimId, DECISION_OVERDUE);

    moveClockPast(followUp);

    assertThat(queueOf(task(claimId, FOLLOW_UP_APPEAL))).isEqualTo("billers");
    awaitWaitingAt(claimId, AWAIT_DECISION);
  }

  @Test
  void showsTheDenialsFactsAndSaysWhyATimelyFilingDenialIsNotAppealable() {
    long claimId = denied(world.medicaid(), "[180]", "CO", "29");
    Task work = task(claimId, DenialWorkProcess.WORK_DENIAL);

    assertThat(variable(work, DenialWorkProcess.DOCUMENTED_MINUTES)).isEqualTo(45);
    assertThat(variable(work, DenialWorkProcess.PROCEDURE_CODES)).asString().startsWith("90834");
    assertThat(variable(work, DenialWorkProcess.FILED_ON)).isNotNull();
    assertThat(variable(work, DenialWorkProcess.FILING_DEADLINE)).isNotNull();
    assertThat(variable(work, DenialWorkProcess.AUTHORIZATION)).isEqualTo("none on file");
    assertThat(variable(work, DenialWorkProcess.APPEAL_DEADLINE))
        .isEqualTo(DENIED_ON.plusDays(180).toString());
    assertThat((String) variable(work, DenialWorkProcess.APPEAL_NOTE))
        .startsWith("Not appealable without proof of timely filing");
  }

  // ---- helpers ----

  /** A CO-50 denial the billing lead chose to appeal. */
  private long appealed(Payer payer, String windows) {
    long claimId = denied(payer, windows, "CO", "50");
    identity.setAuthentication("lead", List.of("billing-leads"));
    complete(task(claimId, DenialWorkProcess.WORK_DENIAL), "APPEAL", "Plan supports it");
    identity.clearAuthentication();
    return claimId;
  }

  private long denied(Payer payer, String windows, String group, String carc) {
    jdbc.sql("update payer_profile set appeal_window_days = cast(? as jsonb) where payer_id = ?")
        .params(windows, payer.getId())
        .update();
    ResponseEntity<Map> response =
        DemoLogins.as(http, "biller")
            .postForEntity(
                "/api/sessions",
                Sessions.fortyFiveMinuteOfficeSession()
                    .by(world.patientCoveredBy(payer), world.lcsw(null).getId()),
                Map.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    long claimId = ((Number) response.getBody().get("claimId")).longValue();
    ClaimProcessDriver driver = new ClaimProcessDriver(runtime, taskService, management, claims);
    driver.awaitReadyForItsBatch(claimId);
    driver.endLifecycle(claimId, "appeal test starts at the denial");
    transactions.executeWithoutResult(
        s -> {
          lifecycle.recordRemittanceOutcome(claimId, ClaimStatus.DENIED, null, "PCN" + claimId);
          events.publishEvent(
              new ClaimDenied(
                  claimId, group, carc, List.of(), new BigDecimal("130.00"), DENIED_ON));
        });
    return claimId;
  }

  /** Posts an 835 paying on {@code paidOn} (BPR16) with these claim loops, as a payer would. */
  private void postRemittance(LocalDate paidOn, String... claimSegments) {
    PaidOnRemittance.post(http, "A", paidOn, claimSegments);
  }

  private void prepare(Task task, String argument, boolean finalise) {
    identity.setAuthentication("lead", List.of("billing-leads"));
    taskService.complete(task.getId(), Map.of(ARGUMENT, argument, FINALISE, finalise));
    identity.clearAuthentication();
  }

  private void complete(Task task, String action, String note) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(DenialWorkProcess.ACTION, action);
    variables.put(DenialWorkProcess.NOTE, note);
    taskService.complete(task.getId(), variables);
  }

  private ResponseEntity<String> decide(long claimId, String decision, LocalDate decidedOn) {
    return DemoLogins.as(http, "biller")
        .postForEntity(
            "/api/claims/" + claimId + "/appeal-decision",
            Map.of("decision", decision, "decidedOn", decidedOn.toString()),
            String.class);
  }

  private List<Map<String, Object>> letters(long claimId) {
    return DemoLogins.as(http, "biller")
        .getForObject("/api/claims/" + claimId + "/appeal-letters", List.class);
  }

  private String pdfText(long claimId, long letterId) throws IOException {
    ResponseEntity<byte[]> pdf =
        DemoLogins.as(http, "biller")
            .getForEntity("/api/claims/" + claimId + "/appeal-letters/" + letterId, byte[].class);
    assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(pdf.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
    try (PDDocument document = Loader.loadPDF(pdf.getBody())) {
      return new PDFTextStripper().getText(document).replaceAll("\\s+", " ").trim();
    }
  }

  private Job timer(long claimId, String activityId) {
    return await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                management
                    .createJobQuery()
                    .processDefinitionKey(KEY)
                    .activityId(activityId)
                    .list()
                    .stream()
                    .filter(j -> businessKeyOf(j.getProcessInstanceId()).equals(claimId))
                    .findFirst()
                    .orElse(null),
            j -> j != null);
  }

  private Long businessKeyOf(String processInstanceId) {
    var instance =
        runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).singleResult();
    return instance == null ? -1L : Long.valueOf(instance.getBusinessKey());
  }

  private void moveClockPast(Job job) {
    ClockUtil.setCurrentTime(new Date(job.getDuedate().getTime() + 60_000));
  }

  private static Date startOf(LocalDate day) {
    return Date.from(day.atStartOfDay(ZoneId.systemDefault()).toInstant());
  }

  private void awaitWaitingAt(long claimId, String activityId) {
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                runtime
                    .createExecutionQuery()
                    .processDefinitionKey(KEY)
                    .processInstanceBusinessKey(String.valueOf(claimId))
                    .activityId(activityId)
                    .count(),
            n -> n > 0);
  }

  private boolean endedAt(long claimId, String endEventId) {
    await().atMost(Duration.ofSeconds(30)).until(() -> denialWorkInstances(claimId), n -> n == 0);
    return history.createHistoricActivityInstanceQuery().activityId(endEventId).list().stream()
        .anyMatch(
            a ->
                String.valueOf(claimId)
                    .equals(
                        history
                            .createHistoricProcessInstanceQuery()
                            .processInstanceId(a.getProcessInstanceId())
                            .singleResult()
                            .getBusinessKey()));
  }

  private long denialWorkInstances(long claimId) {
    return runtime
        .createProcessInstanceQuery()
        .processDefinitionKey(DenialWorkProcess.KEY)
        .processInstanceBusinessKey(String.valueOf(claimId))
        .count();
  }

  private Task task(long claimId, String key) {
    return await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                taskService
                    .createTaskQuery()
                    .processInstanceBusinessKey(String.valueOf(claimId))
                    .taskDefinitionKey(key)
                    .singleResult(),
            t -> t != null);
  }

  private Object variable(Task task, String name) {
    return taskService.getVariable(task.getId(), name);
  }

  private String queueOf(Task task) {
    return taskService.getIdentityLinksForTask(task.getId()).stream()
        .map(IdentityLink::getGroupId)
        .filter(g -> g != null)
        .findFirst()
        .orElseThrow();
  }

  private static String refusal(Runnable attempt) {
    Throwable cause = catchThrowable(attempt::run);
    while (cause != null && !(cause instanceof UnprocessableException)) {
      cause = cause.getCause();
    }
    assertThat(cause).isInstanceOf(UnprocessableException.class);
    return ((UnprocessableException) cause).errors().get(0).message();
  }
}
