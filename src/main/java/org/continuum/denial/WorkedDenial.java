package org.continuum.denial;

import java.math.BigDecimal;

/**
 * A denial and the action a biller chose for it.
 *
 * @param category the routing category of bpmn/denial-category.dmn
 * @param appealable whether the routing decision allows an appeal
 * @param proofOfTimelyFiling the biller holds proof that the original was filed in time
 * @param appealOutcome how an earlier appeal of this denial ended (EXHAUSTED, MISSED), null when
 *     none was filed
 */
public record WorkedDenial(
    long claimId,
    String groupCode,
    String reasonCode,
    BigDecimal amount,
    String category,
    boolean appealable,
    String action,
    String note,
    boolean proofOfTimelyFiling,
    String actor,
    String appealOutcome) {}
