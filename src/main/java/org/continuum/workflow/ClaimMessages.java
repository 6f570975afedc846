package org.continuum.workflow;

import static org.continuum.workflow.ClaimLifecycleProcess.*;

import jakarta.persistence.OptimisticLockException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.continuum.claim.ClaimRepository;
import org.continuum.payer.PayerProfileRepository;
import org.continuum.remittance.ClaimAccepted;
import org.continuum.remittance.ClaimRejected;
import org.continuum.remittance.RemittanceOutcome;
import org.continuum.remittance.RemittancePosted;
import org.continuum.submission.ClaimBatchCut;
import org.hibernate.StaleStateException;
import org.operaton.bpm.engine.MismatchingMessageCorrelationException;
import org.operaton.bpm.engine.OptimisticLockingException;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.runtime.EventSubscription;
import org.operaton.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

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

  /** Claims told of their batch in one transaction. */
  private static final int CHUNK = 50;

  private final RuntimeService runtime;
  private final ClaimRepository claims;
  private final PayerProfileRepository profiles;

  /** Each attempt of an engine call in a transaction of its own, so a collision can be retried. */
  private final TransactionTemplate attempts;

  ClaimMessages(
      RuntimeService runtime,
      ClaimRepository claims,
      PayerProfileRepository profiles,
      PlatformTransactionManager transactions) {
    this.runtime = runtime;
    this.attempts = new TransactionTemplate(transactions);
    this.attempts.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.claims = claims;
    this.profiles = profiles;
  }

  /**
   * A cut tells the claims of its batch that waited for it: instances started on a model before the
   * current one wait at "Wait for claim batch"; the current model goes straight on to wait for the
   * acknowledgment, and its claims need no message. The waiting executions are found for the whole
   * cut in two queries, nothing when none waits; a correlation by business key per claim assembled
   * the engine's execution query afresh every time. They hear of it a chunk at a time, each chunk
   * in one transaction; a chunk that fails (an instance another thread moved at that moment) is
   * rolled back whole and its claims go one by one through the correlation, retried.
   */
  @TransactionalEventListener
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  void on(ClaimBatchCut cut) {
    Map<String, List<String>> waiting = waitingForTheirBatch();
    List<Long> claimIds =
        cut.claimIds().stream().filter(id -> waiting.containsKey(String.valueOf(id))).toList();
    for (int from = 0; from < claimIds.size(); from += CHUNK) {
      List<Long> chunk = claimIds.subList(from, Math.min(claimIds.size(), from + CHUNK));
      try {
        attempts.executeWithoutResult(
            status -> chunk.forEach(id -> tellOfItsBatch(waiting.get(String.valueOf(id)))));
      } catch (RuntimeException chunkFailed) {
        log.debug("A chunk of batch {} goes claim by claim", cut.batchId(), chunkFailed);
        chunk.forEach(id -> correlate(MESSAGE_CLAIM_BATCHED, id, Map.of()));
      }
    }
  }

  private void tellOfItsBatch(List<String> executions) {
    executions.forEach(execution -> runtime.messageEventReceived(MESSAGE_CLAIM_BATCHED, execution));
  }

  /** The executions waiting at "Wait for claim batch", by their claim (business key). */
  private Map<String, List<String>> waitingForTheirBatch() {
    Map<String, List<String>> executionsByInstance =
        runtime
            .createEventSubscriptionQuery()
            .eventType("message")
            .eventName(MESSAGE_CLAIM_BATCHED)
            .list()
            .stream()
            .collect(
                Collectors.groupingBy(
                    EventSubscription::getProcessInstanceId,
                    Collectors.mapping(EventSubscription::getExecutionId, Collectors.toList())));
    if (executionsByInstance.isEmpty()) {
      return Map.of();
    }
    return runtime
        .createProcessInstanceQuery()
        .processDefinitionKey(KEY)
        .processInstanceIds(executionsByInstance.keySet())
        .list()
        .stream()
        .collect(
            Collectors.groupingBy(
                ProcessInstance::getBusinessKey,
                Collectors.flatMapping(
                    instance -> executionsByInstance.get(instance.getId()).stream(),
                    Collectors.toList())));
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
    boolean anyInstance =
        runtime
                .createExecutionQuery()
                .processDefinitionKey(KEY)
                .processInstanceBusinessKey(String.valueOf(posted.claimId()))
                .count()
            > 0;
    if (!anyInstance && posted.outcome() != RemittanceOutcome.REVERSED) {
      log.debug(
          "Claim {} has no lifecycle instance; remittance recorded on the claim only",
          posted.claimId());
      return;
    }
    if (waitsAt(posted.claimId(), ACKNOWLEDGMENT)) {
      correlate(MESSAGE_CLAIM_ACCEPTED, posted.claimId(), followUp(posted.claimId()));
    }
    Map<String, Object> variables = new HashMap<>();
    variables.put(REMITTANCE_OUTCOME, posted.outcome().name());
    variables.put(AMOUNT_PAID, posted.amountPaid().toPlainString());
    variables.put(
        PATIENT_BALANCE,
        posted.patientBalance() == null ? null : posted.patientBalance().toPlainString());
    if (posted.outcome() == RemittanceOutcome.REVERSED
        && !waitsAt(posted.claimId(), REMITTANCE_RECEIVED)) {
      reopen(posted.claimId());
      return;
    }
    correlate(MESSAGE_REMITTANCE_POSTED, posted.claimId(), variables);
  }

  /**
   * A reversal of a claim whose process has moved on (ended paid, say): a new instance waits for
   * the corrected remittance, with the payer's follow-up timer, so the claim is worked again.
   */
  private void reopen(long claimId) {
    Map<String, Object> variables = new HashMap<>(followUp(claimId));
    variables.put(CLAIM_ID, claimId);
    variables.put(REMITTANCE_OUTCOME, RemittanceOutcome.REVERSED.name());
    retrying(
        () ->
            runtime
                .createProcessInstanceByKey(KEY)
                .businessKey(String.valueOf(claimId))
                .setVariables(variables)
                .startBeforeActivity(REMITTANCE_RECEIVED)
                .execute());
    log.info("Claim {} reversed by the payer after its process ended; reopened", claimId);
  }

  /**
   * Runs an engine call, again after an optimistic-locking collision, up to three times. Another
   * thread or node moved the same instance, or changed the same claim row: a step of the process
   * that writes the claim meets the claim's version check when, say, one node posts an 835 while
   * another posts the 277CA of the same batch. A failure that remains is thrown: the event
   * publication registry keeps the event incomplete and hands it over again on the next start, so
   * the message is recorded, not lost.
   */
  void retrying(Runnable call) {
    for (int attempt = 1; ; attempt++) {
      try {
        attempts.executeWithoutResult(status -> call.run());
        return;
      } catch (RuntimeException failed) {
        if (attempt == 3 || !isCollision(failed)) {
          throw failed;
        }
        log.debug("Collision on attempt {}; trying again", attempt, failed);
      }
    }
  }

  /** Whether the failure is another transaction's write winning a version check. */
  private static boolean isCollision(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof OptimisticLockingException
          || cause instanceof OptimisticLockingFailureException
          || cause instanceof OptimisticLockException
          || cause instanceof StaleStateException) {
        return true;
      }
    }
    return false;
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

  /**
   * @return whether the claim's process took the message; one that does not wait for it drops it
   */
  boolean correlate(String message, long claimId, Map<String, Object> variables) {
    if (runtime
            .createExecutionQuery()
            .processInstanceBusinessKey(String.valueOf(claimId))
            .messageEventSubscriptionName(message)
            .count()
        == 0) {
      // asked first: a correlation that fails costs the engine a logged stack trace
      log.warn("Claim {}: its process does not wait for {}; message dropped", claimId, message);
      return false;
    }
    try {
      retrying(
          () ->
              runtime
                  .createMessageCorrelation(message)
                  .processInstanceBusinessKey(String.valueOf(claimId))
                  .setVariables(variables)
                  .correlate());
      return true;
    } catch (MismatchingMessageCorrelationException notWaiting) {
      log.warn("Claim {}: its process does not wait for {}; message dropped", claimId, message);
      return false;
    }
  }
}
