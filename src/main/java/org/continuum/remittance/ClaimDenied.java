package org.continuum.remittance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * An 835 denied the claim, or one of its lines while it paid the others. Denial work (categorising
 * by group code, CARC and RARC) starts from it. A line denial leaves the claim's own outcome as the
 * paid lines make it (paid, partially paid, patient balance) and names the line, so that the unpaid
 * line is worked instead of being lost behind a paid claim.
 *
 * @param groupCode the group code of the denying adjustment (CO, OA, PI)
 * @param reasonCode its CARC
 * @param remarkCodes the RARCs the payer sent with the claim's lines (with the denied line's, for a
 *     line denial)
 * @param amount the denied amount
 * @param deniedOn the remittance's date (BPR16, else the 835's production date): appeal windows run
 *     from it
 * @param claimLineId the denied claim line, null when the whole claim is denied or the 835's
 *     service line matched none of ours
 * @param deniedLine the denied line as the Work denial form shows it (number, code, charge), null
 *     when the whole claim is denied
 */
public record ClaimDenied(
    long claimId,
    String groupCode,
    String reasonCode,
    List<String> remarkCodes,
    BigDecimal amount,
    LocalDate deniedOn,
    Long claimLineId,
    String deniedLine) {

  public ClaimDenied {
    remarkCodes = List.copyOf(remarkCodes);
  }

  /** The whole claim denied. */
  public ClaimDenied(
      long claimId,
      String groupCode,
      String reasonCode,
      List<String> remarkCodes,
      BigDecimal amount,
      LocalDate deniedOn) {
    this(claimId, groupCode, reasonCode, remarkCodes, amount, deniedOn, null, null);
  }

  /** A denial dated today, for callers that have no remittance date. */
  public ClaimDenied(
      long claimId,
      String groupCode,
      String reasonCode,
      List<String> remarkCodes,
      BigDecimal amount) {
    this(claimId, groupCode, reasonCode, remarkCodes, amount, LocalDate.now());
  }

  /** Whether one line was denied while the claim's other lines were paid. */
  public boolean isLineDenial() {
    return deniedLine != null;
  }
}
