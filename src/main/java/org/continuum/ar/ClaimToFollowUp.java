package org.continuum.ar;

import java.time.LocalDate;

/**
 * A claim the AR follow-up should chase today, and why: the payer has been silent past its expected
 * turnaround ({@link Reason#NO_RESPONSE}), or the claim has not reached the payer and its
 * timely-filing limit is close ({@link Reason#TIMELY_FILING}). Ids, codes and dates only: no
 * patient data.
 */
public record ClaimToFollowUp(
    long claimId,
    String payerCode,
    Reason reason,
    String status,
    LocalDate submittedOn,
    int expectedTurnaroundDays,
    LocalDate filingDeadline,
    int daysLeftToFile) {

  /** Why a claim needs a person today. */
  public enum Reason {
    NO_RESPONSE,
    TIMELY_FILING
  }
}
