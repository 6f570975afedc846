package org.continuum.workflow;

import static org.continuum.workflow.ClaimLifecycleProcess.*;

import java.util.Map;
import org.continuum.claim.ClaimCreated;
import org.operaton.bpm.engine.RuntimeService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Starts one claim-lifecycle per claim, in the transaction that created the claim: a claim never
 * exists without its process. {@link ClaimCreated} is published once, by the transaction that
 * inserted the claim, so no instance can exist yet and none is looked for (a query on every
 * recorded session). The start event is asynchronous, so the review runs on the job executor, not
 * in the caller's request.
 */
@Component
class ClaimLifecycleStarter {

  private final RuntimeService runtimeService;

  ClaimLifecycleStarter(RuntimeService runtimeService) {
    this.runtimeService = runtimeService;
  }

  @EventListener
  void on(ClaimCreated event) {
    runtimeService.startProcessInstanceByKey(
        KEY, String.valueOf(event.claimId()), Map.of(CLAIM_ID, event.claimId()));
  }
}
