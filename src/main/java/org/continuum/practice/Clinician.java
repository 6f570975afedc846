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

/** A rendering provider: the clinician who saw the patient and whose NPI goes on the claim line. */
@Entity
@Table(name = "clinician")
public class Clinician {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "clinician_seq")
  @SequenceGenerator(name = "clinician_seq", sequenceName = "clinician_seq", allocationSize = 50)
  private Long id;

  private String firstName;
  private String lastName;
  private String npi;

  @Enumerated(EnumType.STRING)
  private Credential credential;

  @Enumerated(EnumType.STRING)
  private LicensureLevel licensureLevel;

  private boolean prescriber;
  private String taxonomyCode;

  /** The user id of this clinician in the identity store, for their own Tasklist queries. */
  private String userId;

  private boolean active = true;
  @Version private long version;

  protected Clinician() {}

  public Clinician(
      String firstName,
      String lastName,
      String npi,
      Credential credential,
      LicensureLevel licensureLevel,
      boolean prescriber,
      String taxonomyCode,
      String userId) {
    this.firstName = firstName;
    this.lastName = lastName;
    this.npi = npi;
    this.credential = credential;
    this.licensureLevel = licensureLevel;
    this.prescriber = prescriber;
    this.taxonomyCode = taxonomyCode;
    this.userId = userId;
  }

  public Long getId() {
    return id;
  }

  public String getFirstName() {
    return firstName;
  }

  public String getLastName() {
    return lastName;
  }

  public String getNpi() {
    return npi;
  }

  public Credential getCredential() {
    return credential;
  }

  public LicensureLevel getLicensureLevel() {
    return licensureLevel;
  }

  public boolean isPrescriber() {
    return prescriber;
  }

  public String getTaxonomyCode() {
    return taxonomyCode;
  }

  public String getUserId() {
    return userId;
  }

  public boolean isActive() {
    return active;
  }

  public long getVersion() {
    return version;
  }

  /**
   * Takes the clinician off new work. Their NPI stays on past claims, which may be corrected or
   * appealed after they leave, so a clinician is never deleted.
   */
  public void deactivate() {
    this.active = false;
  }

  /** Replaces every field a user can edit. */
  public void update(
      String firstName,
      String lastName,
      String npi,
      Credential credential,
      LicensureLevel licensureLevel,
      boolean prescriber,
      String taxonomyCode,
      String userId,
      boolean active) {
    this.firstName = firstName;
    this.lastName = lastName;
    this.npi = npi;
    this.credential = credential;
    this.licensureLevel = licensureLevel;
    this.prescriber = prescriber;
    this.taxonomyCode = taxonomyCode;
    this.userId = userId;
    this.active = active;
  }
}
