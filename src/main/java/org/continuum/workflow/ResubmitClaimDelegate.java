package org.continuum.workflow;

import static org.continuum.workflow.ClaimLifecycleProcess.*;

import java.util.List;
import org.continuum.claim.ClaimLifecycle;
import org.continuum.claim.Defect;
import org.continuum.submission.ClaimBatches;
import org.operaton.bpm.engine.delegate.DelegateExecution;
import org.operaton.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Resubmit claim": the biller's correction goes onto the claim, the claim leaves its rejected
 * batch, takes back the authorized units the rejection returned and waits, ready to submit, for the
 * next batch; a line that finds no unit sends the claim to the authorizations team instead.
 */
@Component
class ResubmitClaimDelegate implements JavaDelegate {

  private final ClaimLifecycle claims;
  private final ClaimBatches batches;

  ResubmitClaimDelegate(ClaimLifecycle claims, ClaimBatches batches) {
    this.claims = claims;
    this.batches = batches;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long claimId = (Long) execution.getVariable(CLAIM_ID);
    Object placeOfService = execution.getVariable(CORRECTED_PLACE_OF_SERVICE);
    claims.correctPlaceOfService(
        claimId, placeOfService == null ? null : placeOfService.toString());
    execution.removeVariable(CORRECTED_PLACE_OF_SERVICE);
    batches.release(claimId);
    List<Defect> missing = claims.retakeReturnedUnits(claimId);
    StepVariables.setForPerson(
        execution, AUTHORIZATION_MISSING, !missing.isEmpty(), !missing.isEmpty());
    StepVariables.setForPerson(
        execution, AUTHORIZATION_DEFECTS, DefectText.of(missing), !missing.isEmpty());
    if (missing.isEmpty()) {
      claims.resubmitAsOriginal(claimId);
    }
  }
}
