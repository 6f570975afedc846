package org.continuum.remittance;

/** What one 835 claim payment means for the claim. */
public enum RemittanceOutcome {
  /** Paid as contracted, nothing left to the patient. */
  PAID,
  /** Allowed less than the payer's contracted amount: someone must work the difference. */
  UNDERPAID,
  /** Denied in full. */
  DENIED,
  /** Paid as contracted; the patient owes the PR amounts. */
  PATIENT_BALANCE,
  /** The payer took back an earlier payment; a new remittance is awaited. */
  REVERSED
}
