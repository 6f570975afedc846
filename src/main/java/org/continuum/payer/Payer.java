package org.continuum.payer;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** An insurer or plan the practice bills. */
@Entity
@Table(name = "payer")
public class Payer {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "payer_seq")
  @SequenceGenerator(name = "payer_seq", sequenceName = "payer_seq", allocationSize = 50)
  private Long id;

  /** Short unique code people use for the payer, e.g. {@code MEDICARE}. */
  private String code;

  private String name;

  /** The payer's electronic id on 837P and 835 files (NM1*PR NM109). */
  private String payerId;

  @Enumerated(EnumType.STRING)
  private PayerFamily family;

  private boolean active = true;
  @Version private long version;

  protected Payer() {}

  public Payer(String code, String name, String payerId, PayerFamily family) {
    update(code, name, payerId, family, true);
  }

  /** Stops new coverages and claims from using the payer; its history stays. */
  public void deactivate() {
    this.active = false;
  }

  /** Replaces every field a user can edit. */
  public final void update(
      String code, String name, String payerId, PayerFamily family, boolean active) {
    this.code = code;
    this.name = name;
    this.payerId = payerId;
    this.family = family;
    this.active = active;
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public String getPayerId() {
    return payerId;
  }

  public PayerFamily getFamily() {
    return family;
  }

  public boolean isActive() {
    return active;
  }

  public long getVersion() {
    return version;
  }
}
