package org.continuum.claim;

/** Where a claim stands. Exactly one at a time. */
public enum ClaimStatus {
  IN_REVIEW,
  DOCUMENTATION_QUERY,
  AWAITING_AUTHORIZATION,
  EDIT_FAILED,
  READY_TO_SUBMIT,
  SUBMITTED,
  ACCEPTED,
  REJECTED,
  PAID,
  PARTIALLY_PAID,
  DENIED,
  PATIENT_BALANCE,
  WRITTEN_OFF,
  VOIDED,
  CLOSED
}
