package org.continuum.remittance;

import java.math.BigDecimal;

/** An 835 payment of one claim was posted. */
public record RemittancePosted(
    long claimId, RemittanceOutcome outcome, BigDecimal amountPaid, BigDecimal patientBalance) {}
