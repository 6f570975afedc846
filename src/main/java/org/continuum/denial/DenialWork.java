package org.continuum.denial;

import java.math.BigDecimal;
import org.continuum.claim.ClaimActions;
import org.continuum.web.UnprocessableException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Checks a biller's choice for a denial against the billing rules and applies it to the claim. The
 * checks run here rather than in the form or the decision table, so that no path (Tasklist, the
 * API, a changed model) can bill a contractual amount to a patient or appeal what cannot be
 * appealed.
 */
@Service
public class DenialWork {

  private final ClaimActions claims;
  private final BigDecimal writeOffApprovalAbove;

  DenialWork(
      ClaimActions claims,
      @Value("${continuum.denial.write-off-approval-above:100.00}")
          BigDecimal writeOffApprovalAbove) {
    this.claims = claims;
    this.writeOffApprovalAbove = writeOffApprovalAbove;
  }

  /**
   * Refuses an action the rules forbid, naming why.
   *
   * @return whether the action needs a manager's approval first (a write-off above the threshold)
   */
  public boolean check(WorkedDenial denial) {
    DenialAction action = action(denial.action());
    switch (action) {
      case CORRECTED_CLAIM -> {
        String number = claims.deniedClaim(denial.claimId()).payerClaimNumber();
        if (number == null || number.isBlank()) {
          throw new UnprocessableException(
              "action",
              "A corrected claim needs the payer's claim number (REF*F8); the remittance did not"
                  + " carry one. Call the payer for it or send a new original.");
        }
      }
      case APPEAL -> {
        if ("EXHAUSTED".equals(denial.appealOutcome()) || "MISSED".equals(denial.appealOutcome())) {
          throw new UnprocessableException(
              "action",
              "EXHAUSTED".equals(denial.appealOutcome())
                  ? "The payer upheld the denial at its last appeal level; bill the patient (PR"
                      + " only) or write the amount off."
                  : "The appeal deadline passed; bill the patient (PR only) or write the amount"
                      + " off.");
        }
        if ("TIMELY_FILING".equals(denial.category())) {
          if (!denial.proofOfTimelyFiling()) {
            throw new UnprocessableException(
                "action",
                "A timely-filing denial (CO-29) can be appealed only with proof that the original"
                    + " was filed in time; without it, write the amount off.");
          }
        } else if (!denial.appealable()) {
          throw new UnprocessableException(
              "action",
              "This denial ("
                  + denial.groupCode()
                  + "-"
                  + denial.reasonCode()
                  + ") has no appeal rights; send a corrected claim instead.");
        }
      }
      case BILL_PATIENT -> {
        if (!"PR".equals(denial.groupCode())) {
          throw new UnprocessableException(
              "action",
              "Only a patient-responsibility (PR) amount may be billed to the patient; a "
                  + denial.groupCode()
                  + " amount is the provider's to correct, appeal or write off.");
        }
      }
      case WRITE_OFF -> {
        if (denial.note() == null || denial.note().isBlank()) {
          throw new UnprocessableException("note", "A write-off needs a reason.");
        }
        return denial.amount() != null && denial.amount().compareTo(writeOffApprovalAbove) > 0;
      }
    }
    return false;
  }

  /** Applies a checked action to the claim and records who took it. */
  public void take(WorkedDenial denial) {
    take(denial, null);
  }

  /**
   * Applies a checked action once per occasion (the process step taking it): the same step run
   * again finds the action taken and changes nothing, even where the claim has moved on since.
   */
  public void take(WorkedDenial denial, String occasion) {
    long claimId = denial.claimId();
    if (claims.taken(claimId, occasion)) {
      return;
    }
    check(denial);
    String actor = denial.actor();
    String note = denial.note();
    switch (action(denial.action())) {
      case CORRECTED_CLAIM -> claims.sendAsCorrectedClaim(claimId, actor, note, occasion);
      case APPEAL -> claims.record(claimId, "APPEAL", actor, note, occasion);
      case BILL_PATIENT -> claims.billPatient(claimId, denial.amount(), actor, note, occasion);
      case WRITE_OFF -> claims.writeOff(claimId, actor, note, occasion);
    }
  }

  /** Records that a manager approved or refused a write-off. */
  public void recordApproval(long claimId, boolean approved, String actor, String note) {
    recordApproval(claimId, approved, actor, note, null);
  }

  /** Records the manager's answer once per occasion (the step recording it). */
  public void recordApproval(
      long claimId, boolean approved, String actor, String note, String occasion) {
    claims.record(
        claimId, approved ? "WRITE_OFF_APPROVED" : "WRITE_OFF_REFUSED", actor, note, occasion);
  }

  private static DenialAction action(String value) {
    try {
      return DenialAction.valueOf(String.valueOf(value));
    } catch (IllegalArgumentException e) {
      throw new UnprocessableException(
          "action", "Choose one of CORRECTED_CLAIM, APPEAL, BILL_PATIENT, WRITE_OFF.");
    }
  }
}
