package org.continuum.remittance;

import java.math.BigDecimal;
import java.util.List;

/**
 * An 835 denied the claim. Denial work (categorising by group code, CARC and RARC) starts from it.
 *
 * @param groupCode the group code of the denying adjustment (CO, OA, PI)
 * @param reasonCode its CARC
 * @param remarkCodes the RARCs the payer sent with the claim's lines
 * @param amount the denied amount
 */
public record ClaimDenied(
    long claimId,
    String groupCode,
    String reasonCode,
    List<String> remarkCodes,
    BigDecimal amount) {

  public ClaimDenied {
    remarkCodes = List.copyOf(remarkCodes);
  }
}
