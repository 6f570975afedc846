package org.continuum.authorization;

/** What the payer answered to a renewal request. */
public enum RenewalDecision {
  APPROVED,
  DENIED
}
