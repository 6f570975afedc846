package org.continuum.workflow;

import static org.continuum.workflow.ClaimLifecycleProcess.*;

import java.util.List;
import org.continuum.claim.ClaimLifecycle;
import org.continuum.claim.Defect;
import org.operaton.bpm.engine.delegate.DelegateExecution;
import org.operaton.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Record payer edits": what the payer-edits decision rejected becomes the claim's defects, and the
 * text of the biller's task when there is any.
 */
@Component
class RecordPayerEditsDelegate implements JavaDelegate {

  private final ClaimLifecycle claims;

  RecordPayerEditsDelegate(ClaimLifecycle claims) {
    this.claims = claims;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Object found = execution.getVariable(PAYER_EDITS_FOUND);
    List<Defect> failures =
        DecisionResults.defects(
            (String)
                (found != null
                    ? found
                    // an instance on a model whose task mapped the result straight into this one
                    : execution.getVariable(PAYER_EDIT_FAILURES)));
    claims.recordPayerEdits((Long) execution.getVariable(CLAIM_ID), failures);
    StepVariables.setTransient(execution, PAYER_EDIT_FAILURE_COUNT, failures.size());
    StepVariables.setForPerson(
        execution, PAYER_EDIT_FAILURES, DefectText.of(failures), !failures.isEmpty());
  }
}
