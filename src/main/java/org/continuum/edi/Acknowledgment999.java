package org.continuum.edi;

import java.util.List;

/**
 * One 999 transaction set: the receiver's syntax verdict on one functional group we sent (AK1) and
 * on each transaction set in it (AK2…IK5), with the segment and element errors that explain a
 * rejection.
 *
 * @param envelope where the 999 sat in its file
 * @param functionalIdentifierCode AK101 (HC for 837 claims)
 * @param groupControlNumber AK102, the GS06 of the group we sent
 * @param groupVersion AK103, the GS08 of the group we sent; null when absent
 * @param transactionSets one response per AK2
 * @param groupAcknowledgmentCode AK901: A accepted, E accepted with errors, P partially accepted, R
 *     rejected
 * @param transactionSetsIncluded AK902
 * @param transactionSetsReceived AK903
 * @param transactionSetsAccepted AK904
 */
public record Acknowledgment999(
    X12Envelope envelope,
    String functionalIdentifierCode,
    String groupControlNumber,
    String groupVersion,
    List<TransactionSetResponse> transactionSets,
    String groupAcknowledgmentCode,
    int transactionSetsIncluded,
    int transactionSetsReceived,
    int transactionSetsAccepted) {

  public Acknowledgment999 {
    transactionSets = List.copyOf(transactionSets);
  }

  /**
   * The verdict on one transaction set we sent.
   *
   * @param transactionSetId AK201 (837)
   * @param controlNumber AK202, the ST02 we sent
   * @param implementationGuide AK203, or null
   * @param acknowledgmentCode IK501: A accepted, E accepted with errors, R rejected
   * @param syntaxErrorCodes IK502 to IK506
   * @param segmentErrors the IK3 loops
   */
  public record TransactionSetResponse(
      String transactionSetId,
      String controlNumber,
      String implementationGuide,
      String acknowledgmentCode,
      List<String> syntaxErrorCodes,
      List<SegmentError> segmentErrors) {

    public TransactionSetResponse {
      syntaxErrorCodes = List.copyOf(syntaxErrorCodes);
      segmentErrors = List.copyOf(segmentErrors);
    }

    public boolean isRejected() {
      return "R".equals(acknowledgmentCode);
    }
  }

  /**
   * IK3: a segment in our transaction set the receiver found fault with.
   *
   * @param segmentId IK301
   * @param position IK302, the segment's position counted from our ST
   * @param loopId IK303, or null
   * @param errorCode IK304, or null
   * @param elementErrors the IK4 segments under this IK3
   */
  public record SegmentError(
      String segmentId,
      int position,
      String loopId,
      String errorCode,
      List<ElementError> elementErrors) {

    public SegmentError {
      elementErrors = List.copyOf(elementErrors);
    }
  }

  /**
   * IK4: an element error within a segment error.
   *
   * @param position IK401-1
   * @param componentPosition IK401-2, or null
   * @param dataElementReference IK402, or null
   * @param errorCode IK403
   * @param badValue IK404, a copy of the rejected data, or null; may hold patient data
   */
  public record ElementError(
      int position,
      Integer componentPosition,
      String dataElementReference,
      String errorCode,
      String badValue) {}
}
