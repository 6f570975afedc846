package org.continuum.workflow;

import static org.continuum.workflow.ClaimLifecycleProcess.*;

import org.continuum.claim.ClaimLifecycle;
import org.operaton.bpm.engine.delegate.DelegateTask;
import org.operaton.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Creates every person's task of bpmn/claim-lifecycle.bpmn with what its form shows: procedure
 * code, minutes, payer, rendering clinician and place of service, read from the claim as it is now
 * and stored on the task. The steps that load these facts for the decisions keep them for their own
 * transaction only, so a clean claim, which meets no person, writes none of them (README, "Claim
 * throughput"). The task's own copies never clash with those: the engine keeps a name either stored
 * or transient in one scope, and the task is a scope of its own. The clinician query's assignee
 * expression is resolved before this runs, from the facts "Review documentation" had in its
 * transaction.
 */
@Component
class ClaimTaskFactsListener implements TaskListener {

  private final ClaimLifecycle claims;

  ClaimTaskFactsListener(ClaimLifecycle claims) {
    this.claims = claims;
  }

  @Override
  public void notify(DelegateTask task) {
    ClaimLifecycle.TaskFacts facts = claims.taskFacts((Long) task.getVariable(CLAIM_ID));
    task.setVariableLocal(PROCEDURE_CODE, facts.procedureCode());
    task.setVariableLocal(MINUTES, facts.minutes());
    task.setVariableLocal(PAYER_CODE, facts.payerCode());
    task.setVariableLocal(CLINICIAN_USER_ID, facts.renderingClinicianUserId());
    task.setVariableLocal(PLACE_OF_SERVICE, facts.placeOfService());
  }
}
