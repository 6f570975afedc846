package org.continuum.claim;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Set;
import org.continuum.web.NotFoundException;
import org.continuum.web.UnprocessableException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Voids a claim, as a biller decides it, in one transaction that holds the claim's row:
 *
 * <ul>
 *   <li>A claim no payer has (still being prepared, ready but not yet batched, or rejected at the
 *       front door, which never entered adjudication) simply becomes VOIDED.
 *   <li>A claim the payer has (SUBMITTED onward) becomes VOIDED here at once and goes to the payer
 *       in the next 837P batch as a void: frequency 8 with the payer's claim number in REF*F8.
 *       Without that number the payer cannot match the void, so it is refused naming {@code
 *       payerClaimNumber}. A claim the payer paid money on is refused naming {@code paidAmount}:
 *       the void would make the payer take the money back, which the practice records as a refund
 *       or a reversal 835, not by voiding here; this is the simplest rule that never leaves a
 *       voided claim with money on it.
 *   <li>A claim already VOIDED, WRITTEN_OFF or CLOSED is refused naming {@code status}; nothing
 *       changes, so a second void returns no unit twice.
 * </ul>
 *
 * <p>Authorized units come back when the void is decided (queued), not when the void's file leaves:
 * the practice has decided the visit will not be paid on that unit, and holding it until the next
 * batch cut would only keep a renewal or the next visit waiting. Each line lets its unit go in a
 * conditional update ({@link AuthorizedUnitReturns}), so even two voids at once return it once.
 *
 * <p>Processes end through {@link ClaimVoided}, handled by the workflow module in this transaction.
 */
@Service
public class ClaimVoids {

  private static final Set<ClaimStatus> NOT_AT_PAYER =
      EnumSet.of(
          ClaimStatus.IN_REVIEW,
          ClaimStatus.DOCUMENTATION_QUERY,
          ClaimStatus.AWAITING_AUTHORIZATION,
          ClaimStatus.EDIT_FAILED,
          ClaimStatus.READY_TO_SUBMIT,
          ClaimStatus.REJECTED);

  private static final Set<ClaimStatus> FINISHED =
      EnumSet.of(ClaimStatus.VOIDED, ClaimStatus.WRITTEN_OFF, ClaimStatus.CLOSED);

  private final ClaimRepository claims;
  private final AuthorizedUnitReturns units;
  private final ClaimActions actions;
  private final ApplicationEventPublisher events;
  private final JdbcTemplate jdbc;

  ClaimVoids(
      ClaimRepository claims,
      AuthorizedUnitReturns units,
      ClaimActions actions,
      ApplicationEventPublisher events,
      JdbcTemplate jdbc) {
    this.claims = claims;
    this.units = units;
    this.actions = actions;
    this.events = events;
    this.jdbc = jdbc;
  }

  /** What a void did. */
  public record Voided(
      long claimId,
      ClaimStatus status,
      String frequencyCode,
      boolean sentToPayer,
      int linesReturningUnits) {}

  @Transactional
  public Voided voidClaim(long claimId, String reason, String actor) {
    Claim claim =
        claims.lockById(claimId).orElseThrow(() -> new NotFoundException("Claim", claimId));
    ClaimStatus status = claim.getStatus();
    if (FINISHED.contains(status)) {
      throw new UnprocessableException(
          "status", "The claim is already " + status + "; there is nothing left to void.");
    }
    boolean atPayer = !NOT_AT_PAYER.contains(status);
    if (atPayer) {
      BigDecimal paid = paidOn(claimId);
      if (paid.signum() > 0) {
        throw new UnprocessableException(
            "paidAmount",
            "The payer paid "
                + paid.toPlainString()
                + " on this claim; voiding it would take that money back. Refund it or wait for"
                + " the payer's reversal, then void.");
      }
      if (claim.getPayerClaimNumber() == null || claim.getPayerClaimNumber().isBlank()) {
        throw new UnprocessableException(
            "payerClaimNumber",
            "The payer has not given its claim number yet (277CA or 835); a void (frequency 8)"
                + " must name it in REF*F8. Wait for the acknowledgment or ask the payer.");
      }
      claim.voidAtPayer();
    } else {
      claim.voidUnsent();
    }
    int returned = units.returnUnits(claimId, null);
    actions.record(claimId, "VOID", actor, reason);
    events.publishEvent(new ClaimVoided(claimId, atPayer));
    return new Voided(claimId, claim.getStatus(), claim.getFrequencyCode(), atPayer, returned);
  }

  private BigDecimal paidOn(long claimId) {
    BigDecimal paid =
        jdbc.queryForObject(
            "select paid_amount from claim where id = ?", BigDecimal.class, claimId);
    return paid == null ? BigDecimal.ZERO : paid;
  }
}
