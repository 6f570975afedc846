package org.continuum.edi;

/**
 * Receives an 835 file one claim at a time, so that a remittance of any size is posted in bounded
 * memory. For every transaction set: {@link #begin} once its header (BPR, TRN, payer, payee) is
 * read, {@link #claim} for each CLP loop in file order, then {@link #end} with the provider-level
 * adjustments. A fault found later in the file is thrown after earlier calls: act on them in a
 * transaction the fault rolls back.
 */
public interface RemittanceHandler {

  /**
   * @param header the transaction set without claims and provider adjustments
   */
  void begin(Remittance835 header);

  void claim(Remittance835.Claim claim);

  /**
   * @param remittance the transaction set without claims, with its PLB adjustments
   * @param contentSha256 a digest of the transaction set's segments between ST and SE: the same
   *     remittance sent again in a new envelope has the same digest
   */
  void end(Remittance835 remittance, String contentSha256);
}
