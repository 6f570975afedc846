package org.continuum.workflow;

import java.util.List;
import org.continuum.claim.ClaimVoided;
import org.operaton.bpm.engine.OptimisticLockingException;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.event.EventListener;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * Ends the work a voided claim still had open, in the transaction that voided it: its lifecycle
 * (waiting for a clinician, an authorization, a batch, an acknowledgment or a remittance) and any
 * denial being worked, with the appeal it called. Their open tasks go with them, so nobody works a
 * claim that no longer exists, and a void that rolls back leaves them untouched. A void sent to the
 * payer needs no lifecycle: its 277CA and 835 find no process waiting and are recorded on the claim
 * only. A step of the process committing at the same moment makes the void fail as a stale write
 * (409, try again) rather than leave the two disagreeing.
 */
@Component
class VoidedClaimProcesses {

  static final String DELETE_REASON = "Claim voided";

  private final RuntimeService runtime;

  VoidedClaimProcesses(RuntimeService runtime) {
    this.runtime = runtime;
  }

  @EventListener
  void on(ClaimVoided voided) {
    List<String> open =
        runtime
            .createProcessInstanceQuery()
            .processDefinitionKeyIn(ClaimLifecycleProcess.KEY, DenialWorkProcess.KEY)
            .processInstanceBusinessKey(String.valueOf(voided.claimId()))
            .list()
            .stream()
            .map(ProcessInstance::getId)
            .toList();
    if (open.isEmpty()) {
      return;
    }
    try {
      runtime.deleteProcessInstances(open, DELETE_REASON, false, true);
    } catch (OptimisticLockingException stepRunningNow) {
      // a step of the claim's process committed meanwhile: the void rolls back, the biller retries
      throw new OptimisticLockingFailureException(
          "Claim " + voided.claimId() + ": its process moved while it was voided", stepRunningNow);
    }
  }
}
