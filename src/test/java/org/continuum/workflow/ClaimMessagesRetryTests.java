package org.continuum.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.OptimisticLockException;
import java.util.concurrent.atomic.AtomicInteger;
import org.continuum.claim.Claim;
import org.continuum.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.ProcessEngineException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A claim message whose process step loses a version check to another node's write (an 835 posted
 * on one node while the 277CA of the same batch is posted on the other, both writing the claim) is
 * tried again in a new transaction, as a collision inside the engine already was. Once, on a
 * two-node run, the lost check failed the 835's file and left two claims ACCEPTED with their
 * payments posted.
 */
@IntegrationTest
class ClaimMessagesRetryTests {

  @Autowired ClaimMessages messages;

  @Test
  void aClaimRowChangedByAnotherNodeIsTriedAgainInATransactionOfItsOwn() {
    AtomicInteger attempts = new AtomicInteger();
    messages.retrying(
        () -> {
          assertThat(TransactionSynchronizationManager.isActualTransactionActive()).isTrue();
          if (attempts.incrementAndGet() == 1) {
            throw new ObjectOptimisticLockingFailureException(Claim.class, 1L);
          }
        });
    assertThat(attempts).hasValue(2);
  }

  @Test
  void aVersionCheckLostInsideAStepIsACollisionToo() {
    AtomicInteger attempts = new AtomicInteger();
    messages.retrying(
        () -> {
          if (attempts.incrementAndGet() == 1) {
            throw new ProcessEngineException(
                "step failed",
                new OptimisticLockException("Row was updated by another transaction"));
          }
        });
    assertThat(attempts).hasValue(2);
  }

  @Test
  void aCollisionThatPersistsIsThrownAfterThreeAttempts() {
    AtomicInteger attempts = new AtomicInteger();
    assertThatThrownBy(
            () ->
                messages.retrying(
                    () -> {
                      attempts.incrementAndGet();
                      throw new ObjectOptimisticLockingFailureException(Claim.class, 1L);
                    }))
        .isInstanceOf(ObjectOptimisticLockingFailureException.class);
    assertThat(attempts).hasValue(3);
  }

  @Test
  void anyOtherFailureIsThrownAtOnce() {
    AtomicInteger attempts = new AtomicInteger();
    assertThatThrownBy(
            () ->
                messages.retrying(
                    () -> {
                      attempts.incrementAndGet();
                      throw new IllegalStateException("not a collision");
                    }))
        .hasMessage("not a collision");
    assertThat(attempts).hasValue(1);
  }
}
