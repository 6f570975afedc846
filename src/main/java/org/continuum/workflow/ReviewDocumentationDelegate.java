package org.continuum.workflow;

import static org.continuum.workflow.ClaimLifecycleProcess.*;

import java.util.List;
import org.continuum.claim.ClaimLifecycle;
import org.continuum.claim.Defect;
import org.operaton.bpm.engine.delegate.DelegateExecution;
import org.operaton.bpm.engine.delegate.JavaDelegate;
import org.operaton.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * "Review documentation": the claim module judges the note against the time band the decision
 * found; the defects become the text of the clinician's query, with its answer deadline.
 */
@Component
class ReviewDocumentationDelegate implements JavaDelegate {

  private final ClaimLifecycle claims;

  ReviewDocumentationDelegate(ClaimLifecycle claims) {
    this.claims = claims;
  }

  @Override
  public void execute(DelegateExecution execution) {
    List<Defect> defects =
        claims.reviewDocumentation(
            (Long) execution.getVariable(CLAIM_ID),
            (String) execution.getVariable(SUPPORTED_CODE),
            ((Number) execution.getVariable(MINUTES_REQUIRED)).intValue());
    StepVariables.setTransient(execution, DOCUMENTATION_DEFECT_COUNT, defects.size());
    StepVariables.setForPerson(
        execution, DOCUMENTATION_DEFECTS, DefectText.of(defects), !defects.isEmpty());
    if (!defects.isEmpty()) {
      // the deadline of the clinician's query, which only a claim with defects gets
      execution.setVariable(
          ANSWER_DUE_AT, BusinessDays.after(ClockUtil.getCurrentTime(), ANSWER_BUSINESS_DAYS));
    }
  }
}
