package org.continuum.session;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * Sessions by id or by the EHR's id. Every recorded session asks for its EHR id: the query is
 * written out so that Hibernate keeps its translation (a derived query is translated on every
 * call).
 */
public interface TherapySessionRepository extends JpaRepository<TherapySession, Long> {

  @Query("select s from TherapySession s where s.sourceSessionId = ?1")
  Optional<TherapySession> findBySourceSessionId(String sourceSessionId);
}
