package org.continuum.workflow;

import static org.continuum.workflow.ArFollowUpProcess.*;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.continuum.ar.ClaimToFollowUp;
import org.continuum.ar.FollowUpQuery;
import org.operaton.bpm.engine.HistoryService;
import org.operaton.bpm.engine.ManagementService;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.TaskService;
import org.operaton.bpm.engine.delegate.DelegateExecution;
import org.operaton.bpm.engine.delegate.JavaDelegate;
import org.operaton.bpm.engine.history.HistoricProcessInstance;
import org.operaton.bpm.engine.impl.util.ClockUtil;
import org.operaton.bpm.engine.runtime.Job;
import org.operaton.bpm.engine.runtime.ProcessInstance;
import org.operaton.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * "Find claims to follow up", the daily run of bpmn/ar-follow-up.bpmn: asks the ar module which
 * claims to chase today (engine clock, server time zone) and starts one follow-up instance per
 * claim, unless the claim is already being followed up. A claim is, when it has a running
 * ar-follow-up instance (its task is open), an open "Follow up unpaid claim" task in its
 * claim-lifecycle, or a claim-lifecycle whose own no-remittance timer is still to fire (that timer
 * opens the task, counted from acceptance). So running twice on one day, or on two days in a row,
 * never opens a second task for a claim. Nor does a follow-up done recently: a claim whose last
 * follow-up instance completed within {@code followUpWaitingDays} (default 14) of the engine clock
 * is left alone, so a biller who just called the payer is not asked to call again the next morning.
 */
@Component
class FindClaimsToFollowUpDelegate implements JavaDelegate {

  private static final Logger log = LoggerFactory.getLogger(FindClaimsToFollowUpDelegate.class);

  private final FollowUpQuery query;
  private final RuntimeService runtime;
  private final TaskService tasks;
  private final ManagementService management;
  private final HistoryService history;

  FindClaimsToFollowUpDelegate(
      FollowUpQuery query,
      RuntimeService runtime,
      TaskService tasks,
      ManagementService management,
      HistoryService history) {
    this.query = query;
    this.runtime = runtime;
    this.tasks = tasks;
    this.management = management;
    this.history = history;
  }

  @Override
  public void execute(DelegateExecution execution) {
    LocalDate today =
        ClockUtil.getCurrentTime().toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
    Object warning = execution.getVariable(TIMELY_FILING_WARNING_DAYS);
    int warningDays = warning == null ? 30 : Integer.parseInt(warning.toString());
    Object waiting = execution.getVariable(FOLLOW_UP_WAITING_DAYS);
    int waitingDays = waiting == null ? 14 : Integer.parseInt(waiting.toString());
    Set<String> followedUp = claimsAlreadyFollowedUp();
    followedUp.addAll(claimsFollowedUpWithin(waitingDays));
    int opened = 0;
    for (ClaimToFollowUp claim : query.claimsToFollowUp(today, warningDays)) {
      String businessKey = String.valueOf(claim.claimId());
      if (!followedUp.add(businessKey)) {
        continue;
      }
      Map<String, Object> variables = new HashMap<>();
      variables.put(CLAIM_ID, claim.claimId());
      variables.put(PAYER_CODE, claim.payerCode());
      variables.put(FOLLOW_UP_REASON, claim.reason().name());
      variables.put(CLAIM_STATUS, claim.status());
      variables.put(
          SUBMITTED_ON, claim.submittedOn() == null ? null : claim.submittedOn().toString());
      variables.put(EXPECTED_TURNAROUND_DAYS, claim.expectedTurnaroundDays());
      variables.put(FILING_DEADLINE, claim.filingDeadline().toString());
      variables.put(DAYS_LEFT_TO_FILE, claim.daysLeftToFile());
      runtime
          .createMessageCorrelation(MESSAGE_CLAIM_NEEDS_FOLLOW_UP)
          .processInstanceBusinessKey(businessKey)
          .setVariables(variables)
          .correlateStartMessage();
      opened++;
    }
    execution.setVariable(FOLLOW_UPS_OPENED, opened);
    log.info("AR follow-up for {}: {} follow-up(s) opened", today, opened);
  }

  /** Business keys (claim ids) of the follow-ups completed within the last {@code days} days. */
  private Set<String> claimsFollowedUpWithin(int days) {
    Set<String> claimIds = new HashSet<>();
    if (days <= 0) {
      return claimIds;
    }
    Date since = Date.from(ClockUtil.getCurrentTime().toInstant().minus(Duration.ofDays(days)));
    history
        .createHistoricProcessInstanceQuery()
        .processDefinitionKey(KEY)
        .completed()
        .finishedAfter(since)
        .list()
        .stream()
        .map(HistoricProcessInstance::getBusinessKey)
        .filter(key -> key != null)
        .forEach(claimIds::add);
    return claimIds;
  }

  /** Business keys (claim ids) of every claim with a follow-up open or still to come. */
  private Set<String> claimsAlreadyFollowedUp() {
    Set<String> claimIds = new HashSet<>();
    runtime.createProcessInstanceQuery().processDefinitionKey(KEY).list().stream()
        .map(ProcessInstance::getBusinessKey)
        .filter(key -> key != null)
        .forEach(claimIds::add);
    Set<String> lifecycleInstances = new HashSet<>();
    tasks
        .createTaskQuery()
        .processDefinitionKey(ClaimLifecycleProcess.KEY)
        .taskDefinitionKey(ClaimLifecycleProcess.FOLLOW_UP_UNPAID_CLAIM)
        .list()
        .stream()
        .map(Task::getProcessInstanceId)
        .forEach(lifecycleInstances::add);
    management
        .createJobQuery()
        .processDefinitionKey(ClaimLifecycleProcess.KEY)
        .activityId(ClaimLifecycleProcess.REMITTANCE_OVERDUE)
        .timers()
        .list()
        .stream()
        .map(Job::getProcessInstanceId)
        .forEach(lifecycleInstances::add);
    if (!lifecycleInstances.isEmpty()) {
      runtime.createProcessInstanceQuery().processInstanceIds(lifecycleInstances).list().stream()
          .map(ProcessInstance::getBusinessKey)
          .forEach(claimIds::add);
    }
    return claimIds;
  }
}
