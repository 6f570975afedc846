package org.continuum.workflow;

import static org.continuum.workflow.ClaimLifecycleProcess.*;

import java.time.LocalDate;
import org.continuum.claim.ClaimLifecycle;
import org.continuum.session.DocumentationAnswer;
import org.operaton.bpm.engine.delegate.DelegateExecution;
import org.operaton.bpm.engine.delegate.JavaDelegate;
import org.operaton.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/** "Record documentation answer": what the clinician submitted goes back to the session. */
@Component
class RecordDocumentationAnswerDelegate implements JavaDelegate {

  private final ClaimLifecycle claims;

  RecordDocumentationAnswerDelegate(ClaimLifecycle claims) {
    this.claims = claims;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Object minutes = execution.getVariable(CORRECTED_MINUTES);
    Object planReviewed = execution.getVariable(TREATMENT_PLAN_REVIEWED_ON);
    claims.answerDocumentationQuery(
        (Long) execution.getVariable(CLAIM_ID),
        new DocumentationAnswer(
            minutes instanceof Number n ? n.intValue() : null,
            blankToNull(execution.getVariable(CORRECTED_PROCEDURE_CODE)),
            Boolean.TRUE.equals(execution.getVariable(NOTE_SIGNED))
                ? ClockUtil.getCurrentTime().toInstant()
                : null,
            planReviewed == null || planReviewed.toString().isBlank()
                ? null
                : LocalDate.parse(planReviewed.toString().substring(0, 10)),
            blankToNull(execution.getVariable(ANSWER))));
    for (String answered :
        new String[] {
          CORRECTED_MINUTES,
          CORRECTED_PROCEDURE_CODE,
          NOTE_SIGNED,
          TREATMENT_PLAN_REVIEWED_ON,
          ANSWER
        }) {
      execution.removeVariable(answered);
    }
  }

  private static String blankToNull(Object value) {
    return value == null || value.toString().isBlank() ? null : value.toString().strip();
  }
}
