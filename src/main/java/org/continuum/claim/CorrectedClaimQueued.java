package org.continuum.claim;

/**
 * A denied claim goes back to the payer as a replacement (frequency 7 with the payer's claim
 * number) in the next 837P batch. It needs a lifecycle again: batching, acknowledgment and
 * remittance for the corrected claim arrive like those of any other claim. When a line found no
 * authorized unit again, {@code authorizationMissing} says which, and the claim waits for an
 * authorization before its batch.
 */
public record CorrectedClaimQueued(long claimId, java.util.List<Defect> authorizationMissing) {

  public CorrectedClaimQueued {
    authorizationMissing = java.util.List.copyOf(authorizationMissing);
  }
}
