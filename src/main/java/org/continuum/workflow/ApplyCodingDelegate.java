package org.continuum.workflow;

import static org.continuum.workflow.ClaimLifecycleProcess.CLAIM_ID;

import org.continuum.claim.ClaimLifecycle;
import org.operaton.bpm.engine.delegate.DelegateExecution;
import org.operaton.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Apply coding": place of service, modifiers, units and charges from the reviewed session. */
@Component
class ApplyCodingDelegate implements JavaDelegate {

  private final ClaimLifecycle claims;

  ApplyCodingDelegate(ClaimLifecycle claims) {
    this.claims = claims;
  }

  @Override
  public void execute(DelegateExecution execution) {
    claims.applyCoding((Long) execution.getVariable(CLAIM_ID));
  }
}
