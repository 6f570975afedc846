package org.continuum.session;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one way documented facts change after recording: a clinician answering a documentation query
 * about their own note.
 */
@Service
public class SessionCorrections {

  private final TherapySessionRepository sessions;

  SessionCorrections(TherapySessionRepository sessions) {
    this.sessions = sessions;
  }

  @Transactional
  public void apply(long sessionId, DocumentationAnswer answer) {
    TherapySession session =
        sessions
            .findById(sessionId)
            .orElseThrow(() -> new IllegalStateException("Session " + sessionId + " is gone"));
    session.applyAnswer(answer);
  }
}
