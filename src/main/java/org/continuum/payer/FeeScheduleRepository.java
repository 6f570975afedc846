package org.continuum.payer;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Fee schedules of a payer, newest first. */
public interface FeeScheduleRepository extends JpaRepository<FeeSchedule, Long> {

  List<FeeSchedule> findByPayerIdOrderByEffectiveFromDesc(Long payerId);
}
