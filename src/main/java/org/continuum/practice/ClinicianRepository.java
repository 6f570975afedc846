package org.continuum.practice;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

/** Clinicians by id, NPI or log-in. */
public interface ClinicianRepository extends JpaRepository<Clinician, Long> {

  Optional<Clinician> findByNpi(String npi);

  Optional<Clinician> findByUserId(String userId);

  List<Clinician> findByActive(boolean active, Pageable page);
}
