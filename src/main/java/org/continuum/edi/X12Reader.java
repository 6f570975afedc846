package org.continuum.edi;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.continuum.edi.internal.AcknowledgmentParser;
import org.continuum.edi.internal.ClaimAcknowledgmentParser;
import org.continuum.edi.internal.RemittanceParser;
import org.continuum.edi.internal.TransactionSet;
import org.continuum.edi.internal.X12Parser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Reads inbound X12 files into typed, immutable views, one view per transaction set. The whole file
 * is checked before a view is returned: envelope structure, control numbers, the SE01, GE01 and
 * IEA01 counts, that every segment belongs to the transaction set, and the form of the numbers and
 * dates read. Any fault rejects the file with an {@link X12FormatException}, so a caller never
 * posts half a remittance. A file holding transaction sets of another kind is rejected too, and so
 * is a file beyond the {@link X12Limits} (size, segment count, segment length, elements).
 */
@Component
public class X12Reader {

  private final X12Limits limits;

  /** A reader with the {@linkplain X12Limits#DEFAULT default limits}. */
  public X12Reader() {
    this(X12Limits.DEFAULT);
  }

  @Autowired
  public X12Reader(X12Limits limits) {
    this.limits = limits;
  }

  /** Every 835 in the file, one per ST; several interchanges and groups are allowed. */
  public List<Remittance835> readRemittances(byte[] x12) {
    return read(x12, Set.of("835"), RemittanceParser::parse);
  }

  public List<Remittance835> readRemittances(String x12) {
    return readRemittances(bytes(x12));
  }

  /**
   * Streams every 835 in the file to the handler, one claim at a time, checking the file as it
   * goes; a fault is thrown when reached, after the calls for the segments before it.
   */
  public void streamRemittances(byte[] x12, RemittanceHandler handler) {
    X12Parser.stream(x12, limits, RemittanceParser.sink(handler));
  }

  /** Every 999 in the file, one per ST. */
  public List<Acknowledgment999> readAcknowledgments(byte[] x12) {
    return read(x12, Set.of("999"), AcknowledgmentParser::parse);
  }

  public List<Acknowledgment999> readAcknowledgments(String x12) {
    return readAcknowledgments(bytes(x12));
  }

  /** Every 277CA (or 277) in the file, one per ST. */
  public List<ClaimStatus277CA> readClaimAcknowledgments(byte[] x12) {
    return read(x12, Set.of("277"), ClaimAcknowledgmentParser::parse);
  }

  public List<ClaimStatus277CA> readClaimAcknowledgments(String x12) {
    return readClaimAcknowledgments(bytes(x12));
  }

  /**
   * Checks a file of any transaction kind (an 837P we wrote, for instance) for envelope faults and
   * counts, without reading its content, and says what it is.
   */
  public X12Detection checkEnvelope(byte[] x12) {
    List<TransactionSet> transactions = X12Parser.read(x12, limits);
    TransactionSet first = transactions.get(0);
    String guide = first.envelope().version() + " " + first.header().element(3);
    return new X12Detection(
        X12Kind.of(first.transactionSetId(), guide),
        first.transactionSetId(),
        first.envelope().version(),
        first.envelope().interchangeControlNumber(),
        first.envelope().groupControlNumber());
  }

  public X12Detection checkEnvelope(String x12) {
    return checkEnvelope(bytes(x12));
  }

  private <T> List<T> read(byte[] x12, Set<String> expected, Function<TransactionSet, T> parser) {
    List<TransactionSet> transactions = X12Parser.read(x12, limits);
    for (TransactionSet transaction : transactions) {
      if (!expected.contains(transaction.transactionSetId())) {
        throw new X12FormatException(
            "ST",
            transaction.header().position(),
            "expected transaction set "
                + String.join("/", expected)
                + " but found "
                + transaction.transactionSetId());
      }
    }
    return transactions.stream().map(parser).toList();
  }

  private static byte[] bytes(String x12) {
    return x12.getBytes(StandardCharsets.UTF_8);
  }
}
