package org.continuum.edi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.continuum.edi.Acknowledgment999.ElementError;
import org.continuum.edi.Acknowledgment999.SegmentError;
import org.continuum.edi.Acknowledgment999.TransactionSetResponse;
import org.junit.jupiter.api.Test;

class AcknowledgmentReadingTests {

  private final X12Reader reader = new X12Reader();

  @Test
  void readsAnAcceptedGroup() {
    List<Acknowledgment999> acknowledgments =
        reader.readAcknowledgments(X12Fixtures.bytes("999/accepted.x12"));

    assertThat(acknowledgments).hasSize(1);
    Acknowledgment999 ack = acknowledgments.get(0);
    assertThat(ack.groupControlNumber()).isEqualTo("4711");
    assertThat(ack.groupVersion()).isEqualTo("005010X222A1");
    assertThat(ack.groupAcknowledgmentCode()).isEqualTo("A");
    assertThat(ack.transactionSets())
        .containsExactly(
            new TransactionSetResponse("837", "0001", "005010X222A1", "A", List.of(), List.of()));
    assertThat(ack.transactionSetsAccepted()).isEqualTo(1);
  }

  @Test
  void readsSegmentAndElementErrorsOfARejectedTransactionSet() {
    Acknowledgment999 ack =
        reader
            .readAcknowledgments(X12Fixtures.bytes("999/partially-accepted-with-errors.x12"))
            .get(0);

    assertThat(ack.groupControlNumber()).isEqualTo("4712");
    assertThat(ack.groupAcknowledgmentCode()).isEqualTo("P");
    assertThat(ack.transactionSetsIncluded()).isEqualTo(2);
    assertThat(ack.transactionSetsReceived()).isEqualTo(2);
    assertThat(ack.transactionSetsAccepted()).isEqualTo(1);
    assertThat(ack.transactionSets().get(0).isRejected()).isFalse();
    TransactionSetResponse rejected = ack.transactionSets().get(1);
    assertThat(rejected.controlNumber()).isEqualTo("0002");
    assertThat(rejected.isRejected()).isTrue();
    assertThat(rejected.syntaxErrorCodes()).containsExactly("5");
    assertThat(rejected.segmentErrors())
        .containsExactly(
            new SegmentError(
                "CLM", 22, "2300", "8", List.of(new ElementError(5, 3, "1325", "7", "9"))),
            new SegmentError(
                "NM1", 31, "2010BA", null, List.of(new ElementError(9, null, null, "6", null))));
  }
}
