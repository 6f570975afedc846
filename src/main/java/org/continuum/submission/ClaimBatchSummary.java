package org.continuum.submission;

import java.time.Instant;

/**
 * A batch as the batch list shows it.
 *
 * @param acknowledgment PENDING until a 999 answers it, then ACCEPTED, PARTIALLY_ACCEPTED or
 *     REJECTED
 */
public record ClaimBatchSummary(
    long id,
    long payerId,
    String payerCode,
    int claimCount,
    int controlNumber,
    Instant createdAt,
    String acknowledgment) {}
