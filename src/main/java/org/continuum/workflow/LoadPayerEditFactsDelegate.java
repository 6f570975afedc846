package org.continuum.workflow;

import static org.continuum.workflow.ClaimLifecycleProcess.*;

import org.continuum.claim.ClaimLifecycle;
import org.operaton.bpm.engine.delegate.DelegateExecution;
import org.operaton.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Load payer edit facts": the PHI-free inputs of the payer-edits decision. */
@Component
class LoadPayerEditFactsDelegate implements JavaDelegate {

  private final ClaimLifecycle claims;

  LoadPayerEditFactsDelegate(ClaimLifecycle claims) {
    this.claims = claims;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ClaimLifecycle.PayerEditFacts facts =
        claims.payerEditFacts((Long) execution.getVariable(CLAIM_ID));
    StepVariables.setTransient(execution, PAYER_CODE, facts.payerCode());
    StepVariables.setTransient(execution, PAYER_FAMILY, facts.payerFamily());
    StepVariables.setTransient(execution, MODALITY, facts.modality());
    StepVariables.setTransient(execution, AUDIO_ONLY_COVERED, facts.audioOnlyCovered());
    StepVariables.setTransient(execution, PLACE_OF_SERVICE, facts.placeOfService());
    StepVariables.setTransient(execution, MODIFIERS, facts.modifiers());
    StepVariables.setTransient(execution, VISIT_CAP_PER_YEAR, facts.visitCapPerYear());
    StepVariables.setTransient(execution, VISITS_THIS_YEAR, facts.visitsThisYear());
  }
}
