package org.continuum.edi;

/**
 * What an inbound file is, read from its first interchange, group and transaction set headers.
 *
 * @param kind the transaction kind of the first ST
 * @param transactionSetId ST01 as written, such as {@code 835}
 * @param version GS08, such as {@code 005010X221A1}
 * @param interchangeControlNumber ISA13
 * @param groupControlNumber GS06
 */
public record X12Detection(
    X12Kind kind,
    String transactionSetId,
    String version,
    String interchangeControlNumber,
    String groupControlNumber) {}
