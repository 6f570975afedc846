package org.continuum.workflow;

import static org.continuum.workflow.AppealProcess.*;

import org.continuum.claim.ClaimActions;
import org.operaton.bpm.engine.delegate.DelegateExecution;
import org.operaton.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Remind appeal deadline": the open Prepare appeal task moves to the top of its queue (priority
 * 80) and the reminder is recorded on the claim.
 */
@Component
class RemindAppealDeadlineDelegate implements JavaDelegate {

  static final int REMINDED_PRIORITY = 80;

  private final ClaimActions claims;

  RemindAppealDeadlineDelegate(ClaimActions claims) {
    this.claims = claims;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long claimId = ((Number) execution.getVariable(DenialWorkProcess.CLAIM_ID)).longValue();
    var tasks = execution.getProcessEngineServices().getTaskService();
    tasks
        .createTaskQuery()
        .processInstanceId(execution.getProcessInstanceId())
        .taskDefinitionKey(PREPARE_APPEAL)
        .list()
        .forEach(t -> tasks.setPriority(t.getId(), REMINDED_PRIORITY));
    claims.record(
        claimId,
        "APPEAL_REMINDER",
        "system",
        "Level "
            + execution.getVariable(LEVEL)
            + " appeal due by "
            + execution.getVariable(FILE_BY),
        StepOccasion.of(execution));
  }
}
