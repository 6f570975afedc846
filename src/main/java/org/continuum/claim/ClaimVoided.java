package org.continuum.claim;

/**
 * A biller voided the claim: whatever work the processes still hold for it (its lifecycle waiting
 * for a batch or a remittance, a denial being worked) ends with it. {@code sentToPayer} says
 * whether a void (frequency 8) is on its way to the payer.
 */
public record ClaimVoided(long claimId, boolean sentToPayer) {}
