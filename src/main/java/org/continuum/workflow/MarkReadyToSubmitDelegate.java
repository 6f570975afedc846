package org.continuum.workflow;

import static org.continuum.workflow.ClaimLifecycleProcess.CLAIM_ID;

import org.continuum.claim.ClaimLifecycle;
import org.operaton.bpm.engine.delegate.DelegateExecution;
import org.operaton.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Mark ready to submit": the claim passed every check and waits for the next batch. */
@Component
class MarkReadyToSubmitDelegate implements JavaDelegate {

  private final ClaimLifecycle claims;

  MarkReadyToSubmitDelegate(ClaimLifecycle claims) {
    this.claims = claims;
  }

  @Override
  public void execute(DelegateExecution execution) {
    claims.markReadyToSubmit((Long) execution.getVariable(CLAIM_ID));
  }
}
