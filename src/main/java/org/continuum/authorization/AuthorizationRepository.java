package org.continuum.authorization;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** Authorizations by patient. */
public interface AuthorizationRepository extends JpaRepository<Authorization, Long> {

  List<Authorization> findByPatientIdOrderByStartDateDesc(Long patientId);

  List<Authorization> findByPatientId(Long patientId, Pageable page);

  List<Authorization> findByPayerId(Long payerId, Pageable page);

  List<Authorization> findByPatientIdAndPayerId(Long patientId, Long payerId, Pageable page);

  /**
   * Deletes the authorization only if no claim has used a unit of it, in one statement, so a claim
   * consuming a unit at the same moment cannot lose its authorization.
   *
   * @return 1 when deleted, 0 when it does not exist or units have been used
   */
  @Modifying(flushAutomatically = true, clearAutomatically = true)
  @Query("delete from Authorization a where a.id = :id and a.unitsUsed = 0")
  int deleteIfUnused(Long id);
}
