package org.continuum.submission;

import java.util.List;

/**
 * A batch was cut and committed: its claims are SUBMITTED and its X12 is stored. Listeners send it
 * to the clearinghouse and move each claim's process past "Wait for claim batch".
 *
 * @param batchId the batch
 * @param payerId the payer all its claims go to
 * @param interchangeControlNumber ISA13 of the batch's file
 * @param groupControlNumber GS06, which a 999 echoes in AK102
 * @param transactionControlNumber ST02, which a 999 echoes in AK202
 * @param claimIds the claims in the batch
 */
public record ClaimBatchCut(
    long batchId,
    long payerId,
    int interchangeControlNumber,
    int groupControlNumber,
    int transactionControlNumber,
    List<Long> claimIds) {

  public ClaimBatchCut {
    claimIds = List.copyOf(claimIds);
  }
}
