package org.continuum.claim;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.Mutability;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.java.Immutability;

/** One service line (loop 2400 SV1): code, up to four modifiers, units, charge, diagnoses. */
@Entity
@Table(name = "claim_line")
public class ClaimLine {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "claim_line_seq")
  @SequenceGenerator(name = "claim_line_seq", sequenceName = "claim_line_seq", allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "claim_id")
  private Claim claim;

  private int lineNumber;
  private String procedureCode;

  // The two lists are set once and handed out read-only, so Hibernate keeps no copy of them to
  // compare at each flush: that copy cost a JSON write and read per line in every transaction.
  @JdbcTypeCode(SqlTypes.JSON)
  @Mutability(Immutability.class)
  private List<String> modifiers;

  private int units;
  private BigDecimal charge;

  @JdbcTypeCode(SqlTypes.JSON)
  @Mutability(Immutability.class)
  private List<Integer> diagnosisPointers;

  private LocalDate dateOfService;

  /** The authorization this line consumed a unit of, if the payer required one. */
  private Long authorizationId;

  protected ClaimLine() {}

  ClaimLine(
      Claim claim,
      int lineNumber,
      String procedureCode,
      List<String> modifiers,
      int units,
      BigDecimal charge,
      List<Integer> diagnosisPointers,
      LocalDate dateOfService) {
    this.claim = claim;
    this.lineNumber = lineNumber;
    this.procedureCode = procedureCode;
    this.modifiers = List.copyOf(modifiers);
    this.units = units;
    this.charge = charge;
    this.diagnosisPointers = List.copyOf(diagnosisPointers);
    this.dateOfService = dateOfService;
  }

  public Long getId() {
    return id;
  }

  public int getLineNumber() {
    return lineNumber;
  }

  public String getProcedureCode() {
    return procedureCode;
  }

  public List<String> getModifiers() {
    return Collections.unmodifiableList(modifiers);
  }

  public int getUnits() {
    return units;
  }

  public BigDecimal getCharge() {
    return charge;
  }

  public List<Integer> getDiagnosisPointers() {
    return Collections.unmodifiableList(diagnosisPointers);
  }

  public LocalDate getDateOfService() {
    return dateOfService;
  }

  public Long getAuthorizationId() {
    return authorizationId;
  }

  public void setAuthorizationId(Long authorizationId) {
    this.authorizationId = authorizationId;
  }
}
