package org.continuum.appeal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What an appeal (and the biller working the denial) needs to know about a denied claim: the claim,
 * the documentation behind it and the authorization that covered it. The patient's name, member id
 * and diagnoses are here for the letter only; they never go into process variables.
 *
 * @param documentedMinutes the minutes the note records, null when the session has no times
 * @param firstSentOn the day the claim first left in an 837P batch, null when it never did
 * @param authorization null when no authorization covers the claim
 */
public record AppealFacts(
    long claimId,
    String payerName,
    String payerFamily,
    String payerClaimNumber,
    LocalDate dateOfService,
    BigDecimal totalCharge,
    String patientName,
    String memberId,
    String renderingClinician,
    String renderingNpi,
    Integer documentedMinutes,
    List<String> diagnosisCodes,
    List<Line> lines,
    Authorization authorization,
    LocalDate firstSentOn,
    List<Integer> appealWindowDays) {

  public AppealFacts {
    diagnosisCodes = List.copyOf(diagnosisCodes);
    lines = List.copyOf(lines);
    appealWindowDays = List.copyOf(appealWindowDays);
  }

  /** A billed line: code, modifiers, units and charge. */
  public record Line(String procedureCode, List<String> modifiers, int units, BigDecimal charge) {

    public String code() {
      return modifiers.isEmpty()
          ? procedureCode
          : procedureCode + "-" + String.join("-", modifiers);
    }
  }

  /** The authorization that covered the claim. */
  public record Authorization(
      String number, LocalDate startDate, LocalDate endDate, int unitsApproved, int unitsUsed) {

    public String summary() {
      return number
          + " ("
          + startDate
          + " to "
          + endDate
          + ", "
          + unitsUsed
          + " of "
          + unitsApproved
          + " units used)";
    }
  }

  /** The billed codes, for a form or a letter. */
  public String procedureCodes() {
    return String.join(", ", lines.stream().map(Line::code).toList());
  }
}
