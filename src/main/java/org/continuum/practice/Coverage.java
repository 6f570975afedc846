package org.continuum.practice;

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

/** A patient's insurance with one payer: who is billed, under which member id, in which order. */
@Entity
@Table(name = "coverage")
public class Coverage {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "coverage_seq")
  @SequenceGenerator(name = "coverage_seq", sequenceName = "coverage_seq", allocationSize = 50)
  private Long id;

  private Long patientId;
  private Long payerId;
  private String memberId;
  private String groupNumber;

  @Enumerated(EnumType.STRING)
  private CoveragePriority priority;

  @Enumerated(EnumType.STRING)
  private SubscriberRelationship subscriberRelationship;

  private String subscriberFirstName;
  private String subscriberLastName;
  private LocalDate subscriberDateOfBirth;
  private LocalDate effectiveFrom;
  private LocalDate effectiveTo;
  @Version private long version;

  protected Coverage() {}

  public Coverage(
      Long patientId,
      Long payerId,
      String memberId,
      String groupNumber,
      CoveragePriority priority,
      SubscriberRelationship subscriberRelationship,
      String subscriberFirstName,
      String subscriberLastName,
      LocalDate subscriberDateOfBirth,
      LocalDate effectiveFrom,
      LocalDate effectiveTo) {
    this.patientId = patientId;
    update(
        payerId,
        memberId,
        groupNumber,
        priority,
        subscriberRelationship,
        subscriberFirstName,
        subscriberLastName,
        subscriberDateOfBirth,
        effectiveFrom,
        effectiveTo);
  }

  /** Replaces every field a user can edit; the patient of a coverage never changes. */
  public final void update(
      Long payerId,
      String memberId,
      String groupNumber,
      CoveragePriority priority,
      SubscriberRelationship subscriberRelationship,
      String subscriberFirstName,
      String subscriberLastName,
      LocalDate subscriberDateOfBirth,
      LocalDate effectiveFrom,
      LocalDate effectiveTo) {
    this.payerId = payerId;
    this.memberId = memberId;
    this.groupNumber = groupNumber;
    this.priority = priority;
    this.subscriberRelationship = subscriberRelationship;
    this.subscriberFirstName = subscriberFirstName;
    this.subscriberLastName = subscriberLastName;
    this.subscriberDateOfBirth = subscriberDateOfBirth;
    this.effectiveFrom = effectiveFrom;
    this.effectiveTo = effectiveTo;
  }

  /** Whether the coverage is in force on the date of service. */
  public boolean coversDate(LocalDate date) {
    return !date.isBefore(effectiveFrom) && (effectiveTo == null || !date.isAfter(effectiveTo));
  }

  public Long getId() {
    return id;
  }

  public Long getPatientId() {
    return patientId;
  }

  public Long getPayerId() {
    return payerId;
  }

  public String getMemberId() {
    return memberId;
  }

  public String getGroupNumber() {
    return groupNumber;
  }

  public CoveragePriority getPriority() {
    return priority;
  }

  public SubscriberRelationship getSubscriberRelationship() {
    return subscriberRelationship;
  }

  public String getSubscriberFirstName() {
    return subscriberFirstName;
  }

  public String getSubscriberLastName() {
    return subscriberLastName;
  }

  public LocalDate getSubscriberDateOfBirth() {
    return subscriberDateOfBirth;
  }

  public LocalDate getEffectiveFrom() {
    return effectiveFrom;
  }

  public LocalDate getEffectiveTo() {
    return effectiveTo;
  }

  public long getVersion() {
    return version;
  }

  @Override
  public String toString() {
    return "Coverage[id=" + id + "]";
  }
}
