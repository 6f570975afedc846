package org.continuum.authorization;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Authorizations by patient. */
public interface AuthorizationRepository extends JpaRepository<Authorization, Long> {

  List<Authorization> findByPatientIdOrderByStartDateDesc(Long patientId);
}
