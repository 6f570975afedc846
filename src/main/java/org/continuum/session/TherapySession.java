package org.continuum.session;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collections;
import java.util.List;
import java.util.OptionalInt;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.Mutability;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.java.Immutability;

/** A completed session as documented in the clinical record. */
@Entity
@Table(name = "therapy_session")
public class TherapySession {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "therapy_session_seq")
  @SequenceGenerator(
      name = "therapy_session_seq",
      sequenceName = "therapy_session_seq",
      allocationSize = 50)
  private Long id;

  /** The EHR's id of the session: the same id sent twice is the same session. */
  private String sourceSessionId;

  private Long patientId;
  private Long clinicianId;
  private Long coverageId;
  private LocalDate dateOfService;
  private LocalTime startTime;
  private LocalTime endTime;
  private Integer minutes;
  private String procedureCode;

  // Both code lists are set once and handed out read-only, so Hibernate keeps no copy of them to
  // compare at each flush (a JSON write and read per list in every transaction).
  @JdbcTypeCode(SqlTypes.JSON)
  @Mutability(Immutability.class)
  private List<String> addOnCodes;

  private String emCode;

  @Enumerated(EnumType.STRING)
  private Modality modality;

  @Enumerated(EnumType.STRING)
  private PatientLocation patientLocation;

  @JdbcTypeCode(SqlTypes.JSON)
  @Mutability(Immutability.class)
  private List<String> diagnosisCodes;

  private Instant noteSignedAt;
  private LocalDate treatmentPlanReviewedOn;
  private Instant createdAt = Instant.now();

  protected TherapySession() {}

  public TherapySession(
      String sourceSessionId,
      Long patientId,
      Long clinicianId,
      Long coverageId,
      LocalDate dateOfService,
      LocalTime startTime,
      LocalTime endTime,
      Integer minutes,
      String procedureCode,
      List<String> addOnCodes,
      String emCode,
      Modality modality,
      PatientLocation patientLocation,
      List<String> diagnosisCodes,
      Instant noteSignedAt,
      LocalDate treatmentPlanReviewedOn) {
    this.sourceSessionId = sourceSessionId;
    this.patientId = patientId;
    this.clinicianId = clinicianId;
    this.coverageId = coverageId;
    this.dateOfService = dateOfService;
    this.startTime = startTime;
    this.endTime = endTime;
    this.minutes = minutes;
    this.procedureCode = procedureCode;
    this.addOnCodes = addOnCodes == null ? List.of() : List.copyOf(addOnCodes);
    this.emCode = emCode;
    this.modality = modality;
    this.patientLocation = patientLocation;
    this.diagnosisCodes = diagnosisCodes == null ? List.of() : List.copyOf(diagnosisCodes);
    this.noteSignedAt = noteSignedAt;
    this.treatmentPlanReviewedOn = treatmentPlanReviewedOn;
  }

  /**
   * Documented minutes: the total when recorded, else stop minus start; empty when the note has
   * neither, which is itself a documentation defect.
   */
  public OptionalInt documentedMinutes() {
    if (minutes != null) {
      return OptionalInt.of(minutes);
    }
    if (startTime != null && endTime != null && endTime.isAfter(startTime)) {
      return OptionalInt.of((int) Duration.between(startTime, endTime).toMinutes());
    }
    return OptionalInt.empty();
  }

  /**
   * Records what the clinician answered to a documentation query. Only the clinician's answer
   * changes the documented facts; billing never edits a note on its own.
   */
  public void applyAnswer(DocumentationAnswer answer) {
    if (answer.correctedMinutes() != null) {
      this.minutes = answer.correctedMinutes();
      this.startTime = null;
      this.endTime = null;
    }
    if (answer.correctedProcedureCode() != null && !answer.correctedProcedureCode().isBlank()) {
      this.procedureCode = answer.correctedProcedureCode().strip();
    }
    if (answer.noteSignedAt() != null && this.noteSignedAt == null) {
      this.noteSignedAt = answer.noteSignedAt();
    }
    if (answer.treatmentPlanReviewedOn() != null) {
      this.treatmentPlanReviewedOn = answer.treatmentPlanReviewedOn();
    }
  }

  public Long getId() {
    return id;
  }

  public String getSourceSessionId() {
    return sourceSessionId;
  }

  public Long getPatientId() {
    return patientId;
  }

  public Long getClinicianId() {
    return clinicianId;
  }

  public Long getCoverageId() {
    return coverageId;
  }

  public LocalDate getDateOfService() {
    return dateOfService;
  }

  public LocalTime getStartTime() {
    return startTime;
  }

  public LocalTime getEndTime() {
    return endTime;
  }

  public Integer getMinutes() {
    return minutes;
  }

  public String getProcedureCode() {
    return procedureCode;
  }

  public List<String> getAddOnCodes() {
    return Collections.unmodifiableList(addOnCodes);
  }

  public String getEmCode() {
    return emCode;
  }

  public Modality getModality() {
    return modality;
  }

  public PatientLocation getPatientLocation() {
    return patientLocation;
  }

  public List<String> getDiagnosisCodes() {
    return Collections.unmodifiableList(diagnosisCodes);
  }

  public Instant getNoteSignedAt() {
    return noteSignedAt;
  }

  public LocalDate getTreatmentPlanReviewedOn() {
    return treatmentPlanReviewedOn;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
