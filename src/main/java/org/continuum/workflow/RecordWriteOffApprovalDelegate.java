package org.continuum.workflow;

import static org.continuum.workflow.DenialWorkProcess.APPROVAL_NOTE;
import static org.continuum.workflow.DenialWorkProcess.WRITE_OFF_APPROVED;

import org.continuum.denial.DenialWork;
import org.continuum.denial.WorkedDenial;
import org.operaton.bpm.engine.delegate.DelegateExecution;
import org.operaton.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Record write-off approval": the manager's answer joins the claim's audit trail. */
@Component
class RecordWriteOffApprovalDelegate implements JavaDelegate {

  private final DenialWork denials;

  RecordWriteOffApprovalDelegate(DenialWork denials) {
    this.denials = denials;
  }

  @Override
  public void execute(DelegateExecution execution) {
    WorkedDenial denial = DeniedClaimVariables.of(execution);
    denials.recordApproval(
        denial.claimId(),
        Boolean.TRUE.equals(execution.getVariable(WRITE_OFF_APPROVED)),
        denial.actor(),
        (String) execution.getVariable(APPROVAL_NOTE),
        StepOccasion.of(execution));
  }
}
