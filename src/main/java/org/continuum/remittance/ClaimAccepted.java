package org.continuum.remittance;

/** A 277CA took the claim into adjudication. */
public record ClaimAccepted(long claimId, String payerClaimNumber) {}
