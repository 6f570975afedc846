package org.continuum.edi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/**
 * A file beyond the limits is refused before StAEDI buffers it, with a format fault that names the
 * limit and its setting, so a hostile upload costs no more memory than its bytes.
 */
class X12LimitsTests {

  private final String paid = X12Fixtures.text("835/paid-claim.x12");

  @Test
  void refusesAFileLargerThanTheByteLimit() {
    X12Reader reader = new X12Reader(new X12Limits(DataSize.ofBytes(500), 100, 10_000, 100));

    assertThatThrownBy(() -> reader.readRemittances(paid))
        .isInstanceOf(X12FormatException.class)
        .hasMessageContaining("larger than the limit of 500 bytes (continuum.x12.max-bytes)");
  }

  @Test
  void refusesASegmentLongerThanTheSegmentLimit() {
    String x12 = paid.replace("N1*PR*ACME HEALTH PLAN", "N1*PR*" + "A".repeat(10_001));

    assertThatThrownBy(() -> new X12Reader().readRemittances(x12))
        .isInstanceOfSatisfying(
            X12FormatException.class,
            e -> {
              assertThat(e.segmentId()).isEqualTo("N1");
              assertThat(e.segmentPosition()).isEqualTo(7);
            })
        .hasMessageContaining(
            "longer than the limit of 10000 characters (continuum.x12.max-segment-length)")
        .hasMessageNotContaining("AAAA");
  }

  @Test
  void acceptsASegmentAtTheSegmentLimit() {
    X12Limits limits = new X12Limits(DataSize.ofMegabytes(1), 100, 105, 100);

    assertThat(new X12Reader(limits).readRemittances(paid)).hasSize(1);
  }

  @Test
  void refusesASegmentWithMoreElementsThanTheLimit() {
    String x12 = paid.replace("REF*TJ*931234567", "REF*TJ*931234567" + "*".repeat(100));

    assertThatThrownBy(() -> new X12Reader().readRemittances(x12))
        .isInstanceOfSatisfying(
            X12FormatException.class, e -> assertThat(e.segmentId()).isEqualTo("REF"))
        .hasMessageContaining(
            "more elements than the limit of 100 (continuum.x12.max-elements-per-segment)");
  }

  @Test
  void refusesAFileWithMoreSegmentsThanTheLimit() {
    X12Limits limits = new X12Limits(DataSize.ofMegabytes(1), 10, 10_000, 100);

    assertThatThrownBy(() -> new X12Reader(limits).readRemittances(paid))
        .isInstanceOfSatisfying(
            X12FormatException.class, e -> assertThat(e.segmentPosition()).isEqualTo(11))
        .hasMessageContaining("more segments than the limit of 10 (continuum.x12.max-segments)");
  }

  @Test
  void theDetectorAndTheEnvelopeCheckHoldToTheLimitsToo() {
    X12Limits limits = new X12Limits(DataSize.ofMegabytes(1), 10, 10_000, 100);

    assertThatThrownBy(() -> new X12Detector(limits).detect(paid))
        .isInstanceOf(X12FormatException.class)
        .hasMessageContaining("continuum.x12.max-segments");
    assertThatThrownBy(() -> new X12Reader(limits).checkEnvelope(paid))
        .isInstanceOf(X12FormatException.class)
        .hasMessageContaining("continuum.x12.max-segments");
  }

  @Test
  void aRunawayFileWithoutSegmentTerminatorsIsRefusedAtTheFirstSegment() {
    String isa = paid.substring(0, paid.indexOf('\n'));
    String runaway = isa + "\n" + "GS*HP" + "X".repeat(5_000_000);

    assertThatThrownBy(() -> new X12Reader().readRemittances(runaway))
        .isInstanceOfSatisfying(
            X12FormatException.class, e -> assertThat(e.segmentPosition()).isEqualTo(2))
        .hasMessageContaining("continuum.x12.max-segment-length");
  }
}
