package org.continuum.authorization;

/** An authorization entered by mistake was deleted; nothing about it needs renewing. */
public record AuthorizationDeleted(long authorizationId) {}
