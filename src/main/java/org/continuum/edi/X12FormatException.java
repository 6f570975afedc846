package org.continuum.edi;

/**
 * An X12 file that cannot be read as a whole: a broken envelope, a control count or control number
 * that does not match, a segment the transaction does not define, a value of the wrong form, or a
 * file cut short. It names the segment and its ordinal position in the file (the ISA is position 1)
 * so a person can find the fault; the message never repeats element values, which may carry patient
 * data.
 */
public class X12FormatException extends RuntimeException {

  private final String segmentId;
  private final int segmentPosition;

  public X12FormatException(String segmentId, int segmentPosition, String message) {
    super("segment " + segmentId + " at position " + segmentPosition + ": " + message);
    this.segmentId = segmentId;
    this.segmentPosition = segmentPosition;
  }

  /** The segment tag at fault, such as {@code SE} or {@code CLP}. */
  public String segmentId() {
    return segmentId;
  }

  /** The 1-based ordinal of the segment in the file, counting every segment from the first ISA. */
  public int segmentPosition() {
    return segmentPosition;
  }
}
