package org.continuum.workflow;

import static org.continuum.workflow.ClaimLifecycleProcess.*;

import org.continuum.claim.ClaimLifecycle;
import org.operaton.bpm.engine.delegate.DelegateExecution;
import org.operaton.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Load documentation facts": the PHI-free inputs of the time-band decision and the query. */
@Component
class LoadDocumentationFactsDelegate implements JavaDelegate {

  private final ClaimLifecycle claims;

  LoadDocumentationFactsDelegate(ClaimLifecycle claims) {
    this.claims = claims;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ClaimLifecycle.DocumentationFacts facts =
        claims.documentationFacts((Long) execution.getVariable(CLAIM_ID));
    StepVariables.setTransient(execution, PROCEDURE_CODE, facts.procedureCode());
    StepVariables.setTransient(execution, MINUTES, facts.minutes());
    StepVariables.setTransient(
        execution, MINIMUM_MINUTES_FOR_90837, facts.minimumMinutesFor90837());
    StepVariables.setTransient(execution, PAYER_FAMILY, facts.payerFamily());
    StepVariables.setTransient(execution, PAYER_CODE, facts.payerCode());
    StepVariables.setTransient(execution, CLINICIAN_USER_ID, facts.renderingClinicianUserId());
  }
}
