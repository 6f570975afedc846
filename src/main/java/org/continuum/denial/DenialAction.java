package org.continuum.denial;

/** What a biller can do with a denied claim. */
public enum DenialAction {
  CORRECTED_CLAIM,
  APPEAL,
  BILL_PATIENT,
  WRITE_OFF
}
