package org.continuum.authorization;

/**
 * A coordinator changed an authorization's dates, units or status: when its renewal is due may have
 * moved.
 */
public record AuthorizationChanged(long authorizationId) {}
