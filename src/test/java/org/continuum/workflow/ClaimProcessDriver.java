package org.continuum.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.continuum.claim.ClaimRepository;
import org.continuum.claim.ClaimStatus;
import org.operaton.bpm.engine.ManagementService;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.TaskService;
import org.operaton.bpm.engine.impl.util.ClockUtil;
import org.operaton.bpm.engine.runtime.Incident;
import org.operaton.bpm.engine.runtime.Job;
import org.operaton.bpm.engine.runtime.ProcessInstance;
import org.operaton.bpm.engine.task.Task;

/**
 * Drives a claim's lifecycle in tests: runs its asynchronous continuations by element id (the job
 * executor may get there first; either way the job runs once), waits for tasks and statuses with
 * Awaitility, completes tasks as their users would, and moves the engine clock for timers.
 */
final class ClaimProcessDriver {

  // Generous: on a loaded two-core machine the job executor can lag the test thread by seconds.
  private static final Duration PATIENCE = Duration.ofSeconds(90);

  private final RuntimeService runtime;
  private final TaskService tasks;
  private final ManagementService management;
  private final ClaimRepository claims;

  ClaimProcessDriver(
      RuntimeService runtime,
      TaskService tasks,
      ManagementService management,
      ClaimRepository claims) {
    this.runtime = runtime;
    this.tasks = tasks;
    this.management = management;
    this.claims = claims;
  }

  ProcessInstance instanceOf(long claimId) {
    return await()
        .atMost(PATIENCE)
        .until(
            () ->
                runtime
                    .createProcessInstanceQuery()
                    .processDefinitionKey(ClaimLifecycleProcess.KEY)
                    .processInstanceBusinessKey(String.valueOf(claimId))
                    .singleResult(),
            i -> i != null);
  }

  /** Runs the claim's due continuations at an element, if it has any. */
  void runJobsAt(long claimId, String elementId) {
    String instanceId = instanceOf(claimId).getId();
    for (Job job :
        management.createJobQuery().processInstanceId(instanceId).activityId(elementId).list()) {
      try {
        management.executeJob(job.getId());
      } catch (RuntimeException takenByTheJobExecutor) {
        // the job executor ran it, or is running it; the awaits below see the outcome
      }
    }
  }

  /** Runs whatever asynchronous continuation the claim waits at, until it waits for a person. */
  private void runPendingContinuations(String instanceId) {
    for (String element :
        List.of(
            ClaimLifecycleProcess.START,
            ClaimLifecycleProcess.RECORD_DOCUMENTATION_ANSWER,
            ClaimLifecycleProcess.OBTAIN_AUTHORIZATION,
            ClaimLifecycleProcess.APPLY_EDIT_FIX)) {
      management.createJobQuery().processInstanceId(instanceId).activityId(element).list().stream()
          .filter(j -> j.getRetries() > 0)
          .forEach(
              job -> {
                try {
                  management.executeJob(job.getId());
                } catch (RuntimeException takenByTheJobExecutor) {
                  // see runJobsAt
                }
              });
    }
  }

  Task awaitTask(long claimId, String taskKey) {
    String instanceId = instanceOf(claimId).getId();
    return await()
        .atMost(PATIENCE)
        .failFast("an incident was raised", () -> assertThat(incidents(instanceId)).isNull())
        .until(
            () -> {
              runPendingContinuations(instanceId);
              return tasks
                  .createTaskQuery()
                  .processInstanceId(instanceId)
                  .taskDefinitionKey(taskKey)
                  .singleResult();
            },
            t -> t != null);
  }

  void awaitStatus(long claimId, ClaimStatus status) {
    String instanceId = instanceOf(claimId).getId();
    await()
        .atMost(PATIENCE)
        .failFast("an incident was raised", () -> assertThat(incidents(instanceId)).isNull())
        .until(
            () -> {
              runPendingContinuations(instanceId);
              return claims.findById(claimId).orElseThrow().getStatus();
            },
            s -> s == status);
  }

  /**
   * Waits until the claim is ready for the next batch: its process waits for the acknowledgment of
   * the batch the claim goes out in.
   */
  void awaitReadyForItsBatch(long claimId) {
    String instanceId = instanceOf(claimId).getId();
    await()
        .atMost(PATIENCE)
        .failFast("an incident was raised", () -> assertThat(incidents(instanceId)).isNull())
        .until(
            () -> {
              runPendingContinuations(instanceId);
              return runtime.getActiveActivityIds(instanceId);
            },
            ids -> ids.contains(ClaimLifecycleProcess.ACKNOWLEDGMENT));
  }

  /**
   * Ends the claim's lifecycle, for a test that sets the claim up at a later stage. The lifecycle
   * only: a demo authorization's renewal may carry the same number as its business key.
   */
  void endLifecycle(long claimId, String reason) {
    runtime.deleteProcessInstance(instanceOf(claimId).getId(), reason);
  }

  void complete(Task task, Map<String, Object> variables) {
    tasks.complete(task.getId(), variables);
  }

  /** Moves the engine clock; {@link #resetClock} puts it back. */
  void moveClockTo(Date time) {
    ClockUtil.setCurrentTime(time);
  }

  void resetClock() {
    ClockUtil.reset();
  }

  private String incidents(String instanceId) {
    Incident incident =
        runtime.createIncidentQuery().processInstanceId(instanceId).list().stream()
            .findFirst()
            .orElse(null);
    return incident == null
        ? null
        : incident.getActivityId() + ": " + incident.getIncidentMessage();
  }
}
