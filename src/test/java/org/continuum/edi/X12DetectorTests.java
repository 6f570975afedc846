package org.continuum.edi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class X12DetectorTests {

  private final X12Detector detector = new X12Detector();

  @ParameterizedTest
  @CsvSource({
    "835/paid-claim.x12, REMITTANCE_835, 000000101, 101",
    "999/accepted.x12, ACKNOWLEDGMENT_999, 000000555, 555",
    "277ca/accepted-and-rejected.x12, CLAIM_ACKNOWLEDGMENT_277CA, 000000777, 777",
    "837p/two-claims-self-and-dependent-replacement.x12, PROFESSIONAL_CLAIM_837P, 000004711, 4711"
  })
  void detectsTheKindAndControlNumbers(String fixture, X12Kind kind, String isa13, String gs06) {
    X12Detection detection = detector.detect(X12Fixtures.bytes(fixture));

    assertThat(detection.kind()).isEqualTo(kind);
    assertThat(detection.interchangeControlNumber()).isEqualTo(isa13);
    assertThat(detection.groupControlNumber()).isEqualTo(gs06);
  }

  @Test
  void detectsWhateverTheLineBreaksBetweenSegments() {
    String lf = X12Fixtures.text("835/paid-claim.x12");
    String crlf = lf.replace("\n", "\r\n");
    String none = lf.replace("\n", "");

    for (String x12 : new String[] {lf, crlf, none}) {
      assertThat(detector.detect(x12).kind()).isEqualTo(X12Kind.REMITTANCE_835);
    }
  }

  @Test
  void detectsBehindAByteOrderMarkAndIndentation() {
    String indented =
        "\n  " + X12Fixtures.text("999/accepted.x12").replace("~\n", "~\r\n    ").stripTrailing();
    byte[] text = indented.getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[text.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(text, 0, withBom, 3, text.length);

    X12Detection detection = detector.detect(withBom);

    assertThat(detection.kind()).isEqualTo(X12Kind.ACKNOWLEDGMENT_999);
    assertThat(detection.version()).isEqualTo("005010X231A1");
    assertThat(new X12Reader().readAcknowledgments(withBom)).hasSize(1);
  }

  @Test
  void tellsA277ClaimAcknowledgmentFromOtherClaimStatusResponses() {
    String statusResponse =
        X12Fixtures.text("277ca/accepted-and-rejected.x12").replace("005010X214", "005010X212");

    assertThat(detector.detect(statusResponse).kind()).isEqualTo(X12Kind.CLAIM_STATUS_277);
  }

  @Test
  void rejectsTextThatIsNotX12() {
    assertThatThrownBy(() -> detector.detect("hello, this is not an interchange"))
        .isInstanceOf(X12FormatException.class)
        .extracting(e -> ((X12FormatException) e).segmentId())
        .isEqualTo("ISA");
    assertThatThrownBy(() -> detector.detect(new byte[0])).isInstanceOf(X12FormatException.class);
  }
}
