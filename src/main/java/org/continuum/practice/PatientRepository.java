package org.continuum.practice;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Patients by id or by the EHR's id. */
public interface PatientRepository extends JpaRepository<Patient, Long> {

  Optional<Patient> findByExternalId(String externalId);
}
