package org.continuum.edi.internal;

import java.util.List;
import org.continuum.edi.X12Envelope;

/**
 * One ST…SE transaction set with the envelope around it; {@code body} holds the segments between ST
 * and SE.
 */
public record TransactionSet(
    String transactionSetId, X12Envelope envelope, Segment header, List<Segment> body) {

  public TransactionSet {
    body = List.copyOf(body);
  }
}
