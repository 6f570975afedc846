package org.continuum.authorization;

/** Where an authorization stands with the payer. */
public enum AuthorizationStatus {
  PENDING,
  ACTIVE,
  DENIED,
  EXPIRED,
  EXHAUSTED
}
