package org.continuum.appointment;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/** One booked visit: who sees whom, for which code, on which day. */
@Entity
@Table(name = "appointment")
public class Appointment {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "appointment_seq")
  @SequenceGenerator(
      name = "appointment_seq",
      sequenceName = "appointment_seq",
      allocationSize = 50)
  private Long id;

  private Long patientId;
  private Long clinicianId;
  private String procedureCode;
  private LocalDate scheduledDate;

  @Enumerated(EnumType.STRING)
  private AppointmentStatus status;

  @Version private long version;

  protected Appointment() {}

  public Appointment(
      Long patientId,
      Long clinicianId,
      String procedureCode,
      LocalDate scheduledDate,
      AppointmentStatus status) {
    this.patientId = patientId;
    this.clinicianId = clinicianId;
    this.procedureCode = procedureCode;
    this.scheduledDate = scheduledDate;
    this.status = status;
  }

  public Long getId() {
    return id;
  }

  public Long getPatientId() {
    return patientId;
  }

  public Long getClinicianId() {
    return clinicianId;
  }

  public String getProcedureCode() {
    return procedureCode;
  }

  public LocalDate getScheduledDate() {
    return scheduledDate;
  }

  public AppointmentStatus getStatus() {
    return status;
  }
}
