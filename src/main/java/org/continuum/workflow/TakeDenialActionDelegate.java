package org.continuum.workflow;

import org.continuum.denial.DenialWork;
import org.operaton.bpm.engine.delegate.DelegateExecution;
import org.operaton.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Take denial action": applies the chosen action to the claim and records who chose it. */
@Component
class TakeDenialActionDelegate implements JavaDelegate {

  private final DenialWork denials;

  TakeDenialActionDelegate(DenialWork denials) {
    this.denials = denials;
  }

  @Override
  public void execute(DelegateExecution execution) {
    denials.take(DeniedClaimVariables.of(execution), StepOccasion.of(execution));
  }
}
