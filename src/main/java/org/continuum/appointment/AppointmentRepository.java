package org.continuum.appointment;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Appointments by patient and date. */
public interface AppointmentRepository extends JpaRepository<Appointment, Long> {

  List<Appointment> findByPatientIdOrderByScheduledDateAscIdAsc(Long patientId);

  /** A patient's bookings from a day on, in the order they will happen. */
  List<Appointment> findByPatientIdAndScheduledDateGreaterThanEqualOrderByScheduledDateAscIdAsc(
      Long patientId, LocalDate from);
}
