package org.continuum.claim;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Claims by id or session. */
public interface ClaimRepository extends JpaRepository<Claim, Long> {

  Optional<Claim> findBySessionId(Long sessionId);
}
