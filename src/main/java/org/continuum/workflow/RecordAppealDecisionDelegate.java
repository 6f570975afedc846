package org.continuum.workflow;

import static org.continuum.workflow.AppealProcess.*;

import org.continuum.appeal.Appeals;
import org.continuum.claim.ClaimActions;
import org.operaton.bpm.engine.delegate.DelegateExecution;
import org.operaton.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Record appeal decision": the payer's answer joins the claim's trail; an upheld denial moves the
 * appeal to the next level, from the decision's date, when the payer has one.
 */
@Component
class RecordAppealDecisionDelegate implements JavaDelegate {

  private final ClaimActions claims;
  private final Appeals appeals;

  RecordAppealDecisionDelegate(ClaimActions claims, Appeals appeals) {
    this.claims = claims;
    this.appeals = appeals;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long claimId = ((Number) execution.getVariable(DenialWorkProcess.CLAIM_ID)).longValue();
    int level = ((Number) execution.getVariable(LEVEL)).intValue();
    String decision = String.valueOf(execution.getVariable(DECISION));
    Object actor = execution.getVariable("appealDecisionActor");
    claims.record(
        claimId,
        "APPEAL_" + decision,
        actor == null ? "payer" : actor.toString(),
        "Level "
            + level
            + (execution.getVariable(DECISION_NOTE) == null
                ? ""
                : ": " + execution.getVariable(DECISION_NOTE)),
        StepOccasion.of(execution));
    var next =
        "UPHELD".equals(decision)
            ? appeals.nextLevel(claimId, level)
            : java.util.Optional.<Integer>empty();
    execution.setVariable(HAS_NEXT_LEVEL, next.isPresent());
    next.ifPresent(n -> execution.setVariable(LEVEL, n));
    if ("OVERTURNED".equals(decision)) {
      execution.setVariable(OUTCOME, "OVERTURNED");
    } else if (next.isEmpty()) {
      execution.setVariable(OUTCOME, "EXHAUSTED");
    }
  }
}
