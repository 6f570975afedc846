package org.continuum.edi;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One 835 transaction set: one payment (or notice) from one payer to one payee, with the claims it
 * pays and the provider-level adjustments that net against it. Amounts keep the payer's signs: a
 * positive CAS amount reduced the payment, a negative one increased it; a reversal claim (status
 * 22) carries negated amounts.
 *
 * @param envelope where the transaction sat in its file
 * @param transactionHandlingCode BPR01 (I remittance with payment, H notice only, …)
 * @param totalPaid BPR02
 * @param creditDebit BPR03 (C or D)
 * @param paymentMethod BPR04 (ACH, CHK, NON, BOP, FWT)
 * @param paymentDate BPR16, or null when the payer left it out
 * @param traceNumber TRN02, the check or EFT trace number that matches the deposit
 * @param productionDate DTM*405, or null
 * @param payer loop 1000A (N1*PR)
 * @param payee loop 1000B (N1*PE)
 * @param claims the CLP loops in file order
 * @param providerAdjustments every PLB adjustment pair, flattened
 */
public record Remittance835(
    X12Envelope envelope,
    String transactionHandlingCode,
    BigDecimal totalPaid,
    String creditDebit,
    String paymentMethod,
    LocalDate paymentDate,
    String traceNumber,
    LocalDate productionDate,
    Party payer,
    Party payee,
    List<Claim> claims,
    List<ProviderAdjustment> providerAdjustments) {

  public Remittance835 {
    claims = List.copyOf(claims);
    providerAdjustments = List.copyOf(providerAdjustments);
  }

  /**
   * A payer or payee: its name and the identifier the payer sent (N103/N104, or REF*2U for a payer
   * without N104).
   */
  public record Party(String name, String idQualifier, String id) {

    /** The NPI when the identifier is qualified XX, otherwise null. */
    public String npi() {
      return "XX".equals(idQualifier) ? id : null;
    }
  }

  /**
   * One adjudicated claim (loop 2100).
   *
   * @param patientControlNumber CLP01, our CLM01 echoed
   * @param statusCode CLP02 (1/2/3 processed, 4 denied, 22 reversal, …)
   * @param totalCharge CLP03
   * @param amountPaid CLP04
   * @param patientResponsibility CLP05, zero when absent
   * @param payerClaimControlNumber CLP07, needed to replace or void the claim; null when absent
   * @param adjustments claim-level CAS triplets
   * @param serviceLines the SVC loops (2110)
   */
  public record Claim(
      String patientControlNumber,
      String statusCode,
      BigDecimal totalCharge,
      BigDecimal amountPaid,
      BigDecimal patientResponsibility,
      String payerClaimControlNumber,
      List<Adjustment> adjustments,
      List<ServiceLine> serviceLines) {

    public Claim {
      adjustments = List.copyOf(adjustments);
      serviceLines = List.copyOf(serviceLines);
    }

    /** CLP02 = 22: the payer takes back an earlier payment of this claim. */
    public boolean isReversal() {
      return "22".equals(statusCode);
    }

    /** CLP02 = 4: the payer denied the claim. */
    public boolean isDenied() {
      return "4".equals(statusCode);
    }
  }

  /**
   * One CAS reason/amount/quantity triplet with its group code (CO, PR, OA, PI; CR tolerated from
   * 4010 files).
   */
  public record Adjustment(
      String groupCode, String reasonCode, BigDecimal amount, BigDecimal quantity) {}

  /**
   * One adjudicated service line (loop 2110).
   *
   * @param procedureQualifier SVC01-1 (HC, AD, ZZ, …)
   * @param procedureCode SVC01-2
   * @param modifiers SVC01-3 to SVC01-6
   * @param charge SVC02
   * @param paid SVC03
   * @param unitsPaid SVC05, one when absent as X12 specifies
   * @param submittedProcedureCode SVC06-2 when the payer changed the code, otherwise null
   * @param serviceDate DTM*472, or DTM*150 (period start) when no 472 was sent
   * @param lineControlNumber REF*6R (or REF*6B), our line item control number echoed
   * @param allowedAmount AMT*B6, or null
   * @param adjustments line-level CAS triplets
   * @param remarkCodes LQ*HE remittance advice remark codes
   */
  public record ServiceLine(
      String procedureQualifier,
      String procedureCode,
      List<String> modifiers,
      BigDecimal charge,
      BigDecimal paid,
      BigDecimal unitsPaid,
      String submittedProcedureCode,
      LocalDate serviceDate,
      String lineControlNumber,
      BigDecimal allowedAmount,
      List<Adjustment> adjustments,
      List<String> remarkCodes) {

    public ServiceLine {
      modifiers = List.copyOf(modifiers);
      adjustments = List.copyOf(adjustments);
      remarkCodes = List.copyOf(remarkCodes);
    }
  }

  /**
   * One PLB adjustment pair: a positive amount takes money back (WO overpayment recovery), a
   * negative one adds money (L6 interest).
   *
   * @param providerId PLB01
   * @param fiscalPeriodDate PLB02
   * @param reasonCode first component of the adjustment identifier (WO, FB, L6, CS, …)
   * @param reference second component, often the claim the adjustment belongs to; null when absent
   * @param amount the adjustment amount
   */
  public record ProviderAdjustment(
      String providerId,
      LocalDate fiscalPeriodDate,
      String reasonCode,
      String reference,
      BigDecimal amount) {}
}
