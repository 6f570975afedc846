package org.continuum.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.function.LongFunction;
import java.util.stream.Stream;
import org.continuum.authorization.Authorization;
import org.continuum.authorization.AuthorizationRepository;
import org.continuum.authorization.AuthorizationStatus;
import org.continuum.support.AcceptedClaims;
import org.continuum.support.ClaimWorld;
import org.continuum.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.operaton.bpm.engine.ManagementService;
import org.operaton.bpm.engine.ProcessEngine;
import org.operaton.bpm.engine.RepositoryService;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.TaskService;
import org.operaton.bpm.engine.delegate.JavaDelegate;
import org.operaton.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.operaton.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.operaton.bpm.engine.runtime.Job;
import org.operaton.bpm.model.bpmn.Bpmn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A step that runs twice has its side effect once. The engine runs a job at least once: a lock that
 * times out while the job still runs, a retry, an operator restarting a step, or a business call
 * committed in its own transaction before the job's failed — each runs the step's delegate again
 * with the variables the job started with. Every delegate with a side effect in bpmn/*.bpmn is run
 * here twice on a real execution, each run in its own transaction, the variables put back between
 * them as a rolled-back job would leave them, and the business state must show one change: one
 * claim action, one final letter, units spent once, one renewal, the same open defects. The table
 * names each delegate with the state it changes; {@code planRenewalDelegate} and the load and check
 * delegates only read. Two threads running the same due timer job show the engine's half: one wins,
 * the other fails on the job's version, and one task follows.
 */
@IntegrationTest
class StepRunTwiceTests {

  /** A one-task process to run delegates on: an execution with variables and nothing else. */
  private static final String HOST = "step-run-twice-host";

  @Autowired ApplicationContext beans;
  @Autowired ProcessEngine engine;
  @Autowired RepositoryService repository;
  @Autowired RuntimeService runtime;
  @Autowired TaskService taskService;
  @Autowired ManagementService management;
  @Autowired AuthorizationRepository authorizations;
  @Autowired ClaimWorld.Repositories repositories;
  @Autowired JdbcClient jdbc;

  ClaimWorld world;

  @BeforeEach
  void setUp() {
    world = new ClaimWorld(repositories);
    if (repository.createProcessDefinitionQuery().processDefinitionKey(HOST).count() == 0) {
      repository
          .createDeployment()
          .name(HOST)
          .addModelInstance(
              HOST + ".bpmn",
              Bpmn.createExecutableProcess(HOST)
                  .operatonHistoryTimeToLive(1)
                  .startEvent()
                  .userTask("step")
                  .endEvent()
                  .done())
          .deploy();
    }
  }

  /**
   * One row of the table: a delegate, the variables its job starts with for a fresh claim (or
   * authorization), and the business state that must change once, as a count.
   */
  record Step(
      String name,
      String delegate,
      LongFunction<Map<String, Object>> variables,
      String subject,
      String effect,
      long once) {

    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Step> steps() {
    String actions = "select count(*) from claim_action where claim_id = ?";
    return Stream.of(
        new Step(
            "take denial action: write off",
            "takeDenialActionDelegate",
            claim -> denial(claim, "CO", "45", "WRITE_OFF", "small balance"),
            "denied",
            actions + " and action = 'WRITE_OFF'",
            1),
        new Step(
            "take denial action: bill the patient",
            "takeDenialActionDelegate",
            claim -> denial(claim, "PR", "2", "BILL_PATIENT", null),
            "denied",
            actions + " and action = 'BILL_PATIENT'",
            1),
        new Step(
            "take denial action: appeal",
            "takeDenialActionDelegate",
            claim -> {
              Map<String, Object> denial = denial(claim, "CO", "50", "APPEAL", "plan supports it");
              denial.put(DenialWorkProcess.APPEALABLE, true);
              denial.put(DenialWorkProcess.CATEGORY, "MEDICAL_NECESSITY");
              return denial;
            },
            "denied",
            actions + " and action = 'APPEAL'",
            1),
        new Step(
            "take denial action: corrected claim, units spent once",
            "takeDenialActionDelegate",
            claim -> denial(claim, "CO", "16", "CORRECTED_CLAIM", "added the code"),
            "denied with a returned unit",
            "select coalesce(sum(units_used), 0) from authorization_grant where patient_id ="
                + " (select patient_id from claim where id = ?)",
            1),
        new Step(
            "record write-off approval",
            "recordWriteOffApprovalDelegate",
            claim -> {
              Map<String, Object> approval = denial(claim, "CO", "45", "WRITE_OFF", "old");
              approval.put(DenialWorkProcess.WRITE_OFF_APPROVED, true);
              approval.put(DenialWorkProcess.APPROVAL_NOTE, "ok");
              return approval;
            },
            "denied",
            actions + " and action = 'WRITE_OFF_APPROVED'",
            1),
        new Step(
            "generate the final appeal letter",
            "generateAppealLetterDelegate",
            claim -> {
              Map<String, Object> letter = appeal(claim);
              letter.put(AppealProcess.DENIAL_CODES, "CO-50");
              letter.put(DenialWorkProcess.CODE_MEANING, "Not medically necessary.");
              letter.put(AppealProcess.ARGUMENT, "The treatment plan documents the need.");
              letter.put(AppealProcess.FINALISE, true);
              return letter;
            },
            "denied",
            "select count(*) from appeal_letter where claim_id = ? and status = 'FINAL'",
            1),
        new Step(
            "record the appeal decision",
            "recordAppealDecisionDelegate",
            claim -> {
              Map<String, Object> decision = appeal(claim);
              decision.put(AppealProcess.DECISION, "OVERTURNED");
              return decision;
            },
            "denied",
            actions + " and action = 'APPEAL_OVERTURNED'",
            1),
        new Step(
            "remind of the appeal deadline",
            "remindAppealDeadlineDelegate",
            StepRunTwiceTests::appeal,
            "denied",
            actions + " and action = 'APPEAL_REMINDER'",
            1),
        new Step(
            "record the missed appeal deadline",
            "recordAppealDeadlineMissedDelegate",
            StepRunTwiceTests::appeal,
            "denied",
            actions + " and action = 'APPEAL_DEADLINE_MISSED'",
            1),
        new Step(
            "resubmit a rejected claim, units spent once",
            "resubmitClaimDelegate",
            claim -> claim(claim),
            "denied with a returned unit",
            "select coalesce(sum(units_used), 0) from authorization_grant where patient_id ="
                + " (select patient_id from claim where id = ?)",
            1),
        new Step(
            "record payer edits",
            "recordPayerEditsDelegate",
            claim -> {
              Map<String, Object> edits = claim(claim);
              edits.put(
                  ClaimLifecycleProcess.PAYER_EDIT_FAILURES,
                  "POS_MISMATCH\tThe place of service does not match the modality.");
              return edits;
            },
            "denied",
            "select count(*) from claim_defect where claim_id = ? and stage = 'PAYER_EDIT'",
            1),
        new Step(
            "mark ready to submit",
            "markReadyToSubmitDelegate",
            claim -> claim(claim),
            "denied",
            "select count(*) from claim where id = ? and status = 'READY_TO_SUBMIT'",
            1),
        new Step(
            "record the renewal decision",
            "recordRenewalDecisionDelegate",
            authorization -> {
              Map<String, Object> answer = new HashMap<>();
              answer.put(AuthorizationRenewalProcess.AUTHORIZATION_ID, authorization);
              answer.put(
                  AuthorizationRenewalProcess.RENEWAL_OUTCOME,
                  AuthorizationRenewalProcess.OUTCOME_APPROVED);
              answer.put(AuthorizationRenewalProcess.RENEWAL_AUTHORIZATION_NUMBER, "RN-1");
              answer.put(AuthorizationRenewalProcess.RENEWAL_UNITS_APPROVED, 12L);
              answer.put(AuthorizationRenewalProcess.RENEWAL_START_DATE, "2027-01-01");
              answer.put(AuthorizationRenewalProcess.RENEWAL_END_DATE, "2027-06-30");
              return answer;
            },
            "authorization",
            "select count(*) from authorization_grant where patient_id ="
                + " (select patient_id from authorization_grant where id = ?)"
                + " and authorization_number = 'RN-1'",
            1));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("steps")
  void aStepRunTwiceChangesTheBusinessStateOnce(Step step) {
    long subject = subject(step.subject());
    Map<String, Object> started = step.variables().apply(subject);
    String execution =
        runtime.startProcessInstanceByKey(HOST, String.valueOf(subject), started).getId();
    JavaDelegate delegate = beans.getBean(step.delegate(), JavaDelegate.class);

    run(delegate, execution);
    long afterFirst = count(step.effect(), subject);
    putBack(execution, started);
    run(delegate, execution);

    assertThat(afterFirst).as("the first run's effect").isEqualTo(step.once());
    assertThat(count(step.effect(), subject)).as("after the second run").isEqualTo(step.once());
    runtime.deleteProcessInstance(execution, "step run twice");
  }

  @Test
  void aDueTimerRunByTwoThreadsAtOnceFiresOnce() throws Exception {
    ClaimWorld.Insured insured = world.patientCoveredBy(world.summit());
    Authorization authorization =
        authorizations.save(
            new Authorization(
                insured.patientId(),
                insured.payerId(),
                "PA-" + System.nanoTime(),
                List.of("90837"),
                20,
                LocalDate.now().minusDays(30),
                LocalDate.now().plusDays(60),
                null,
                AuthorizationStatus.ACTIVE));
    String instance =
        await()
            .atMost(Duration.ofSeconds(30))
            .until(
                () -> {
                  management
                      .createJobQuery()
                      .processDefinitionKey(AuthorizationRenewalProcess.KEY)
                      .activityId(AuthorizationRenewalProcess.START)
                      .list()
                      .forEach(j -> executeQuietly(j.getId()));
                  var timer = timer(authorization.getId());
                  return timer == null ? null : timer.getProcessInstanceId();
                },
                id -> id != null);
    Job timer = timer(authorization.getId());
    // due only for these two threads: the job executor waits for its date, weeks away
    CountDownLatch go = new CountDownLatch(1);
    List<CompletableFuture<String>> runs = new ArrayList<>();
    for (int thread = 0; thread < 2; thread++) {
      runs.add(
          CompletableFuture.supplyAsync(
              () -> {
                try {
                  go.await();
                  management.executeJob(timer.getId());
                  return "ran";
                } catch (Exception lost) {
                  return lost.getClass().getSimpleName();
                }
              }));
    }
    go.countDown();
    List<String> outcomes = new ArrayList<>();
    for (CompletableFuture<String> run : runs) {
      outcomes.add(run.get());
    }

    assertThat(outcomes).as("one run wins").containsOnlyOnce("ran");
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () -> {
              management
                  .createJobQuery()
                  .processInstanceId(instance)
                  .activityId(AuthorizationRenewalProcess.LOAD_RENEWAL_FACTS)
                  .list()
                  .forEach(j -> executeQuietly(j.getId()));
              return taskService
                  .createTaskQuery()
                  .processInstanceId(instance)
                  .taskDefinitionKey(AuthorizationRenewalProcess.REQUEST_RENEWAL)
                  .count();
            },
            n -> n > 0);
    assertThat(
            taskService
                .createTaskQuery()
                .processInstanceId(instance)
                .taskDefinitionKey(AuthorizationRenewalProcess.REQUEST_RENEWAL)
                .count())
        .isOne();
    runtime.deleteProcessInstance(instance, "timer fired once");
  }

  // ---- the table's variables ----

  private static Map<String, Object> claim(long claimId) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(ClaimLifecycleProcess.CLAIM_ID, claimId);
    return variables;
  }

  private static Map<String, Object> denial(
      long claimId, String group, String reason, String action, String note) {
    Map<String, Object> variables = claim(claimId);
    variables.put(DenialWorkProcess.GROUP_CODE, group);
    variables.put(DenialWorkProcess.REASON_CODE, reason);
    variables.put(DenialWorkProcess.AMOUNT, "26.00");
    variables.put(DenialWorkProcess.CATEGORY, "OTHER");
    variables.put(DenialWorkProcess.ACTION, action);
    variables.put(DenialWorkProcess.NOTE, note);
    return variables;
  }

  private static Map<String, Object> appeal(long claimId) {
    Map<String, Object> variables = claim(claimId);
    variables.put(AppealProcess.LEVEL, 1);
    variables.put(AppealProcess.FILE_BY, "2026-12-01");
    return variables;
  }

  // ---- helpers ----

  /** A fresh denied claim, or one whose authorized unit the denial gave back, or authorization. */
  private long subject(String kind) {
    ClaimWorld.Insured insured = world.patientCoveredBy(world.summit());
    long clinician = world.lcsw(null).getId();
    if (kind.equals("authorization")) {
      return world.authorize(insured, List.of("90837"), 10, null).getId();
    }
    long claimId = AcceptedClaims.insert(jdbc, insured, clinician, 1, "90837::180.00").get(0);
    jdbc.sql("update claim set status = 'DENIED', payer_claim_number = ? where id = ?")
        .params("PCN" + claimId, claimId)
        .update();
    if (kind.equals("denied with a returned unit")) {
      // the unit the claim spent was given back by the denial: a resubmission takes it again
      world.authorize(insured, List.of("90837"), 10, null);
    }
    return claimId;
  }

  /** Runs the delegate on the host's execution in a transaction of its own, as a job would. */
  private void run(JavaDelegate delegate, String executionId) {
    ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .getCommandExecutorTxRequired()
        .execute(
            context -> {
              ExecutionEntity execution =
                  context.getExecutionManager().findExecutionById(executionId);
              try {
                delegate.execute(execution);
              } catch (RuntimeException refused) {
                throw refused;
              } catch (Exception failed) {
                throw new IllegalStateException(failed);
              }
              return null;
            });
  }

  /** The variables as the job found them: what the first run set or removed is rolled back. */
  private void putBack(String executionId, Map<String, Object> started) {
    List<String> added =
        runtime.getVariables(executionId).keySet().stream()
            .filter(name -> !started.containsKey(name))
            .toList();
    runtime.removeVariables(executionId, added);
    runtime.setVariables(executionId, started);
  }

  private long count(String sql, long subject) {
    return jdbc.sql(sql).param(subject).query(Long.class).single();
  }

  private Job timer(long authorizationId) {
    return management
        .createJobQuery()
        .processDefinitionKey(AuthorizationRenewalProcess.KEY)
        .activityId(AuthorizationRenewalProcess.LEAD_TIME_REACHED)
        .timers()
        .list()
        .stream()
        .filter(
            j ->
                String.valueOf(authorizationId)
                    .equals(
                        runtime
                            .createProcessInstanceQuery()
                            .processInstanceId(j.getProcessInstanceId())
                            .singleResult()
                            .getBusinessKey()))
        .findFirst()
        .orElse(null);
  }

  private void executeQuietly(String jobId) {
    try {
      management.executeJob(jobId);
    } catch (RuntimeException takenByTheJobExecutor) {
      // the job executor ran it or is running it
    }
  }
}
