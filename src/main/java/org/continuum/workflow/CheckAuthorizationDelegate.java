package org.continuum.workflow;

import static org.continuum.workflow.ClaimLifecycleProcess.*;

import java.util.List;
import org.continuum.claim.ClaimLifecycle;
import org.continuum.claim.Defect;
import org.operaton.bpm.engine.delegate.DelegateExecution;
import org.operaton.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Check authorization": spends authorized units, or says which authorization is missing. */
@Component
class CheckAuthorizationDelegate implements JavaDelegate {

  private final ClaimLifecycle claims;

  CheckAuthorizationDelegate(ClaimLifecycle claims) {
    this.claims = claims;
  }

  @Override
  public void execute(DelegateExecution execution) {
    List<Defect> missing = claims.checkAuthorization((Long) execution.getVariable(CLAIM_ID));
    StepVariables.setForPerson(
        execution, AUTHORIZATION_MISSING, !missing.isEmpty(), !missing.isEmpty());
    StepVariables.setForPerson(
        execution, AUTHORIZATION_DEFECTS, DefectText.of(missing), !missing.isEmpty());
  }
}
