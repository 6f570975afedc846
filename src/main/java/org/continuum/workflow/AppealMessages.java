package org.continuum.workflow;

import static org.continuum.workflow.AppealProcess.*;

import java.util.HashMap;
import java.util.Map;
import org.continuum.appeal.AppealDecision;
import org.continuum.appeal.AppealDecisionEntered;
import org.continuum.remittance.RemittanceOutcome;
import org.continuum.remittance.RemittancePosted;
import org.continuum.web.UnprocessableException;
import org.operaton.bpm.engine.RuntimeService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Brings the payer's decision to the appeal waiting for it: entered by a person (in the request's
 * transaction, so a claim with no appeal waiting is refused with 422), or read from an 835 for an
 * appealed claim (paid in any way: overturned; denied again: upheld; a reversal decides nothing),
 * dated by the 835 (BPR16, else its production date) so the next level's window runs from the
 * payer's decision rather than from the day the file was posted.
 */
@Component
class AppealMessages {

  private final RuntimeService runtime;

  AppealMessages(RuntimeService runtime) {
    this.runtime = runtime;
  }

  @EventListener
  void on(AppealDecisionEntered entered) {
    if (!waitsForDecision(entered.claimId())) {
      throw new UnprocessableException(
          "decision", "No appeal of claim " + entered.claimId() + " is waiting for a decision.");
    }
    Map<String, Object> variables = new HashMap<>();
    variables.put(DECIDED_ON, entered.decidedOn().toString());
    variables.put(DECISION_NOTE, entered.note());
    variables.put("appealDecisionActor", entered.actor());
    decide(entered.claimId(), entered.decision(), variables);
  }

  @TransactionalEventListener
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  void on(RemittancePosted posted) {
    if (posted.outcome() == RemittanceOutcome.REVERSED || !waitsForDecision(posted.claimId())) {
      return;
    }
    Map<String, Object> variables = new HashMap<>();
    variables.put(DECIDED_ON, posted.remittanceDate().toString());
    variables.put(DECISION_NOTE, "835: " + posted.outcome());
    variables.put("appealDecisionActor", "payer");
    decide(
        posted.claimId(),
        posted.outcome() == RemittanceOutcome.DENIED
            ? AppealDecision.UPHELD
            : AppealDecision.OVERTURNED,
        variables);
  }

  private void decide(long claimId, AppealDecision decision, Map<String, Object> variables) {
    variables.put(DECISION, decision.name());
    runtime
        .createMessageCorrelation(MESSAGE_APPEAL_DECIDED)
        .processInstanceBusinessKey(String.valueOf(claimId))
        .setVariables(variables)
        .correlate();
  }

  private boolean waitsForDecision(long claimId) {
    return runtime
            .createExecutionQuery()
            .processDefinitionKey(KEY)
            .processInstanceBusinessKey(String.valueOf(claimId))
            .activityId(AWAIT_DECISION)
            .count()
        > 0;
  }
}
