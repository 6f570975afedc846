package org.continuum.remittance;

import java.math.BigDecimal;

/**
 * An 835 paid (or denied) a claim whose CLP01 names no claim of ours. The claim payment is kept in
 * unmatched_remittance; a biller finds the claim it belongs to.
 *
 * @param unmatchedRemittanceId the stored claim payment
 * @param patientControlNumber CLP01 as the payer sent it
 * @param payerKey the payer's id (TRN03 or its N1 id)
 * @param traceNumber TRN02 of the payment
 * @param statusCode CLP02
 * @param charge CLP03
 * @param amountPaid CLP04
 */
public record RemittanceUnmatched(
    long unmatchedRemittanceId,
    String patientControlNumber,
    String payerKey,
    String traceNumber,
    String statusCode,
    BigDecimal charge,
    BigDecimal amountPaid) {}
