package org.continuum.workflow;

import static org.continuum.workflow.ClaimLifecycleProcess.*;

import java.util.Map;
import org.continuum.claim.ClaimCreated;
import org.operaton.bpm.engine.RuntimeService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Starts one claim-lifecycle per claim, in the transaction that created the claim: a claim never
 * exists without its process, and a second start for the same claim is ignored. The start event is
 * asynchronous, so the review runs on the job executor, not in the caller's request.
 */
@Component
class ClaimLifecycleStarter {

  private final RuntimeService runtimeService;

  ClaimLifecycleStarter(RuntimeService runtimeService) {
    this.runtimeService = runtimeService;
  }

  @EventListener
  void on(ClaimCreated event) {
    String businessKey = String.valueOf(event.claimId());
    if (runtimeService
            .createProcessInstanceQuery()
            .processDefinitionKey(KEY)
            .processInstanceBusinessKey(businessKey)
            .count()
        > 0) {
      return;
    }
    runtimeService.startProcessInstanceByKey(KEY, businessKey, Map.of(CLAIM_ID, event.claimId()));
  }
}
