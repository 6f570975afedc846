package org.continuum.workflow;

import static org.continuum.workflow.ClaimLifecycleProcess.*;

import org.continuum.claim.ClaimLifecycle;
import org.operaton.bpm.engine.delegate.DelegateExecution;
import org.operaton.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Apply edit fix": a biller's correction of the claim goes onto the claim before re-scrubbing. */
@Component
class ApplyEditFixDelegate implements JavaDelegate {

  private final ClaimLifecycle claims;

  ApplyEditFixDelegate(ClaimLifecycle claims) {
    this.claims = claims;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Object placeOfService = execution.getVariable(CORRECTED_PLACE_OF_SERVICE);
    claims.correctPlaceOfService(
        (Long) execution.getVariable(CLAIM_ID),
        placeOfService == null ? null : placeOfService.toString());
    execution.removeVariable(CORRECTED_PLACE_OF_SERVICE);
  }
}
