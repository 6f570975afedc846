package org.continuum.remittance;

import java.math.BigDecimal;
import java.util.List;

/**
 * What posting one inbound file did.
 *
 * @param kind REMITTANCE_835, ACKNOWLEDGMENT_999 or CLAIM_ACKNOWLEDGMENT_277CA
 * @param controlNumber the file's ISA13
 * @param claimsMatched claims of ours the file spoke of
 * @param claimsPosted claims whose status or money the file changed
 * @param duplicate true when the file had been posted before; nothing was posted again
 * @param unmatched the claim references (CLP01, TRN02) or group control numbers we do not know
 * @param warnings balancing faults and the like; the file was still posted
 * @param quarantined TRN02 of the payments that arrived again with other content: stored for review
 *     in a biller's task, not posted
 * @param providerAdjustments the sum of the PLB amounts posted (positive takes money back)
 */
public record InboundSummary(
    String kind,
    String controlNumber,
    int claimsMatched,
    int claimsPosted,
    boolean duplicate,
    List<String> unmatched,
    List<String> warnings,
    List<String> quarantined,
    BigDecimal providerAdjustments) {

  public InboundSummary {
    unmatched = unmatched == null ? List.of() : List.copyOf(unmatched);
    warnings = warnings == null ? List.of() : List.copyOf(warnings);
    quarantined = quarantined == null ? List.of() : List.copyOf(quarantined);
    providerAdjustments =
        providerAdjustments == null ? BigDecimal.ZERO.setScale(2) : providerAdjustments;
  }

  InboundSummary asDuplicate() {
    return new InboundSummary(
        kind,
        controlNumber,
        claimsMatched,
        claimsPosted,
        true,
        unmatched,
        warnings,
        quarantined,
        providerAdjustments);
  }
}
