package org.continuum.claim;

/** A claim was opened for a recorded session; its lifecycle starts now. */
public record ClaimCreated(long claimId) {}
