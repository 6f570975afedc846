package org.continuum.remittance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * An 835 denied the claim. Denial work (categorising by group code, CARC and RARC) starts from it.
 *
 * @param groupCode the group code of the denying adjustment (CO, OA, PI)
 * @param reasonCode its CARC
 * @param remarkCodes the RARCs the payer sent with the claim's lines
 * @param amount the denied amount
 * @param deniedOn the remittance's date (BPR16, else the 835's production date): appeal windows run
 *     from it
 */
public record ClaimDenied(
    long claimId,
    String groupCode,
    String reasonCode,
    List<String> remarkCodes,
    BigDecimal amount,
    LocalDate deniedOn) {

  public ClaimDenied {
    remarkCodes = List.copyOf(remarkCodes);
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
}
