package org.continuum.claim;

/** The step of the claim lifecycle that found a defect, and so the queue that fixes it. */
public enum DefectStage {
  DOCUMENTATION,
  AUTHORIZATION,
  PAYER_EDIT,
  /** A 999 or 277CA rejected the submitted claim. */
  ACKNOWLEDGMENT
}
