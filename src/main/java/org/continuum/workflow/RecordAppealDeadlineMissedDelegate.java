package org.continuum.workflow;

import static org.continuum.workflow.AppealProcess.*;

import org.continuum.claim.ClaimActions;
import org.operaton.bpm.engine.delegate.DelegateExecution;
import org.operaton.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Record missed appeal deadline": the level's window closed without a final letter; the claim's
 * trail says so and denial-work gets the denial back for a write-off or a patient bill.
 */
@Component
class RecordAppealDeadlineMissedDelegate implements JavaDelegate {

  private final ClaimActions claims;

  RecordAppealDeadlineMissedDelegate(ClaimActions claims) {
    this.claims = claims;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long claimId = ((Number) execution.getVariable(DenialWorkProcess.CLAIM_ID)).longValue();
    claims.record(
        claimId,
        "APPEAL_DEADLINE_MISSED",
        "system",
        "Level " + execution.getVariable(LEVEL) + " was due by " + execution.getVariable(FILE_BY),
        StepOccasion.of(execution));
    execution.setVariable(OUTCOME, "MISSED");
  }
}
