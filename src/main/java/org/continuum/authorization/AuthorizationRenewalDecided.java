package org.continuum.authorization;

/**
 * The payer answered a renewal request. When approved, {@code renewedByAuthorizationId} names the
 * new authorization (which plans its own renewal).
 */
public record AuthorizationRenewalDecided(
    long authorizationId, boolean approved, Long renewedByAuthorizationId) {}
