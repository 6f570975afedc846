/**
 * Posting what payers send back: 999 and 277CA acknowledgments move submitted claims to ACCEPTED or
 * REJECTED, and 835 remittances post payments and adjustments exactly once and decide each claim's
 * outcome (paid, underpaid against the fee schedule, denied, patient balance, reversed). Every
 * inbound file is recorded once; the same file again is a no-op. Outcomes leave as events ({@link
 * org.continuum.remittance.ClaimAccepted}, {@link org.continuum.remittance.ClaimRejected}, {@link
 * org.continuum.remittance.RemittancePosted}, {@link org.continuum.remittance.ClaimDenied}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Remittance")
package org.continuum.remittance;
