package org.continuum.appeal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One appeal letter as generated: a draft the biller may still change, or the final one sent. */
@Entity
@Table(name = "appeal_letter")
class AppealLetter {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "appeal_letter_seq")
  @SequenceGenerator(
      name = "appeal_letter_seq",
      sequenceName = "appeal_letter_seq",
      allocationSize = 50)
  private Long id;

  private Long claimId;
  private int level;
  private String status;
  private String argument;
  private byte[] pdf;
  private String createdBy;
  private Instant createdAt = Instant.now();
  private String occasion;

  protected AppealLetter() {}

  AppealLetter(
      long claimId, int level, boolean last, String argument, byte[] pdf, String createdBy) {
    this.claimId = claimId;
    this.level = level;
    this.status = last ? "FINAL" : "DRAFT";
    this.argument = argument;
    this.pdf = pdf;
    this.createdBy = createdBy;
  }

  /** A final letter written once for the process step that finalised it (see V165). */
  AppealLetter finalisedBy(String occasion) {
    this.occasion = occasion;
    return this;
  }

  Long getId() {
    return id;
  }

  Long getClaimId() {
    return claimId;
  }

  int getLevel() {
    return level;
  }

  String getStatus() {
    return status;
  }

  byte[] getPdf() {
    return pdf;
  }

  String getCreatedBy() {
    return createdBy;
  }

  Instant getCreatedAt() {
    return createdAt;
  }
}
