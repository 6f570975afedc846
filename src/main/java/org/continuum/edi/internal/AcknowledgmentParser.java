package org.continuum.edi.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.continuum.edi.Acknowledgment999;
import org.continuum.edi.Acknowledgment999.ElementError;
import org.continuum.edi.Acknowledgment999.SegmentError;
import org.continuum.edi.Acknowledgment999.TransactionSetResponse;
import org.continuum.edi.X12FormatException;

/** Walks one 999 transaction set (005010X231A1) into its {@link Acknowledgment999} view. */
public final class AcknowledgmentParser {

  private static final Set<String> VOCABULARY =
      Set.of("AK1", "AK2", "IK3", "CTX", "IK4", "IK5", "AK9");

  private AcknowledgmentParser() {}

  public static Acknowledgment999 parse(TransactionSet transaction) {
    Values.requireKnown(transaction, VOCABULARY);
    Segment ak1 = null;
    Segment ak9 = null;
    List<TransactionSetResponse> responses = new ArrayList<>();
    Segment ak2 = null;
    List<SegmentError> segmentErrors = new ArrayList<>();
    Segment ik3 = null;
    List<ElementError> elementErrors = new ArrayList<>();
    for (Segment segment : transaction.body()) {
      switch (segment.tag()) {
        case "AK1" -> ak1 = segment;
        case "AK2" -> {
          ak2 = segment;
          segmentErrors = new ArrayList<>();
          ik3 = null;
        }
        case "IK3" -> {
          closeSegmentError(ik3, elementErrors, segmentErrors);
          ik3 = segment;
          elementErrors = new ArrayList<>();
        }
        case "IK4" -> {
          if (ik3 == null) {
            throw Values.fault(segment, 1, "element error outside a segment error (IK3)");
          }
          elementErrors.add(
              new ElementError(
                  componentInt(segment, 1, 1),
                  segment.component(1, 2).isEmpty() ? null : componentInt(segment, 1, 2),
                  blankToNull(segment.element(2)),
                  segment.element(3),
                  blankToNull(segment.element(4))));
        }
        case "IK5" -> {
          if (ak2 == null) {
            throw Values.fault(segment, 1, "transaction set response without AK2");
          }
          closeSegmentError(ik3, elementErrors, segmentErrors);
          ik3 = null;
          List<String> syntaxErrors = new ArrayList<>();
          for (int element = 2; element <= 6; element++) {
            if (segment.has(element)) {
              syntaxErrors.add(segment.element(element));
            }
          }
          responses.add(
              new TransactionSetResponse(
                  ak2.element(1),
                  ak2.element(2),
                  blankToNull(ak2.element(3)),
                  segment.element(1),
                  syntaxErrors,
                  segmentErrors));
          ak2 = null;
        }
        case "AK9" -> ak9 = segment;
        default -> {}
      }
    }
    if (ak1 == null || ak9 == null) {
      throw new X12FormatException(
          ak1 == null ? "AK1" : "AK9",
          transaction.header().position(),
          "999 transaction set lacks its " + (ak1 == null ? "AK1" : "AK9") + " segment");
    }
    if (ak2 != null) {
      throw Values.fault(ak2, 1, "transaction set response has no IK5");
    }
    return new Acknowledgment999(
        transaction.envelope(),
        ak1.element(1),
        ak1.element(2),
        blankToNull(ak1.element(3)),
        responses,
        ak9.element(1),
        Values.integer(ak9, 2),
        Values.integer(ak9, 3),
        Values.integer(ak9, 4));
  }

  private static void closeSegmentError(
      Segment ik3, List<ElementError> elementErrors, List<SegmentError> segmentErrors) {
    if (ik3 != null) {
      segmentErrors.add(
          new SegmentError(
              ik3.element(1),
              Values.integer(ik3, 2),
              blankToNull(ik3.element(3)),
              blankToNull(ik3.element(4)),
              elementErrors));
    }
  }

  private static int componentInt(Segment segment, int element, int component) {
    try {
      return Integer.parseInt(segment.component(element, component));
    } catch (NumberFormatException e) {
      throw Values.fault(segment, element, "is not a whole number");
    }
  }

  private static String blankToNull(String text) {
    return text.isEmpty() ? null : text;
  }
}
