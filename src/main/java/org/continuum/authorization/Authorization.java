package org.continuum.authorization;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.springframework.data.domain.AfterDomainEventPublication;
import org.springframework.data.domain.DomainEvents;

/**
 * A payer's approval of a number of units of some codes for one patient over a span of dates. A
 * newly saved authorization announces itself ({@link AuthorizationRecorded}) whoever saved it (the
 * API, a renewal, the demo seed), so its renewal is planned from the start.
 */
@Entity
@Table(name = "authorization_grant")
public class Authorization {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "authorization_seq")
  @SequenceGenerator(
      name = "authorization_seq",
      sequenceName = "authorization_seq",
      allocationSize = 50)
  private Long id;

  private Long patientId;
  private Long payerId;

  /** The number the payer gave, printed on the claim (loop 2300 REF*G1). */
  private String authorizationNumber;

  @JdbcTypeCode(SqlTypes.JSON)
  private List<String> procedureCodes;

  private int unitsApproved;
  private int unitsUsed;
  private LocalDate startDate;
  private LocalDate endDate;

  /** When set, only this clinician's claims may use the authorization. */
  private Long renderingClinicianId;

  @Enumerated(EnumType.STRING)
  private AuthorizationStatus status;

  /** The payer's answer to the renewal of this authorization, once recorded. */
  @Enumerated(EnumType.STRING)
  private RenewalDecision renewalDecision;

  /** The authorization the payer approved as this one's renewal. */
  private Long renewedById;

  /** The payer's reference for its renewal decision (call reference, case number). */
  private String renewalReference;

  @Version private long version;

  @Transient private boolean newlyRecorded;

  @Transient private boolean renewalTermsChanged;

  protected Authorization() {}

  public Authorization(
      Long patientId,
      Long payerId,
      String authorizationNumber,
      List<String> procedureCodes,
      int unitsApproved,
      LocalDate startDate,
      LocalDate endDate,
      Long renderingClinicianId,
      AuthorizationStatus status) {
    this.patientId = patientId;
    this.payerId = payerId;
    this.newlyRecorded = true;
    update(
        authorizationNumber,
        procedureCodes,
        unitsApproved,
        startDate,
        endDate,
        renderingClinicianId,
        status);
  }

  /** Replaces every field a coordinator can edit; patient and payer never change. */
  public final void update(
      String authorizationNumber,
      List<String> procedureCodes,
      int unitsApproved,
      LocalDate startDate,
      LocalDate endDate,
      Long renderingClinicianId,
      AuthorizationStatus status) {
    if (id != null
        && (unitsApproved != this.unitsApproved
            || !startDate.equals(this.startDate)
            || !endDate.equals(this.endDate)
            || status != this.status)) {
      renewalTermsChanged = true;
    }
    this.authorizationNumber = authorizationNumber;
    this.procedureCodes = List.copyOf(procedureCodes);
    this.unitsApproved = unitsApproved;
    this.startDate = startDate;
    this.endDate = endDate;
    this.renderingClinicianId = renderingClinicianId;
    this.status = status;
  }

  /**
   * A new authorization announces itself; a saved one whose dates, units or status changed says so,
   * so that its renewal is planned again.
   */
  @DomainEvents
  List<Object> recordedOrChanged() {
    if (id == null) {
      return List.of();
    }
    if (newlyRecorded) {
      return List.of(new AuthorizationRecorded(id));
    }
    return renewalTermsChanged ? List.of(new AuthorizationChanged(id)) : List.of();
  }

  @AfterDomainEventPublication
  void recordedAnnounced() {
    newlyRecorded = false;
    renewalTermsChanged = false;
  }

  /** Records the payer's answer to this authorization's renewal. */
  void decideRenewal(RenewalDecision decision, Long renewedById, String reference) {
    this.renewalDecision = decision;
    this.renewedById = renewedById;
    this.renewalReference = reference;
  }

  public int unitsRemaining() {
    return unitsApproved - unitsUsed;
  }

  /** Whether the authorization covers a code, date and clinician, with a unit left. */
  public boolean covers(String procedureCode, LocalDate dateOfService, Long clinicianId) {
    return status == AuthorizationStatus.ACTIVE
        && procedureCodes.contains(procedureCode)
        && !dateOfService.isBefore(startDate)
        && !dateOfService.isAfter(endDate)
        && (renderingClinicianId == null || renderingClinicianId.equals(clinicianId))
        && unitsRemaining() > 0;
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

  public String getAuthorizationNumber() {
    return authorizationNumber;
  }

  public List<String> getProcedureCodes() {
    return procedureCodes;
  }

  public int getUnitsApproved() {
    return unitsApproved;
  }

  public int getUnitsUsed() {
    return unitsUsed;
  }

  public LocalDate getStartDate() {
    return startDate;
  }

  public LocalDate getEndDate() {
    return endDate;
  }

  public Long getRenderingClinicianId() {
    return renderingClinicianId;
  }

  public AuthorizationStatus getStatus() {
    return status;
  }

  public RenewalDecision getRenewalDecision() {
    return renewalDecision;
  }

  public Long getRenewedById() {
    return renewedById;
  }

  public String getRenewalReference() {
    return renewalReference;
  }

  public long getVersion() {
    return version;
  }
}
