package org.continuum.edi;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Hostile and broken X12 meets the readers: whatever the bytes, the only way out other than a
 * result is an {@link X12FormatException}. Any other exception, an out-of-memory error or an input
 * that runs past the timeout is a finding. In a normal build the seeds under {@code
 * X12FuzzTestsInputs/<method>} (valid files and near misses) run as regression tests; with {@code
 * -Pfuzz} Jazzer mutates them for {@link #DURATION} (README.md, "Fuzzing").
 */
class X12FuzzTests {

  static final String DURATION = "3m";

  private final X12Reader reader = new X12Reader();
  private final X12Detector detector = new X12Detector();

  @FuzzTest(maxDuration = DURATION)
  void remittances(byte[] x12) {
    refusedOnlyAsFormatFault(() -> reader.readRemittances(x12));
  }

  @FuzzTest(maxDuration = DURATION)
  void acknowledgments(byte[] x12) {
    refusedOnlyAsFormatFault(() -> reader.readAcknowledgments(x12));
  }

  @FuzzTest(maxDuration = DURATION)
  void claimAcknowledgments(byte[] x12) {
    refusedOnlyAsFormatFault(() -> reader.readClaimAcknowledgments(x12));
  }

  @FuzzTest(maxDuration = DURATION)
  void detection(byte[] x12) {
    refusedOnlyAsFormatFault(() -> detector.detect(x12));
  }

  @FuzzTest(maxDuration = DURATION)
  void envelopeCheck(byte[] x12) {
    refusedOnlyAsFormatFault(() -> reader.checkEnvelope(x12));
  }

  private static void refusedOnlyAsFormatFault(Runnable read) {
    try {
      read.run();
    } catch (X12FormatException expected) {
      if (expected.segmentPosition() < 1 || expected.segmentId() == null) {
        throw new AssertionError("a format fault must name a segment and its position", expected);
      }
    }
  }
}
