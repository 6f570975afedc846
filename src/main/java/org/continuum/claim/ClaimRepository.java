package org.continuum.claim;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Claims by id or session. */
public interface ClaimRepository extends JpaRepository<Claim, Long> {

  Optional<Claim> findBySessionId(Long sessionId);

  /**
   * The claims ready to submit, locked for the caller's transaction; rows another batch cut holds
   * are skipped, so two cuts running at once never take the same claim.
   */
  @Query(
      value =
          "select * from claim where status = 'READY_TO_SUBMIT' order by id for update skip locked",
      nativeQuery = true)
  java.util.List<Claim> lockReadyToSubmit();

  /**
   * How many of a patient's claims with a payer in a span of dates come before a given claim: the
   * visits a yearly cap has already counted.
   */
  @Query(
      """
      select count(c) from Claim c
      where c.patientId = :patientId and c.payerId = :payerId
        and c.status <> org.continuum.claim.ClaimStatus.VOIDED
        and c.dateOfService between :from and :to
        and (c.dateOfService < :dateOfService or (c.dateOfService = :dateOfService and c.id < :claimId))
      """)
  long countEarlierVisits(
      @Param("patientId") Long patientId,
      @Param("payerId") Long payerId,
      @Param("from") LocalDate from,
      @Param("to") LocalDate to,
      @Param("dateOfService") LocalDate dateOfService,
      @Param("claimId") Long claimId);
}
