package org.continuum.sandbox;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the sandbox payer's X12 one segment at a time and closes the envelope with the counts
 * (SE01, GE01, IEA01) of what was written. Only the sandbox writes 999, 277CA and 835 files; the
 * product reads them.
 */
final class SandboxX12 {

  private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");
  private static final DateTimeFormatter CCYYMMDD = DateTimeFormatter.ofPattern("yyyyMMdd");
  private static final DateTimeFormatter HHMM = DateTimeFormatter.ofPattern("HHmm");

  private final List<String> segments = new ArrayList<>();
  private final int controlNumber;
  private int transactionStart;

  private SandboxX12(
      String sender,
      String receiver,
      int controlNumber,
      String functionalCode,
      String version,
      LocalDateTime at) {
    this.controlNumber = controlNumber;
    segments.add(
        "ISA*00*          *00*          *ZZ*%-15s*ZZ*%-15s*%s*%s*^*00501*%09d*0*T*:"
            .formatted(sender, receiver, YYMMDD.format(at), HHMM.format(at), controlNumber));
    segments.add(
        "GS*%s*%s*%s*%s*%s*%d*X*%s"
            .formatted(
                functionalCode,
                sender,
                receiver,
                CCYYMMDD.format(at),
                HHMM.format(at),
                controlNumber,
                version));
  }

  static SandboxX12 interchange(
      String sender,
      String receiver,
      int controlNumber,
      String functionalCode,
      String version,
      LocalDateTime at) {
    return new SandboxX12(sender, receiver, controlNumber, functionalCode, version, at);
  }

  SandboxX12 startTransaction(String header) {
    transactionStart = segments.size();
    segments.add(header);
    return this;
  }

  SandboxX12 segment(String segment) {
    segments.add(segment);
    return this;
  }

  String finish(String transactionControlNumber) {
    int count = segments.size() - transactionStart + 1;
    segments.add("SE*" + count + "*" + transactionControlNumber);
    segments.add("GE*1*" + controlNumber);
    segments.add("IEA*1*%09d".formatted(controlNumber));
    return String.join("~\n", segments) + "~\n";
  }

  static String date(java.time.LocalDate date) {
    return CCYYMMDD.format(date);
  }
}
