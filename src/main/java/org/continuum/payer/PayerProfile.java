package org.continuum.payer;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * The rules of one payer. Kept as data so that a billing lead can change a payer's policy (a new
 * telehealth modifier, a code that now needs authorization) without a release.
 */
@Entity
@Table(name = "payer_profile")
public class PayerProfile {

  @Id private Long payerId;

  private int timelyFilingDays;

  /** Days to file an appeal at each level, first level first (Medicare has five). */
  @JdbcTypeCode(SqlTypes.JSON)
  private List<Integer> appealWindowDays;

  private int expectedTurnaroundDays;

  /** Procedure codes this payer pays only with a prior authorization. */
  @JdbcTypeCode(SqlTypes.JSON)
  private List<String> authRequiredCodes;

  /** How many days before an authorization ends its renewal starts. */
  private int authRenewalLeadDays;

  @JdbcTypeCode(SqlTypes.JSON)
  private TelehealthPolicy telehealthPolicy;

  /** Credential name to the licensure modifier this payer wants (e.g. LCSW to AJ or HO). */
  @JdbcTypeCode(SqlTypes.JSON)
  private Map<String, String> licensureModifiers;

  @JdbcTypeCode(SqlTypes.JSON)
  private DocumentationRules documentationRules;

  /** Visits per calendar year the plan pays (an EAP's cap), or null for no cap. */
  private Integer visitCapPerYear;

  protected PayerProfile() {}

  public PayerProfile(
      Long payerId,
      int timelyFilingDays,
      List<Integer> appealWindowDays,
      int expectedTurnaroundDays,
      List<String> authRequiredCodes,
      int authRenewalLeadDays,
      TelehealthPolicy telehealthPolicy,
      Map<String, String> licensureModifiers,
      DocumentationRules documentationRules,
      Integer visitCapPerYear) {
    this.payerId = payerId;
    update(
        timelyFilingDays,
        appealWindowDays,
        expectedTurnaroundDays,
        authRequiredCodes,
        authRenewalLeadDays,
        telehealthPolicy,
        licensureModifiers,
        documentationRules,
        visitCapPerYear);
  }

  /** Replaces every rule. */
  public final void update(
      int timelyFilingDays,
      List<Integer> appealWindowDays,
      int expectedTurnaroundDays,
      List<String> authRequiredCodes,
      int authRenewalLeadDays,
      TelehealthPolicy telehealthPolicy,
      Map<String, String> licensureModifiers,
      DocumentationRules documentationRules,
      Integer visitCapPerYear) {
    this.timelyFilingDays = timelyFilingDays;
    this.appealWindowDays = List.copyOf(appealWindowDays);
    this.expectedTurnaroundDays = expectedTurnaroundDays;
    this.authRequiredCodes = List.copyOf(authRequiredCodes);
    this.authRenewalLeadDays = authRenewalLeadDays;
    this.telehealthPolicy = telehealthPolicy;
    this.licensureModifiers = Map.copyOf(licensureModifiers);
    this.documentationRules = documentationRules;
    this.visitCapPerYear = visitCapPerYear;
  }

  /** Whether a code needs a prior authorization with this payer. */
  public boolean requiresAuthorization(String procedureCode) {
    return authRequiredCodes.contains(procedureCode);
  }

  public Long getPayerId() {
    return payerId;
  }

  public int getTimelyFilingDays() {
    return timelyFilingDays;
  }

  public List<Integer> getAppealWindowDays() {
    return appealWindowDays;
  }

  public int getExpectedTurnaroundDays() {
    return expectedTurnaroundDays;
  }

  public List<String> getAuthRequiredCodes() {
    return authRequiredCodes;
  }

  public int getAuthRenewalLeadDays() {
    return authRenewalLeadDays;
  }

  public TelehealthPolicy getTelehealthPolicy() {
    return telehealthPolicy;
  }

  public Map<String, String> getLicensureModifiers() {
    return licensureModifiers;
  }

  public DocumentationRules getDocumentationRules() {
    return documentationRules;
  }

  public Integer getVisitCapPerYear() {
    return visitCapPerYear;
  }
}
