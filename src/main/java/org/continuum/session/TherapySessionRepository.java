package org.continuum.session;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Sessions by id or by the EHR's id. */
public interface TherapySessionRepository extends JpaRepository<TherapySession, Long> {

  Optional<TherapySession> findBySourceSessionId(String sourceSessionId);
}
