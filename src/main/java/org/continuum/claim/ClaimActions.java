package org.continuum.claim;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.continuum.audit.AuditTrail;
import org.continuum.web.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a person decided about a claim the payer denied, applied to the claim and recorded with who
 * decided it: the claim's status and the audit trail change in one transaction, so the trail never
 * claims an action the claim does not show.
 */
@Service
public class ClaimActions {

  private final ClaimRepository claims;
  private final ClaimActionRepository actions;
  private final ApplicationEventPublisher events;
  private final ClaimLifecycle lifecycle;
  private final AuditTrail audit;

  ClaimActions(
      ClaimRepository claims,
      ClaimActionRepository actions,
      ApplicationEventPublisher events,
      ClaimLifecycle lifecycle,
      AuditTrail audit) {
    this.claims = claims;
    this.actions = actions;
    this.events = events;
    this.lifecycle = lifecycle;
    this.audit = audit;
  }

  /** An action as the claim view shows it. */
  public record Taken(String action, String actor, Instant at, String note) {}

  /** The facts denial work needs about the claim itself. */
  public record DeniedClaim(long claimId, ClaimStatus status, String payerClaimNumber) {}

  @Transactional(readOnly = true)
  public DeniedClaim deniedClaim(long claimId) {
    Claim claim = claim(claimId);
    return new DeniedClaim(claimId, claim.getStatus(), claim.getPayerClaimNumber());
  }

  @Transactional
  public void record(long claimId, String action, String actor, String note) {
    record(claimId, action, actor, note, null);
  }

  /**
   * Records an action once per occasion: the process step that took it, as the workflow names it
   * (the denial, the step, the round). A step run again with the same inputs finds its row and
   * changes nothing; {@code null} records every time.
   *
   * @return whether the action was recorded now
   */
  @Transactional
  public boolean record(long claimId, String action, String actor, String note, String occasion) {
    claim(claimId);
    if (taken(claimId, occasion)) {
      return false;
    }
    actions.save(new ClaimAction(claimId, action, actor, note, occasion));
    // the note is free text and may quote the patient: the trail names only the decision
    audit.record(actor, action, "claim", claimId, "billing decision, recorded in claim_action");
    return true;
  }

  /** Whether this occasion's action was already taken on the claim. */
  @Transactional(readOnly = true)
  public boolean taken(long claimId, String occasion) {
    return occasion != null && actions.existsByClaimIdAndOccasion(claimId, occasion);
  }

  /**
   * Back to the next batch as a replacement (frequency 7) of the denied claim, with the authorized
   * units a denial gave back taken again; when a line finds none, the replacement waits
   * (AWAITING_AUTHORIZATION) for the authorizations team first.
   */
  @Transactional
  public void sendAsCorrectedClaim(long claimId, String actor, String note) {
    sendAsCorrectedClaim(claimId, actor, note, null);
  }

  /** As {@link #sendAsCorrectedClaim(long, String, String)}, once per occasion. */
  @Transactional
  public void sendAsCorrectedClaim(long claimId, String actor, String note, String occasion) {
    if (taken(claimId, occasion)) {
      return;
    }
    List<Defect> missing = lifecycle.retakeReturnedUnits(claimId);
    Claim claim = claim(claimId);
    claim.markAsReplacement();
    if (!missing.isEmpty()) {
      claim.moveTo(ClaimStatus.AWAITING_AUTHORIZATION);
    }
    record(claimId, "CORRECTED_CLAIM", actor, note, occasion);
    events.publishEvent(new CorrectedClaimQueued(claimId, missing));
  }

  @Transactional
  public void billPatient(long claimId, BigDecimal amount, String actor, String note) {
    billPatient(claimId, amount, actor, note, null);
  }

  /** Moves the amount to the patient, once per occasion. */
  @Transactional
  public void billPatient(
      long claimId, BigDecimal amount, String actor, String note, String occasion) {
    if (taken(claimId, occasion)) {
      return;
    }
    Claim claim = claim(claimId);
    claim.recordPatientBalance(amount);
    claim.moveTo(ClaimStatus.PATIENT_BALANCE);
    record(claimId, "BILL_PATIENT", actor, note, occasion);
  }

  @Transactional
  public void writeOff(long claimId, String actor, String note) {
    writeOff(claimId, actor, note, null);
  }

  /** Writes the claim off, once per occasion. */
  @Transactional
  public void writeOff(long claimId, String actor, String note, String occasion) {
    if (taken(claimId, occasion)) {
      return;
    }
    claim(claimId).moveTo(ClaimStatus.WRITTEN_OFF);
    record(claimId, "WRITE_OFF", actor, note, occasion);
  }

  @Transactional(readOnly = true)
  public List<Taken> of(long claimId) {
    return actions.findByClaimIdOrderByAtAscIdAsc(claimId).stream()
        .map(a -> new Taken(a.getAction(), a.getActor(), a.getAt(), a.getNote()))
        .toList();
  }

  private Claim claim(long claimId) {
    return claims.findById(claimId).orElseThrow(() -> new NotFoundException("Claim", claimId));
  }
}
