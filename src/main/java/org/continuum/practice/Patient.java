package org.continuum.practice;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/**
 * A patient's demographics: protected health information. Never logged, never put into process
 * variables; other modules hold the id only.
 */
@Entity
@Table(name = "patient")
public class Patient {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "patient_seq")
  @SequenceGenerator(name = "patient_seq", sequenceName = "patient_seq", allocationSize = 50)
  private Long id;

  /** The patient's id in the practice's EHR, for imports that refer to it. */
  private String externalId;

  private String firstName;
  private String lastName;
  private LocalDate dateOfBirth;
  private String sex;
  @Embedded private Address address;
  private String phone;
  private Long primaryClinicianId;
  @Version private long version;

  protected Patient() {}

  public Patient(
      String externalId,
      String firstName,
      String lastName,
      LocalDate dateOfBirth,
      String sex,
      Address address,
      String phone,
      Long primaryClinicianId) {
    update(externalId, firstName, lastName, dateOfBirth, sex, address, phone, primaryClinicianId);
  }

  /** Replaces every field a user can edit. */
  public final void update(
      String externalId,
      String firstName,
      String lastName,
      LocalDate dateOfBirth,
      String sex,
      Address address,
      String phone,
      Long primaryClinicianId) {
    this.externalId = externalId;
    this.firstName = firstName;
    this.lastName = lastName;
    this.dateOfBirth = dateOfBirth;
    this.sex = sex;
    this.address = address;
    this.phone = phone;
    this.primaryClinicianId = primaryClinicianId;
  }

  public Long getId() {
    return id;
  }

  public String getExternalId() {
    return externalId;
  }

  public String getFirstName() {
    return firstName;
  }

  public String getLastName() {
    return lastName;
  }

  public LocalDate getDateOfBirth() {
    return dateOfBirth;
  }

  public String getSex() {
    return sex;
  }

  public Address getAddress() {
    return address;
  }

  public String getPhone() {
    return phone;
  }

  public Long getPrimaryClinicianId() {
    return primaryClinicianId;
  }

  public long getVersion() {
    return version;
  }

  @Override
  public String toString() {
    return "Patient[id=" + id + "]";
  }
}
