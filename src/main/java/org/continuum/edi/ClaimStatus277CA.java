package org.continuum.edi;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One 277CA transaction set (005010X214): the payer's or clearinghouse's front-end verdict on the
 * claims of a batch, before adjudication. A claim whose statuses carry category A1/A2 was accepted
 * into adjudication; A3, A6, A7 or A8 mean it was returned and must be corrected and resubmitted.
 *
 * @param envelope where the 277CA sat in its file
 * @param referenceIdentification BHT03
 * @param creationDate BHT04, or null
 * @param batchStatuses STC segments outside the patient level (information receiver 2200B and
 *     billing provider 2200C), which speak for the whole batch or provider
 * @param claims one entry per patient-level claim loop (2200D), in file order
 */
public record ClaimStatus277CA(
    X12Envelope envelope,
    String referenceIdentification,
    LocalDate creationDate,
    List<Status> batchStatuses,
    List<Claim> claims) {

  public ClaimStatus277CA {
    batchStatuses = List.copyOf(batchStatuses);
    claims = List.copyOf(claims);
  }

  /**
   * One claim's acknowledgment (loop 2200D).
   *
   * @param patientControlNumber TRN02, our CLM01 echoed
   * @param payerClaimControlNumber REF*1K, or null when the payer assigned none (rejected claims)
   * @param clearinghouseTraceNumber REF*D9, or null
   * @param totalCharge STC04 of the first claim-level STC, or null
   * @param serviceDateFrom DTP*472 (start of a range), or null
   * @param serviceDateTo DTP*472 end of a range, equal to the start for a single date, or null
   * @param statuses every claim-level status, including the additional ones in STC10 and STC11
   * @param serviceLines the line-level loops (2220D), when the sender reports lines
   */
  public record Claim(
      String patientControlNumber,
      String payerClaimControlNumber,
      String clearinghouseTraceNumber,
      BigDecimal totalCharge,
      LocalDate serviceDateFrom,
      LocalDate serviceDateTo,
      List<Status> statuses,
      List<ServiceLine> serviceLines) {

    public Claim {
      statuses = List.copyOf(statuses);
      serviceLines = List.copyOf(serviceLines);
    }

    /** True when any status has a category code A1 or A2 and none was a rejection. */
    public boolean isAccepted() {
      return statuses.stream().anyMatch(s -> s.categoryCode().matches("A[12]"))
          && statuses.stream().noneMatch(Status::isRejection);
    }
  }

  /**
   * One health care claim status (STC01, STC10 or STC11 composite).
   *
   * @param categoryCode the first component, such as A1, A2, A3, A6, A7
   * @param statusCode the second component (claim status code), or null
   * @param entityCode the third component (entity identifier), or null
   * @param effectiveDate STC02, or null
   * @param actionCode STC03, or null
   * @param amount STC04 (total charge of the claim or line), or null
   */
  public record Status(
      String categoryCode,
      String statusCode,
      String entityCode,
      LocalDate effectiveDate,
      String actionCode,
      BigDecimal amount) {

    /** A3, A4 (not found), A6, A7 and A8 send the claim back to the provider. */
    public boolean isRejection() {
      return switch (categoryCode) {
        case "A3", "A4", "A6", "A7", "A8" -> true;
        default -> false;
      };
    }
  }

  /**
   * One service line's acknowledgment (loop 2220D).
   *
   * @param procedureCode SVC01-2
   * @param modifiers SVC01-3 to SVC01-6
   * @param charge SVC02
   * @param lineControlNumber REF*FJ, our REF*6R echoed, or null
   * @param serviceDate DTP*472 (start), or null
   * @param statuses the line-level statuses
   */
  public record ServiceLine(
      String procedureCode,
      List<String> modifiers,
      BigDecimal charge,
      String lineControlNumber,
      LocalDate serviceDate,
      List<Status> statuses) {

    public ServiceLine {
      modifiers = List.copyOf(modifiers);
      statuses = List.copyOf(statuses);
    }
  }
}
