package org.continuum.session;

import java.util.Optional;

/**
 * What recording a session needs from billing: a claim for it. The claim module implements this
 * port; it depends on sessions, so sessions must not depend on it, yet the API answers with the
 * claim id in the same call, inside the same transaction (a session never exists without its
 * claim).
 */
public interface SessionBilling {

  /** Opens the claim of a newly recorded session and returns its id. */
  long openClaimFor(TherapySession session);

  /** The claim opened for a session, if any. */
  Optional<Long> claimOf(long sessionId);
}
