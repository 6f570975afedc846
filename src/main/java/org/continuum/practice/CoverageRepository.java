package org.continuum.practice;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

/** Coverages by patient. */
public interface CoverageRepository extends JpaRepository<Coverage, Long> {

  List<Coverage> findByPatientIdOrderByPriority(Long patientId);

  List<Coverage> findByPatientId(Long patientId, Pageable page);

  boolean existsByPatientId(Long patientId);
}
