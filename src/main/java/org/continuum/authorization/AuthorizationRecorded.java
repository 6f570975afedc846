package org.continuum.authorization;

/** A new authorization was recorded; its renewal can be planned. */
public record AuthorizationRecorded(long authorizationId) {}
