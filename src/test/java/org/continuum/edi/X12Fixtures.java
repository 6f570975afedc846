package org.continuum.edi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads the hand-written X12 fixtures under {@code src/test/resources/x12}. */
final class X12Fixtures {

  private X12Fixtures() {}

  static byte[] bytes(String path) {
    try (InputStream in = X12Fixtures.class.getResourceAsStream("/x12/" + path)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture x12/" + path);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String text(String path) {
    return new String(bytes(path), StandardCharsets.UTF_8);
  }
}
