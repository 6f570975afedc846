package org.continuum.remittance;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An 835 payment of one claim was posted.
 *
 * @param remittanceDate the remittance's date (BPR16, else the 835's production date): a payer's
 *     appeal decision read from the 835 is dated by it, not by the day it was posted
 */
public record RemittancePosted(
    long claimId,
    RemittanceOutcome outcome,
    BigDecimal amountPaid,
    BigDecimal patientBalance,
    LocalDate remittanceDate) {

  /** A posting dated today, for callers that have no remittance date. */
  public RemittancePosted(
      long claimId, RemittanceOutcome outcome, BigDecimal amountPaid, BigDecimal patientBalance) {
    this(claimId, outcome, amountPaid, patientBalance, LocalDate.now());
  }
}
