package org.continuum.claim;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One thing a person did with a claim after the payer answered, kept for audit. */
@Entity
@Table(name = "claim_action")
class ClaimAction {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "claim_action_seq")
  @SequenceGenerator(
      name = "claim_action_seq",
      sequenceName = "claim_action_seq",
      allocationSize = 50)
  private Long id;

  private Long claimId;
  private String action;
  private String actor;
  private Instant at = Instant.now();
  private String note;
  private String occasion;

  protected ClaimAction() {}

  ClaimAction(Long claimId, String action, String actor, String note) {
    this.claimId = claimId;
    this.action = action;
    this.actor = actor;
    this.note = note == null || note.length() <= 1000 ? note : note.substring(0, 1000);
  }

  ClaimAction(Long claimId, String action, String actor, String note, String occasion) {
    this(claimId, action, actor, note);
    this.occasion = occasion;
  }

  String getAction() {
    return action;
  }

  String getActor() {
    return actor;
  }

  Instant getAt() {
    return at;
  }

  String getNote() {
    return note;
  }
}
