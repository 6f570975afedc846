package org.continuum.edi;

/**
 * Where one transaction set sat in its file: the interchange and group headers around it. Callers
 * use the control numbers to recognise a file they have already posted.
 *
 * @param senderId ISA06, trimmed
 * @param receiverId ISA08, trimmed
 * @param interchangeControlNumber ISA13
 * @param groupControlNumber GS06
 * @param version GS08
 * @param transactionSetControlNumber ST02
 */
public record X12Envelope(
    String senderId,
    String receiverId,
    String interchangeControlNumber,
    String groupControlNumber,
    String version,
    String transactionSetControlNumber) {}
