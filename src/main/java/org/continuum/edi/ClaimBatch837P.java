package org.continuum.edi;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Everything one 837P interchange (005010X222A1) says, in X12's own terms: the envelope with the
 * control numbers the caller allocated, the submitter and receiver, one billing provider, and its
 * claims. Callers map their own claims onto this model; {@link ClaimBatchWriter837P} checks it and
 * writes it. Codes are the X12 codes (gender M/F/U, relationship 18 self, filing indicator CI, MC,
 * …).
 */
public record ClaimBatch837P(
    Interchange interchange,
    Submitter submitter,
    Receiver receiver,
    BillingProvider billingProvider,
    List<Claim> claims) {

  public ClaimBatch837P {
    claims = claims == null ? null : List.copyOf(claims);
  }

  /**
   * The envelope.
   *
   * @param senderId ISA06 and GS02 (qualifier ZZ), at most 15 characters
   * @param receiverId ISA08 and GS03 (qualifier ZZ), at most 15 characters
   * @param interchangeControlNumber ISA13/IEA02, 1 to 999999999, unique per sender
   * @param groupControlNumber GS06/GE02, 1 to 999999999
   * @param transactionSetControlNumber ST02/SE02, 1 to 999999999 (written with at least 4 digits)
   * @param createdAt the ISA09/10, GS04/05 and BHT04/05 date and time
   * @param production ISA15: true writes P, false writes T (test)
   */
  public record Interchange(
      String senderId,
      String receiverId,
      int interchangeControlNumber,
      int groupControlNumber,
      int transactionSetControlNumber,
      LocalDateTime createdAt,
      boolean production) {}

  /** Loop 1000A: who sends the claims (NM1*41 with the ETIN as NM109, PER*IC). */
  public record Submitter(String name, String id, String contactName, String contactPhone) {}

  /** Loop 1000B: the clearinghouse or payer that receives the file (NM1*40). */
  public record Receiver(String name, String id) {}

  /** A street address (N3/N4); the postal code is 5 or 9 digits, 9 for a billing provider. */
  public record Address(String line1, String line2, String city, String state, String postalCode) {}

  /** Loops 2000A/2010AA: PRV*BI taxonomy, NM1*85 with NPI, N3/N4, REF*EI tax id. */
  public record BillingProvider(
      String organisationName, String npi, String taxId, String taxonomyCode, Address address) {}

  /** Loop 2010BB: the destination payer (NM1*PR, payer id qualified PI). */
  public record Payer(String name, String id) {}

  /**
   * Loops 2000B/2010BA: the insured.
   *
   * @param payerResponsibility SBR01: P primary, S secondary, T tertiary
   * @param patientRelationship the patient's relationship to the subscriber: 18 self (SBR02, no
   *     patient loop), otherwise the PAT01 code (01 spouse, 19 child, G8 other)
   * @param groupNumber SBR03, or null
   * @param claimFilingIndicator SBR09 (CI commercial, MC Medicaid, MB Medicare part B, …)
   * @param dateOfBirth DMG02; required when the subscriber is the patient
   * @param gender DMG03 (M, F, U); required when the subscriber is the patient
   */
  public record Subscriber(
      String memberId,
      String lastName,
      String firstName,
      LocalDate dateOfBirth,
      String gender,
      Address address,
      String patientRelationship,
      String payerResponsibility,
      String groupNumber,
      String claimFilingIndicator,
      Payer payer) {}

  /** Loops 2000C/2010CA: the patient when not the subscriber. */
  public record Patient(
      String lastName, String firstName, LocalDate dateOfBirth, String gender, Address address) {}

  /** Loop 2310B: the rendering clinician (NM1*82 person with NPI, PRV*PE taxonomy). */
  public record RenderingProvider(
      String npi, String lastName, String firstName, String taxonomyCode) {}

  /**
   * Loop 2300 and below: one claim.
   *
   * @param claimId CLM01, the patient control number the payer echoes back; at most 20 characters
   * @param totalCharge CLM02; must equal the sum of the line charges
   * @param placeOfService CLM05-1, two digits
   * @param frequencyCode CLM05-3: 1 original, 7 replacement, 8 void
   * @param patient null when the subscriber is the patient
   * @param priorAuthorizationNumber REF*G1, or null
   * @param payerClaimControlNumber REF*F8, the payer's number of the claim being replaced or
   *     voided; required for frequency 7 and 8
   * @param diagnosisCodes ICD-10-CM codes, principal first, with or without the decimal point; 1 to
   *     12
   * @param renderingProvider null when the billing provider rendered the service
   * @param serviceLines 1 to 50 lines
   */
  public record Claim(
      String claimId,
      BigDecimal totalCharge,
      String placeOfService,
      String frequencyCode,
      Subscriber subscriber,
      Patient patient,
      String priorAuthorizationNumber,
      String payerClaimControlNumber,
      List<String> diagnosisCodes,
      RenderingProvider renderingProvider,
      List<ServiceLine> serviceLines) {

    public Claim {
      diagnosisCodes = diagnosisCodes == null ? null : List.copyOf(diagnosisCodes);
      serviceLines = serviceLines == null ? null : List.copyOf(serviceLines);
    }
  }

  /**
   * Loop 2400: one service line.
   *
   * @param procedureCode CPT/HCPCS code (SV101-2)
   * @param modifiers up to 4 (SV101-3 to 6)
   * @param charge SV102
   * @param units SV104, in units (SV103 = UN)
   * @param diagnosisPointers 1 to 4 positions (1-based) into the claim's diagnosis codes
   * @param serviceDate DTP*472
   * @param lineControlNumber REF*6R, echoed by the payer in the 835; null to leave it out
   */
  public record ServiceLine(
      String procedureCode,
      List<String> modifiers,
      BigDecimal charge,
      BigDecimal units,
      List<Integer> diagnosisPointers,
      LocalDate serviceDate,
      String lineControlNumber) {

    public ServiceLine {
      modifiers = modifiers == null ? List.of() : List.copyOf(modifiers);
      diagnosisPointers = diagnosisPointers == null ? null : List.copyOf(diagnosisPointers);
    }
  }
}
