package org.continuum.authorization;

/**
 * Units left have fallen to the renewal threshold, or booked visits will use them up before the end
 * date: the renewal should start now rather than at the payer's lead time. The reason holds counts
 * and dates only.
 */
public record AuthorizationAtRisk(long authorizationId, String reason) {}
