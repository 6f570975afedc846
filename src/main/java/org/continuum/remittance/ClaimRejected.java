package org.continuum.remittance;

/**
 * A 999 or 277CA sent the claim back before adjudication.
 *
 * @param reason what the acknowledgment said, in codes (no patient data)
 */
public record ClaimRejected(long claimId, String reason) {}
