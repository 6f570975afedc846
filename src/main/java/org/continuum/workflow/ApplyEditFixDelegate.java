package org.continuum.workflow;

import static org.continuum.workflow.ClaimLifecycleProcess.*;

import org.continuum.audit.AuditTrail;
import org.continuum.claim.ClaimLifecycle;
import org.operaton.bpm.engine.delegate.DelegateExecution;
import org.operaton.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Apply edit fix": a biller's correction of the claim goes onto the claim before re-scrubbing. */
@Component
class ApplyEditFixDelegate implements JavaDelegate {

  private final ClaimLifecycle claims;
  private final AuditTrail audit;

  ApplyEditFixDelegate(ClaimLifecycle claims, AuditTrail audit) {
    this.claims = claims;
    this.audit = audit;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Object placeOfService = execution.getVariable(CORRECTED_PLACE_OF_SERVICE);
    Long claimId = (Long) execution.getVariable(CLAIM_ID);
    claims.correctPlaceOfService(
        claimId, placeOfService == null ? null : placeOfService.toString());
    var authentication =
        execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    audit.record(
        authentication == null ? "system" : authentication.getUserId(),
        "EDIT_FIX",
        "claim",
        claimId,
        placeOfService == null ? "payer edits resolved" : "payer edits resolved: placeOfService");
    execution.removeVariable(CORRECTED_PLACE_OF_SERVICE);
  }
}
