package org.continuum.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.continuum.web.PayloadTooLargeException;
import org.continuum.web.UnprocessableException;
import org.junit.jupiter.api.Test;

/** An import file beyond the row or row-length limit is refused whole, naming the limit. */
class SessionCsvLimitsTests {

  private static final String HEADER = "patientId,clinicianId,coverageId,dateOfService\n";
  private static final String ROW = "1,2,3,2026-03-14\n";

  @Test
  void readsAFileAtTheRowLimit() {
    assertThat(SessionCsv.read(HEADER + ROW.repeat(3), new SessionCsv.Limits(3, 100))).hasSize(3);
  }

  @Test
  void refusesMoreRowsThanTheLimitAsTooLarge() {
    assertThatThrownBy(() -> SessionCsv.read(HEADER + ROW.repeat(4), new SessionCsv.Limits(3, 100)))
        .isInstanceOf(PayloadTooLargeException.class)
        .hasMessageContaining("more than 3 rows (continuum.session-import.max-rows)");
  }

  @Test
  void refusesALastRowWithoutLineBreakPastTheLimit() {
    String file = HEADER + ROW.repeat(3) + "1,2,3,2026-03-15";

    assertThatThrownBy(() -> SessionCsv.read(file, new SessionCsv.Limits(3, 100)))
        .isInstanceOf(PayloadTooLargeException.class);
  }

  @Test
  void refusesARowLongerThanTheLimitNamingTheRow() {
    String file = HEADER + ROW + "1,2,3,\"2026-03-14\n" + "x".repeat(200) + "\n";

    assertThatThrownBy(() -> SessionCsv.read(file, new SessionCsv.Limits(10, 100)))
        .isInstanceOfSatisfying(
            UnprocessableException.class,
            e ->
                assertThat(e.errors())
                    .singleElement()
                    .satisfies(
                        error -> {
                          assertThat(error.field()).isEqualTo("file");
                          assertThat(error.message())
                              .isEqualTo(
                                  "row 2 is longer than the limit of 100 characters"
                                      + " (an unclosed quote?)");
                        }));
  }

  @Test
  void aRowOfExactlyTheLimitIsRead() {
    String row = "1,2,3,2026-03-14," + "x".repeat(100 - 17);

    assertThat(
            SessionCsv.read(
                HEADER.strip() + ",sourceSessionId\n" + row + "\r\n",
                new SessionCsv.Limits(1, 100)))
        .singleElement()
        .satisfies(r -> assertThat(r.request().sourceSessionId()).hasSize(83));
  }
}
