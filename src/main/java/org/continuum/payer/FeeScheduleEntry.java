package org.continuum.payer;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** One priced code: the practice's charge and the payer's contracted amount. */
@Entity
@Table(name = "fee_schedule_entry")
public class FeeScheduleEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "fee_schedule_entry_seq")
  @SequenceGenerator(
      name = "fee_schedule_entry_seq",
      sequenceName = "fee_schedule_entry_seq",
      allocationSize = 50)
  private Long id;

  private String procedureCode;
  private String modifier;
  private BigDecimal chargeAmount;
  private BigDecimal contractedAmount;

  protected FeeScheduleEntry() {}

  public FeeScheduleEntry(
      String procedureCode, String modifier, BigDecimal chargeAmount, BigDecimal contractedAmount) {
    this.procedureCode = procedureCode;
    this.modifier = modifier == null ? "" : modifier;
    this.chargeAmount = chargeAmount;
    this.contractedAmount = contractedAmount;
  }

  public Long getId() {
    return id;
  }

  public String getProcedureCode() {
    return procedureCode;
  }

  public String getModifier() {
    return modifier;
  }

  public BigDecimal getChargeAmount() {
    return chargeAmount;
  }

  public BigDecimal getContractedAmount() {
    return contractedAmount;
  }
}
