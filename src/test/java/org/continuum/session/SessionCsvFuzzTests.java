package org.continuum.session;

import com.code_intelligence.jazzer.junit.FuzzTest;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.nio.charset.StandardCharsets;
import org.continuum.web.PayloadTooLargeException;
import org.continuum.web.UnprocessableException;

/**
 * Hostile and broken session import files meet the CSV reader: whatever the text, each row comes
 * back as a request with its field errors (and bean validation of the request does not fail), or
 * the whole file is refused as unprocessable (no usable header, a runaway line) or too large. Any
 * other exception, an out-of-memory error or a hang is a finding. Seeds live under {@code
 * SessionCsvFuzzTestsInputs/read}; see README.md, "Fuzzing".
 */
class SessionCsvFuzzTests {

  private static final Validator VALIDATOR =
      Validation.buildDefaultValidatorFactory().getValidator();

  @FuzzTest(maxDuration = "3m")
  void read(byte[] file) {
    String text = new String(file, StandardCharsets.UTF_8);
    try {
      for (SessionCsv.Row row : SessionCsv.read(text, SessionCsv.Limits.DEFAULT)) {
        if (row.number() < 1 || row.request() == null || row.errors() == null) {
          throw new AssertionError("row without a number, request or error list: " + row);
        }
        VALIDATOR.validate(row.request());
      }
    } catch (UnprocessableException | PayloadTooLargeException refusedWhole) {
      // the whole file is answered with 422 or 413
    }
  }
}
