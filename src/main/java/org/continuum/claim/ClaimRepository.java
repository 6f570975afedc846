package org.continuum.claim;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Claims by id or session. */
public interface ClaimRepository extends JpaRepository<Claim, Long> {

  Optional<Claim> findBySessionId(Long sessionId);

  /**
   * The claims ready to submit, and the voids (frequency 8) waiting to go out, locked for the
   * caller's transaction; rows another batch cut holds are skipped, so two cuts running at once
   * never take the same claim.
   */
  @Query(
      value =
          "select * from claim where status = 'READY_TO_SUBMIT' or void_to_send"
              + " order by id for update skip locked",
      nativeQuery = true)
  java.util.List<Claim> lockReadyToSubmit();

  /** A batch went out: its claims become SUBMITTED, except voids, which stay VOIDED. */
  @Modifying(flushAutomatically = true)
  @Query(
      """
      update Claim c set c.status = org.continuum.claim.ClaimStatus.SUBMITTED,
        c.updatedAt = :at, c.version = c.version + 1
      where c.id in :ids and c.voidToSend = false
      """)
  int markSubmitted(
      @Param("ids") java.util.Collection<Long> ids, @Param("at") java.time.Instant at);

  /** A batch carried these voids: they need not go out again. */
  @Modifying(flushAutomatically = true)
  @Query(
      """
      update Claim c set c.voidToSend = false, c.updatedAt = :at, c.version = c.version + 1
      where c.id in :ids and c.voidToSend = true
      """)
  int markVoidsSent(
      @Param("ids") java.util.Collection<Long> ids, @Param("at") java.time.Instant at);

  /**
   * The claim, its row locked until the caller's transaction ends: two people voiding the same
   * claim at once take turns, and the second sees what the first did.
   */
  @org.springframework.data.jpa.repository.Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
  @Query("select c from Claim c where c.id = :id")
  Optional<Claim> lockById(@Param("id") long id);
}
