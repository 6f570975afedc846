package org.continuum.workflow;

import static org.continuum.workflow.ClaimLifecycleProcess.*;

import java.util.HashMap;
import java.util.Map;
import org.continuum.claim.ClaimRepository;
import org.continuum.payer.PayerProfileRepository;
import org.continuum.remittance.ClaimAccepted;
import org.continuum.remittance.ClaimRejected;
import org.continuum.remittance.RemittanceOutcome;
import org.continuum.remittance.RemittancePosted;
import org.continuum.submission.ClaimBatchCut;
import org.operaton.bpm.engine.MismatchingMessageCorrelationException;
import org.operaton.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Turns what submission and posting committed into the messages claim-lifecycle waits for, one
 * claim (business key) at a time, after the change has committed. A message the process is not
 * waiting for (a late or repeated acknowledgment) is logged and dropped: the claim's status, not
 * the message, is the record. Messages are correlated in the thread that posted, right after its
 * commit, so a 999, a 277CA and an 835 posted one after the other reach the process in that order.
 * An 835 for a claim whose acceptance never came (payers may skip the 277CA) first moves the
 * process past the acknowledgment wait. A message lost between the commit and its correlation (the
 * node died there) is sent again by {@link ClaimCatchUp} from the claim's status.
 */
@Component
class ClaimMessages {

  private static final Logger log = LoggerFactory.getLogger(ClaimMessages.class);

  private final RuntimeService runtime;
  private final ClaimRepository claims;
  private final PayerProfileRepository profiles;

  ClaimMessages(RuntimeService runtime, ClaimRepository claims, PayerProfileRepository profiles) {
    this.runtime = runtime;
    this.claims = claims;
    this.profiles = profiles;
  }

  @TransactionalEventListener
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  void on(ClaimBatchCut cut) {
    for (long claimId : cut.claimIds()) {
      correlate(MESSAGE_CLAIM_BATCHED, claimId, Map.of(BATCH_ID, cut.batchId()));
    }
  }

  @TransactionalEventListener
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  void on(ClaimAccepted accepted) {
    correlate(MESSAGE_CLAIM_ACCEPTED, accepted.claimId(), followUp(accepted.claimId()));
  }

  @TransactionalEventListener
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  void on(ClaimRejected rejected) {
    correlate(
        MESSAGE_CLAIM_REJECTED, rejected.claimId(), Map.of(REJECTION_REASON, rejected.reason()));
  }

  @TransactionalEventListener
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  void on(RemittancePosted posted) {
    if (waitsAt(posted.claimId(), ACKNOWLEDGMENT)) {
      correlate(MESSAGE_CLAIM_ACCEPTED, posted.claimId(), followUp(posted.claimId()));
    }
    Map<String, Object> variables = new HashMap<>();
    variables.put(REMITTANCE_OUTCOME, posted.outcome().name());
    variables.put(AMOUNT_PAID, posted.amountPaid().toPlainString());
    variables.put(
        PATIENT_BALANCE,
        posted.patientBalance() == null ? null : posted.patientBalance().toPlainString());
    correlate(MESSAGE_REMITTANCE_POSTED, posted.claimId(), variables);
    if (posted.outcome() == RemittanceOutcome.REVERSED) {
      log.info("Claim {} reversed by the payer; waiting for a new remittance", posted.claimId());
    }
  }

  /** The payer's expected turnaround, as the remittance timer's duration. */
  Map<String, Object> followUp(long claimId) {
    int days =
        claims
            .findById(claimId)
            .flatMap(c -> profiles.findById(c.getPayerId()))
            .map(p -> p.getExpectedTurnaroundDays())
            .orElse(30);
    return Map.of(EXPECTED_TURNAROUND_DAYS, days, REMITTANCE_FOLLOW_UP_AFTER, "P" + days + "D");
  }

  private boolean waitsAt(long claimId, String activityId) {
    return runtime
            .createExecutionQuery()
            .processDefinitionKey(KEY)
            .processInstanceBusinessKey(String.valueOf(claimId))
            .activityId(activityId)
            .count()
        > 0;
  }

  void correlate(String message, long claimId, Map<String, Object> variables) {
    try {
      runtime
          .createMessageCorrelation(message)
          .processInstanceBusinessKey(String.valueOf(claimId))
          .setVariables(variables)
          .correlate();
    } catch (MismatchingMessageCorrelationException notWaiting) {
      log.warn("Claim {}: its process does not wait for {}; message dropped", claimId, message);
    }
  }
}
