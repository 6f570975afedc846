package org.continuum.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.continuum.ar.ClaimToFollowUp;
import org.continuum.ar.FollowUpQuery;
import org.continuum.support.Fixtures;
import org.continuum.support.IntegrationTest;
import org.continuum.support.JsonApi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * bpmn/ar-follow-up.bpmn with the engine clock moved: the daily run opens one task per claim in the
 * right queue, never a second one while one is open (its own, or claim-lifecycle's), none for a
 * claim paid in between, and none within the waiting period after a follow-up was done. The claims
 * are written straight into the tables with dates in 2013 and 2014 (2015 for the waiting period), a
 * payer of their own (expected turnaround 30 days, timely filing 90 days), so the demo practice's
 * recent claims never fall into the days the clock is moved to.
 */
@IntegrationTest
class ArFollowUpProcessTests {

  private static final Duration PATIENCE = Duration.ofSeconds(60);

  @Autowired TestRestTemplate http;
  @Autowired JdbcClient jdbc;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired FollowUpQuery query;

  private long payer;
  private long clinician;
  private final List<String> lifecycleInstances = new ArrayList<>();

  @BeforeEach
  void setUp() {
    JsonApi admin = JsonApi.as(http, "admin");
    payer = Fixtures.createPayer(admin);
    clinician = Fixtures.createClinician(admin);
  }

  @AfterEach
  void cleanUp() {
    ClockUtil.reset();
    lifecycleInstances.forEach(
        id -> runtime.deleteProcessInstanceIfExists(id, "test", true, true, true, false));
  }

  @Test
  void findsSilentPayersAndClosingFilingWindowsFromThePayerProfile() {
    LocalDate today = LocalDate.of(2014, 2, 5);
    long silent = claim("2014-01-02", "ACCEPTED", LocalDate.of(2014, 1, 5));
    long notYet = claim("2014-01-03", "SUBMITTED", LocalDate.of(2014, 1, 6));
    long closing = claim("2013-11-20", "EDIT_FAILED", null);
    long lapsed = claim("2013-10-01", "REJECTED", null);
    long farAway = claim("2014-01-20", "IN_REVIEW", null);
    long paid = claim("2014-01-02", "PAID", LocalDate.of(2014, 1, 5));

    Map<Long, ClaimToFollowUp> found = new java.util.HashMap<>();
    query.claimsToFollowUp(today, 30).forEach(c -> found.put(c.claimId(), c));

    assertThat(found)
        .containsKeys(silent, closing)
        .doesNotContainKeys(notYet, lapsed, farAway, paid);
    assertThat(found.get(silent).reason()).isEqualTo(ClaimToFollowUp.Reason.NO_RESPONSE);
    assertThat(found.get(silent).submittedOn()).isEqualTo(LocalDate.of(2014, 1, 5));
    assertThat(found.get(silent).expectedTurnaroundDays()).isEqualTo(30);
    assertThat(found.get(closing).reason()).isEqualTo(ClaimToFollowUp.Reason.TIMELY_FILING);
    assertThat(found.get(closing).filingDeadline()).isEqualTo(LocalDate.of(2014, 2, 18));
    assertThat(found.get(closing).daysLeftToFile()).isEqualTo(13);
    assertThat(query.claimsToFollowUp(today.plusDays(1), 30))
        .extracting(ClaimToFollowUp::claimId)
        .contains(notYet);
  }

  @Test
  void opensOneTaskPerClaimInItsQueueNeverTwiceAndNoneForAClaimPaidInBetween() {
    // Submitted 2013-01-05: 30 days of silence are over on 2013-02-05.
    long silent = claim("2013-01-02", "ACCEPTED", LocalDate.of(2013, 1, 5));
    // Submitted 2013-01-06: overdue from 2013-02-06, but paid before that morning.
    long paidInBetween = claim("2013-01-03", "SUBMITTED", LocalDate.of(2013, 1, 6));
    // Never accepted; date of service + 90 days = 2013-02-18, inside the 30-day warning.
    long closing = claim("2012-11-20", "EDIT_FAILED", null);
    // Overdue too, but claim-lifecycle already has its "Follow up unpaid claim" task open ...
    long lifecycleTaskOpen = claim("2013-01-02", "ACCEPTED", LocalDate.of(2013, 1, 4));
    lifecycleAt(lifecycleTaskOpen, ClaimLifecycleProcess.FOLLOW_UP_UNPAID_CLAIM);
    // ... or its no-remittance timer will open it.
    long lifecycleTimerPending = claim("2013-01-02", "ACCEPTED", LocalDate.of(2013, 1, 4));
    lifecycleAt(lifecycleTimerPending, ClaimLifecycleProcess.REMITTANCE_RECEIVED);

    runDailyAt(LocalDateTime.of(2013, 2, 5, 7, 0));

    Task followUp = onlyTask(silent);
    assertThat(followUp.getTaskDefinitionKey()).isEqualTo(ArFollowUpProcess.FOLLOW_UP_UNPAID_CLAIM);
    assertThat(groups(followUp)).containsExactly("billers");
    assertThat(tasks.getVariables(followUp.getId()))
        .containsEntry(ArFollowUpProcess.FOLLOW_UP_REASON, "NO_RESPONSE")
        .containsEntry(ArFollowUpProcess.SUBMITTED_ON, "2013-01-05")
        .containsEntry(ArFollowUpProcess.EXPECTED_TURNAROUND_DAYS, 30)
        .containsEntry(ArFollowUpProcess.CLAIM_ID, silent)
        .doesNotContainKeys("patientName", "memberId", "diagnosisCodes", "dateOfBirth");
    Task filing = onlyTask(closing);
    assertThat(filing.getTaskDefinitionKey()).isEqualTo(ArFollowUpProcess.FILE_BEFORE_LIMIT);
    assertThat(groups(filing)).containsExactly("billing-leads");
    assertThat(tasks.getVariables(filing.getId()))
        .containsEntry(ArFollowUpProcess.FILING_DEADLINE, "2013-02-18")
        .containsEntry(ArFollowUpProcess.DAYS_LEFT_TO_FILE, 13);
    assertThat(followUps(paidInBetween)).as("not overdue on day one").isEmpty();
    assertThat(followUps(lifecycleTaskOpen)).isEmpty();
    assertThat(followUps(lifecycleTimerPending)).isEmpty();

    jdbc.sql("update claim set status = 'PAID' where id = ?").param(paidInBetween).update();
    runDailyAt(LocalDateTime.of(2013, 2, 6, 7, 0));

    assertThat(followUps(silent)).as("its task is still open").hasSize(1);
    assertThat(followUps(closing)).hasSize(1);
    assertThat(followUps(paidInBetween)).as("paid before the second morning").isEmpty();
    assertThat(followUps(lifecycleTaskOpen)).isEmpty();
    assertThat(followUps(lifecycleTimerPending)).isEmpty();

    tasks.complete(followUp.getId(), Map.of("resolution", "Payer portal: in process"));
    assertThat(followUps(silent)).as("a done follow-up ends its instance").isEmpty();
    followUps(closing).forEach(i -> lifecycleInstances.add(i.getId()));
  }

  @Test
  void leavesAClaimAloneForTheWaitingPeriodAfterItsFollowUpWasDone() {
    // Submitted 2015-01-05: overdue from 2015-02-05 and still unpaid afterwards.
    long silent = claim("2015-01-02", "ACCEPTED", LocalDate.of(2015, 1, 5));

    runDailyAt(LocalDateTime.of(2015, 2, 5, 7, 0));
    tasks.complete(onlyTask(silent).getId(), Map.of("resolution", "Payer portal: in process"));

    runDailyAt(LocalDateTime.of(2015, 2, 6, 7, 0));
    assertThat(followUps(silent)).as("followed up yesterday").isEmpty();
    runDailyAt(LocalDateTime.of(2015, 2, 19, 7, 0));
    assertThat(followUps(silent)).as("followed up 14 days ago to the minute").isEmpty();

    runDailyAt(LocalDateTime.of(2015, 2, 20, 7, 0));
    assertThat(followUps(silent)).as("the waiting period is over").hasSize(1);
    assertThat(onlyTask(silent).getTaskDefinitionKey())
        .isEqualTo(ArFollowUpProcess.FOLLOW_UP_UNPAID_CLAIM);
    followUps(silent).forEach(i -> lifecycleInstances.add(i.getId()));
  }

  /** Moves the engine clock and runs the daily timer once (or waits for the job executor's run). */
  private void runDailyAt(LocalDateTime morning) {
    Date now = Date.from(morning.atZone(ZoneId.systemDefault()).toInstant());
    ClockUtil.setCurrentTime(now);
    Job timer = dailyTimer();
    try {
      management.executeJob(timer.getId());
    } catch (RuntimeException takenByTheJobExecutor) {
      // the job executor ran it first; the wait below sees the next morning's timer either way
    }
    await().atMost(PATIENCE).until(() -> dailyTimer().getDuedate().after(now));
  }

  private Job dailyTimer() {
    return management
        .createJobQuery()
        .processDefinitionKey(ArFollowUpProcess.KEY)
        .timers()
        .singleResult();
  }

  private List<ProcessInstance> followUps(long claimId) {
    return runtime
        .createProcessInstanceQuery()
        .processDefinitionKey(ArFollowUpProcess.KEY)
        .processInstanceBusinessKey(String.valueOf(claimId))
        .list();
  }

  private Task onlyTask(long claimId) {
    List<ProcessInstance> instances = followUps(claimId);
    assertThat(instances).hasSize(1);
    return tasks.createTaskQuery().processInstanceId(instances.get(0).getId()).singleResult();
  }

  private List<String> groups(Task task) {
    return tasks.getIdentityLinksForTask(task.getId()).stream()
        .map(IdentityLink::getGroupId)
        .filter(g -> g != null)
        .toList();
  }

  /** A claim-lifecycle instance for the claim, placed straight at one element. */
  private void lifecycleAt(long claimId, String element) {
    ProcessInstance instance =
        runtime
            .createProcessInstanceByKey(ClaimLifecycleProcess.KEY)
            .businessKey(String.valueOf(claimId))
            .setVariable(ClaimLifecycleProcess.CLAIM_ID, claimId)
            .setVariable(ClaimLifecycleProcess.REMITTANCE_FOLLOW_UP_AFTER, "P3650D")
            .startBeforeActivity(element)
            .execute();
    lifecycleInstances.add(instance.getId());
  }

  /** A one-line claim of the test payer; {@code submittedOn} cuts a batch for it that day. */
  private long claim(String dateOfService, String status, LocalDate submittedOn) {
    long id = jdbc.sql("select nextval('claim_seq')").query(Long.class).single();
    jdbc.sql(
            "insert into claim (id, patient_id, coverage_id, payer_id, billing_provider_id,"
                + " rendering_clinician_id, status, date_of_service, total_charge)"
                + " values (?, (select min(id) from patient), (select min(id) from coverage), ?,"
                + " (select min(id) from billing_provider), ?, ?, ?, ?)")
        .params(
            id, payer, clinician, status, LocalDate.parse(dateOfService), new BigDecimal("150.00"))
        .update();
    if (submittedOn != null) {
      long batch = jdbc.sql("select nextval('claim_batch_seq')").query(Long.class).single();
      jdbc.sql(
              "insert into claim_batch (id, payer_id, interchange_control_number,"
                  + " group_control_number, transaction_control_number, claim_count, x12,"
                  + " created_at) values (?, ?, nextval('x12_interchange_control_seq'),"
                  + " nextval('x12_group_control_seq'), nextval('x12_transaction_control_seq'),"
                  + " 1, 'ISA~', ?)")
          .params(
              batch,
              payer,
              submittedOn.atTime(12, 0).atZone(ZoneId.systemDefault()).toOffsetDateTime())
          .update();
      jdbc.sql("insert into batch_claim (batch_id, claim_id) values (?, ?)")
          .params(batch, id)
          .update();
    }
    return id;
  }
}
