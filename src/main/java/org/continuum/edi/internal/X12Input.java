package org.continuum.edi.internal;

import java.util.Arrays;
import org.continuum.edi.X12FormatException;
import org.continuum.edi.X12Limits;

/**
 * Normalises what senders put in front of the ISA (a UTF-8 byte order mark, blank lines or
 * indentation) and enforces {@link X12Limits} on the raw bytes before StAEDI buffers any of them.
 * StAEDI itself tolerates line breaks and indentation between segments.
 */
final class X12Input {

  private static final int ISA_LENGTH = 106;

  private X12Input() {}

  static byte[] trimLeading(byte[] raw) {
    int start = 0;
    if (raw.length >= 3
        && (raw[0] & 0xFF) == 0xEF
        && (raw[1] & 0xFF) == 0xBB
        && (raw[2] & 0xFF) == 0xBF) {
      start = 3;
    }
    while (start < raw.length && Character.isWhitespace(raw[start])) {
      start++;
    }
    return start == 0 ? raw : Arrays.copyOfRange(raw, start, raw.length);
  }

  /**
   * Refuses a file over the byte limit, then walks its segments with the delimiters each ISA
   * declares (element separator at ISA position 4, segment terminator at 106) and refuses the first
   * segment over the length or element limit, or the segment past the count limit. Text that does
   * not begin with an ISA is left for the parser to refuse.
   */
  static void checkLimits(byte[] x12, X12Limits limits) {
    if (x12.length > limits.maxBytes().toBytes()) {
      throw new X12FormatException(
          "ISA",
          1,
          "the file is larger than the limit of "
              + limits.maxBytes().toBytes()
              + " bytes (continuum.x12.max-bytes)");
    }
    if (!isaAt(x12, 0)) {
      return;
    }
    byte elementSeparator = x12[3];
    byte terminator = x12[ISA_LENGTH - 1];
    int segments = 0;
    int i = 0;
    while (i < x12.length) {
      while (i < x12.length && (x12[i] == '\r' || x12[i] == '\n')) {
        i++;
      }
      if (i == x12.length) {
        break;
      }
      if (isaAt(x12, i)) {
        elementSeparator = x12[i + 3];
        terminator = x12[i + ISA_LENGTH - 1];
      }
      segments++;
      if (segments > limits.maxSegments()) {
        throw limit(
            x12,
            i,
            segments,
            "the file has more segments than the limit of "
                + limits.maxSegments()
                + " (continuum.x12.max-segments)");
      }
      int start = i;
      int elements = 0;
      while (i < x12.length && x12[i] != terminator) {
        if (x12[i] == elementSeparator && ++elements > limits.maxElementsPerSegment()) {
          throw limit(
              x12,
              start,
              segments,
              "segment has more elements than the limit of "
                  + limits.maxElementsPerSegment()
                  + " (continuum.x12.max-elements-per-segment)");
        }
        if (i - start >= limits.maxSegmentLength()) {
          throw limit(
              x12,
              start,
              segments,
              "segment is longer than the limit of "
                  + limits.maxSegmentLength()
                  + " characters (continuum.x12.max-segment-length)");
        }
        i++;
      }
      i++;
    }
  }

  /**
   * An ISA of the fixed width: 16 element separators and a terminator that is neither a letter, a
   * digit nor the separator. A malformed ISA is left for StAEDI to name.
   */
  private static boolean isaAt(byte[] x12, int at) {
    if (x12.length - at < ISA_LENGTH
        || x12[at] != 'I'
        || x12[at + 1] != 'S'
        || x12[at + 2] != 'A') {
      return false;
    }
    byte separator = x12[at + 3];
    byte terminator = x12[at + ISA_LENGTH - 1];
    int separators = 0;
    for (int i = at + 3; i < at + ISA_LENGTH - 1; i++) {
      separators += x12[i] == separator ? 1 : 0;
    }
    return separators == 16
        && terminator != separator
        && !Character.isLetterOrDigit(terminator)
        && !Character.isLetterOrDigit(separator);
  }

  /** Names the segment by its tag when the tag is plain letters and digits, else by "?". */
  private static X12FormatException limit(byte[] x12, int start, int position, String message) {
    StringBuilder tag = new StringBuilder();
    for (int i = start; i < x12.length && i < start + 3; i++) {
      char c = (char) x12[i];
      if (!(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')) {
        break;
      }
      tag.append(c);
    }
    return new X12FormatException(tag.length() < 2 ? "?" : tag.toString(), position, message);
  }
}
