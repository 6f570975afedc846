package org.continuum.workflow;

import static org.continuum.workflow.DenialWorkProcess.*;

import java.math.BigDecimal;
import org.continuum.denial.WorkedDenial;
import org.operaton.bpm.engine.delegate.DelegateExecution;

/** Reads a denial-work instance's variables into the denial module's value. */
final class DeniedClaimVariables {

  private DeniedClaimVariables() {}

  /** Who completed the task that led here; "system" for a timer or a message. */
  static String actor(DelegateExecution execution) {
    var authentication =
        execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    return authentication == null ? "system" : authentication.getUserId();
  }

  static WorkedDenial of(DelegateExecution execution) {
    Object amount = execution.getVariable(AMOUNT);
    String actor = actor(execution);
    return new WorkedDenial(
        ((Number) execution.getVariable(CLAIM_ID)).longValue(),
        (String) execution.getVariable(GROUP_CODE),
        (String) execution.getVariable(REASON_CODE),
        amount == null ? null : new BigDecimal(amount.toString()).setScale(2),
        (String) execution.getVariable(CATEGORY),
        Boolean.TRUE.equals(execution.getVariable(APPEALABLE)),
        (String) execution.getVariable(ACTION),
        (String) execution.getVariable(NOTE),
        Boolean.TRUE.equals(execution.getVariable(PROOF_OF_TIMELY_FILING)),
        actor,
        (String) execution.getVariable(AppealProcess.OUTCOME));
  }
}
