package org.continuum.edi;

import java.nio.charset.StandardCharsets;
import org.continuum.edi.internal.X12Parser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Tells what an inbound X12 file is before anyone reads it in full, so one upload endpoint can take
 * 835s, 999s and 277CAs alike. It reads only the ISA, GS and first ST, and tolerates what senders
 * put around segments: a UTF-8 byte order mark, leading blank lines or indentation, and CRLF, LF or
 * no line breaks at all. A file whose interchange header cannot be read at all is rejected with an
 * {@link X12FormatException}.
 */
@Component
public class X12Detector {

  private final X12Limits limits;

  /** A detector with the {@linkplain X12Limits#DEFAULT default limits}. */
  public X12Detector() {
    this(X12Limits.DEFAULT);
  }

  @Autowired
  public X12Detector(X12Limits limits) {
    this.limits = limits;
  }

  public X12Detection detect(byte[] x12) {
    X12Parser.Headers headers = X12Parser.firstHeaders(x12, limits);
    String guide =
        headers.implementationGuide().isEmpty()
            ? headers.version()
            : headers.version() + " " + headers.implementationGuide();
    return new X12Detection(
        X12Kind.of(headers.transactionSetId(), guide),
        headers.transactionSetId(),
        headers.version(),
        headers.interchangeControlNumber(),
        headers.groupControlNumber());
  }

  public X12Detection detect(String x12) {
    return detect(x12.getBytes(StandardCharsets.UTF_8));
  }
}
