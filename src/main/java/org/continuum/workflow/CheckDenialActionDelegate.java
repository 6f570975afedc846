package org.continuum.workflow;

import static org.continuum.workflow.DenialWorkProcess.NEEDS_APPROVAL;

import org.continuum.denial.DenialWork;
import org.operaton.bpm.engine.delegate.DelegateExecution;
import org.operaton.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Check denial action": refuses what the rules forbid (the biller's task stays open with the
 * message) and says whether a manager must approve the write-off.
 */
@Component
class CheckDenialActionDelegate implements JavaDelegate {

  private final DenialWork denials;

  CheckDenialActionDelegate(DenialWork denials) {
    this.denials = denials;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(NEEDS_APPROVAL, denials.check(DeniedClaimVariables.of(execution)));
  }
}
