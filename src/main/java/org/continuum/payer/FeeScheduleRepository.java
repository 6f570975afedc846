package org.continuum.payer;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Fee schedules of a payer, newest first. */
public interface FeeScheduleRepository extends JpaRepository<FeeSchedule, Long> {

  List<FeeSchedule> findByPayerIdOrderByEffectiveFromDesc(Long payerId);

  Optional<FeeSchedule> findByIdAndPayerId(Long id, Long payerId);
}
