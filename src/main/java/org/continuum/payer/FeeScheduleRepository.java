package org.continuum.payer;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * Fee schedules of a payer, newest first. Coding a claim asks on every claim: the query is written
 * out so that Hibernate keeps its translation (a derived query is translated on every call).
 */
public interface FeeScheduleRepository extends JpaRepository<FeeSchedule, Long> {

  @Query("select f from FeeSchedule f where f.payerId = ?1 order by f.effectiveFrom desc")
  List<FeeSchedule> findByPayerIdOrderByEffectiveFromDesc(Long payerId);

  Optional<FeeSchedule> findByIdAndPayerId(Long id, Long payerId);
}
