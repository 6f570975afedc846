package org.continuum.remittance;

import java.math.BigDecimal;

/**
 * A payment (payer + TRN02) arrived again with content other than the payment already posted under
 * that trace number. Nothing of it was posted; the file is kept in remittance_payment for a biller
 * to compare and decide.
 *
 * @param remittancePaymentId the quarantined payment
 * @param payerKey the payer's id (TRN03 or its N1 id)
 * @param traceNumber TRN02
 * @param totalPaid BPR02 of the quarantined payment
 */
public record RemittanceQuarantined(
    long remittancePaymentId, String payerKey, String traceNumber, BigDecimal totalPaid) {}
