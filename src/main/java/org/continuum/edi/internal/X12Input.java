package org.continuum.edi.internal;

import java.util.Arrays;

/**
 * Normalises what senders put in front of the ISA: a UTF-8 byte order mark and blank lines or
 * indentation. StAEDI itself tolerates line breaks and indentation between segments.
 */
final class X12Input {

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
}
