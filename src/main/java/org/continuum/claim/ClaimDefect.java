package org.continuum.claim;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A defect found on a claim, open until the step that found it runs clean. */
@Entity
@Table(name = "claim_defect")
class ClaimDefect {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "claim_defect_seq")
  @SequenceGenerator(
      name = "claim_defect_seq",
      sequenceName = "claim_defect_seq",
      allocationSize = 50)
  private Long id;

  private Long claimId;

  @Enumerated(EnumType.STRING)
  private DefectStage stage;

  private String code;
  private String explanation;
  private Instant openedAt = Instant.now();
  private Instant resolvedAt;
  private String resolution;

  protected ClaimDefect() {}

  ClaimDefect(Long claimId, DefectStage stage, Defect defect) {
    this.claimId = claimId;
    this.stage = stage;
    this.code = defect.code();
    this.explanation = truncate(defect.explanation(), 500);
  }

  void resolve(String resolution) {
    this.resolvedAt = Instant.now();
    if (resolution != null && this.resolution == null) {
      this.resolution = truncate(resolution, 1000);
    }
  }

  void answer(String answer) {
    this.resolution = truncate(answer, 1000);
  }

  private static String truncate(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max);
  }

  Long getClaimId() {
    return claimId;
  }

  DefectStage getStage() {
    return stage;
  }

  String getCode() {
    return code;
  }

  String getExplanation() {
    return explanation;
  }

  Instant getOpenedAt() {
    return openedAt;
  }

  Instant getResolvedAt() {
    return resolvedAt;
  }

  String getResolution() {
    return resolution;
  }
}
