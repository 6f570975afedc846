package org.continuum.edi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** A malformed file is rejected whole, naming the segment and its position in the file. */
class MalformedX12Tests {

  private final X12Reader reader = new X12Reader();
  private final String paid = X12Fixtures.text("835/paid-claim.x12");

  @Test
  void rejectsATransactionSetWhoseSegmentCountIsWrong() {
    String x12 = paid.replace("SE*21*0001", "SE*20*0001");

    assertRejected(() -> reader.readRemittances(x12), "SE", 23, "SE01 count");
  }

  @Test
  void rejectsAGroupWhoseTransactionSetCountIsWrong() {
    String x12 = paid.replace("GE*1*101", "GE*2*101");

    assertRejected(() -> reader.readRemittances(x12), "GE", 24, "GE01 count");
  }

  @Test
  void rejectsAnInterchangeWhoseGroupCountIsWrong() {
    String x12 = paid.replace("IEA*1*000000101", "IEA*3*000000101");

    assertRejected(() -> reader.readRemittances(x12), "IEA", 25, "IEA01 count");
  }

  @Test
  void rejectsATrailerWhoseControlNumberDoesNotMatchItsHeader() {
    String x12 = paid.replace("IEA*1*000000101", "IEA*1*000000999");

    assertRejected(() -> reader.readRemittances(x12), "IEA", 25, "IEA02 control number");
  }

  @Test
  void rejectsASegmentThe835DoesNotDefine() {
    String x12 = paid.replace("AMT*B6*144.00~", "XYZ*B6*144.00~");

    assertRejected(() -> reader.readRemittances(x12), "XYZ", 22, "not defined");
  }

  @Test
  void rejectsAFileCutShort() {
    String x12 = paid.substring(0, paid.indexOf("SVC*"));

    assertRejected(() -> reader.readRemittances(x12), "DTM", 17, "end of stream");
  }

  @Test
  void rejectsAnIsaThatIsNotFixedWidth() {
    String x12 = paid.replace("*ZZ*ACME01         *", "*ZZ*ACME01*");

    assertRejected(() -> reader.readRemittances(x12), "ISA", 1, "header");
  }

  @Test
  void rejectsAnAmountThatIsNotANumber() {
    String x12 = paid.replace("CLP*CNT-2026-0001*1*180.00", "CLP*CNT-2026-0001*1*1B0.00");

    assertRejected(() -> reader.readRemittances(x12), "CLP", 15, "CLP03 is not a number");
  }

  @Test
  void rejectsADateThatDoesNotExist() {
    String x12 = paid.replace("DTM*472*20261020", "DTM*472*20261320");

    assertRejected(() -> reader.readRemittances(x12), "DTM", 19, "DTM02 is not a date");
  }

  @Test
  void rejectsAFileOfAnotherTransactionKind() {
    byte[] ack = X12Fixtures.bytes("999/accepted.x12");

    assertRejected(() -> reader.readRemittances(ack), "ST", 3, "expected transaction set 835");
  }

  @Test
  void neverRepeatsElementValuesInTheMessage() {
    String x12 = paid.replace("DTM*472*20261020", "DTM*472*19880412X");

    assertThatThrownBy(() -> reader.readRemittances(x12))
        .isInstanceOf(X12FormatException.class)
        .message()
        .doesNotContain("19880412");
  }

  private static void assertRejected(
      ThrowingCallable read, String segmentId, int position, String messagePart) {
    assertThatThrownBy(read)
        .isInstanceOfSatisfying(
            X12FormatException.class,
            e -> {
              assertThat(e.segmentId()).isEqualTo(segmentId);
              assertThat(e.segmentPosition()).isEqualTo(position);
            })
        .hasMessageContaining(messagePart);
  }
}
