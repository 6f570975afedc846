package org.continuum.workflow;

import static org.continuum.workflow.ClaimLifecycleProcess.*;

import org.continuum.claim.CorrectedClaimQueued;
import org.operaton.bpm.engine.RuntimeService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Gives a corrected (frequency 7) claim a claim-lifecycle again, waiting for the acknowledgment of
 * the batch it goes out in, in the transaction that queued it: its first lifecycle ended at the
 * denial, and without a new one the 999, the 277CA and the 835 of the corrected claim would find
 * nobody waiting. A corrected claim whose units were taken meanwhile starts at the authorizations
 * team's task instead, and goes on to its batch through "Resubmit claim" once they recorded one.
 */
@Component
class CorrectedClaimLifecycleStarter {

  private final RuntimeService runtime;

  CorrectedClaimLifecycleStarter(RuntimeService runtime) {
    this.runtime = runtime;
  }

  @EventListener
  void on(CorrectedClaimQueued queued) {
    String businessKey = String.valueOf(queued.claimId());
    if (runtime
            .createProcessInstanceQuery()
            .processDefinitionKey(KEY)
            .processInstanceBusinessKey(businessKey)
            .count()
        > 0) {
      return;
    }
    boolean authorizationMissing = !queued.authorizationMissing().isEmpty();
    runtime
        .createProcessInstanceByKey(KEY)
        .businessKey(businessKey)
        .setVariable(CLAIM_ID, queued.claimId())
        .setVariable(AUTHORIZATION_MISSING, authorizationMissing)
        .setVariable(AUTHORIZATION_DEFECTS, DefectText.of(queued.authorizationMissing()))
        .startBeforeActivity(
            authorizationMissing ? OBTAIN_AUTHORIZATION_FOR_RESUBMISSION : ACKNOWLEDGMENT)
        .execute();
  }
}
