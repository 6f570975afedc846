package org.continuum.claim;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A professional claim (837P): one session's services billed to one payer. */
@Entity
@Table(name = "claim")
public class Claim {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "claim_seq")
  @SequenceGenerator(name = "claim_seq", sequenceName = "claim_seq", allocationSize = 50)
  private Long id;

  private Long sessionId;
  private Long patientId;
  private Long coverageId;
  private Long payerId;
  private Long billingProviderId;
  private Long renderingClinicianId;

  @Enumerated(EnumType.STRING)
  private ClaimStatus status;

  /** CLM05-3: 1 original, 7 replacement, 8 void. */
  private String frequencyCode = "1";

  private String payerClaimNumber;

  /** A void (frequency 8) of this claim waits for the next 837P batch. */
  private boolean voidToSend;

  /** Whether a defect was ever raised on the claim: kept by the database (V150), read here. */
  @Column(insertable = false, updatable = false)
  private boolean reworked;

  /** Whether this transaction raised a defect, which {@link #reworked} read before cannot say. */
  @Transient private boolean defectRaised;

  private String placeOfService;
  private LocalDate dateOfService;
  private BigDecimal totalCharge = BigDecimal.ZERO.setScale(2);

  /** What the payer's remittance left the patient to pay (PR group), once an 835 is posted. */
  private BigDecimal patientBalance;

  private Instant createdAt = Instant.now();
  private Instant updatedAt = Instant.now();

  @OneToMany(
      mappedBy = "claim",
      cascade = CascadeType.ALL,
      orphanRemoval = true,
      fetch = FetchType.LAZY)
  @OrderBy("lineNumber")
  private List<ClaimLine> lines = new ArrayList<>();

  @Version private long version;

  protected Claim() {}

  public Claim(
      Long sessionId,
      Long patientId,
      Long coverageId,
      Long payerId,
      Long billingProviderId,
      Long renderingClinicianId,
      LocalDate dateOfService) {
    this.sessionId = sessionId;
    this.patientId = patientId;
    this.coverageId = coverageId;
    this.payerId = payerId;
    this.billingProviderId = billingProviderId;
    this.renderingClinicianId = renderingClinicianId;
    this.dateOfService = dateOfService;
    this.status = ClaimStatus.IN_REVIEW;
  }

  /** Appends a line and keeps the total charge equal to the sum of the lines (CLM02). */
  public ClaimLine addLine(
      String procedureCode,
      List<String> modifiers,
      int units,
      BigDecimal charge,
      List<Integer> diagnosisPointers) {
    ClaimLine line =
        new ClaimLine(
            this,
            lines.size() + 1,
            procedureCode,
            modifiers,
            units,
            charge,
            diagnosisPointers,
            dateOfService);
    lines.add(line);
    totalCharge = lines.stream().map(ClaimLine::getCharge).reduce(BigDecimal.ZERO, BigDecimal::add);
    return line;
  }

  /** Whether the claim may have an open defect; when not, there is none to look up. */
  boolean mayHaveOpenDefects() {
    return reworked || defectRaised;
  }

  /** A defect was raised on the claim in this transaction. */
  void markDefectRaised() {
    this.defectRaised = true;
  }

  /** Whether the lines are exactly these, in this order. */
  boolean isCodedAs(List<ClaimCoder.CodedLine> coded) {
    if (coded.size() != lines.size()) {
      return false;
    }
    for (int i = 0; i < coded.size(); i++) {
      ClaimCoder.CodedLine want = coded.get(i);
      ClaimLine have = lines.get(i);
      if (!want.procedureCode().equals(have.getProcedureCode())
          || !want.modifiers().equals(have.getModifiers())
          || want.units() != have.getUnits()
          || want.charge().compareTo(have.getCharge()) != 0
          || !want.diagnosisPointers().equals(have.getDiagnosisPointers())) {
        return false;
      }
    }
    return true;
  }

  /**
   * Drops every line before coding builds them again from the session's current facts. The caller
   * flushes before adding lines, so that line numbers stay unique.
   */
  public void clearLines() {
    lines.clear();
    totalCharge = BigDecimal.ZERO.setScale(2);
  }

  /** Moves the claim to {@code next}; a claim already there is left as it is (no write). */
  public void moveTo(ClaimStatus next) {
    if (status == next) {
      return;
    }
    this.status = next;
    this.updatedAt = Instant.now();
  }

  /** The payer's own number for this claim (277CA REF*1K, 835 CLP07), kept for corrections. */
  public void recordPayerClaimNumber(String number) {
    if (number != null && !number.isBlank()) {
      this.payerClaimNumber = number;
    }
  }

  /**
   * The claim goes back to the payer as a replacement of the one it denied (frequency 7, CLM05-3),
   * which the 837P carries with the payer's claim number in REF*F8.
   */
  public void markAsReplacement() {
    this.frequencyCode = "7";
    moveTo(ClaimStatus.READY_TO_SUBMIT);
  }

  /** Voided before any payer had it: nothing goes out, the claim simply stops. */
  public void voidUnsent() {
    moveTo(ClaimStatus.VOIDED);
  }

  /**
   * Voided after the payer took it: the claim is VOIDED here at once, and the next 837P batch
   * carries it as a void (frequency 8, CLM05-3) naming the payer's claim number in REF*F8.
   */
  public void voidAtPayer() {
    this.frequencyCode = "8";
    this.voidToSend = true;
    moveTo(ClaimStatus.VOIDED);
  }

  public boolean isVoidToSend() {
    return voidToSend;
  }

  public void recordPatientBalance(BigDecimal amount) {
    this.patientBalance = amount;
  }

  public BigDecimal getPatientBalance() {
    return patientBalance;
  }

  public Long getId() {
    return id;
  }

  public Long getSessionId() {
    return sessionId;
  }

  public Long getPatientId() {
    return patientId;
  }

  public Long getCoverageId() {
    return coverageId;
  }

  public Long getPayerId() {
    return payerId;
  }

  public Long getBillingProviderId() {
    return billingProviderId;
  }

  public Long getRenderingClinicianId() {
    return renderingClinicianId;
  }

  public ClaimStatus getStatus() {
    return status;
  }

  public String getFrequencyCode() {
    return frequencyCode;
  }

  public String getPayerClaimNumber() {
    return payerClaimNumber;
  }

  public String getPlaceOfService() {
    return placeOfService;
  }

  public void setPlaceOfService(String placeOfService) {
    this.placeOfService = placeOfService;
  }

  public LocalDate getDateOfService() {
    return dateOfService;
  }

  public BigDecimal getTotalCharge() {
    return totalCharge;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public List<ClaimLine> getLines() {
    return List.copyOf(lines);
  }

  public long getVersion() {
    return version;
  }
}
