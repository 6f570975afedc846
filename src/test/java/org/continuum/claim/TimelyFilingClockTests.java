package org.continuum.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Timely-filing limits from the date of service or the primary's remittance (domain-facts 7). */
class TimelyFilingClockTests {

  @Test
  void givesMedicareOneCalendarYearSoALeapDayIsFiledByTheLastDayOfFebruary() {
    assertThat(TimelyFilingClock.of(LocalDate.of(2024, 2, 29), 365, true, null).fileBy())
        .isEqualTo(LocalDate.of(2025, 2, 28));
    assertThat(TimelyFilingClock.of(LocalDate.of(2023, 3, 1), 365, true, null).fileBy())
        .isEqualTo(LocalDate.of(2024, 3, 1));
  }

  @Test
  void countsACommercialPayersDaysAcrossMonthEnds() {
    assertThat(TimelyFilingClock.of(LocalDate.of(2024, 1, 31), 90, false, null).fileBy())
        .isEqualTo(LocalDate.of(2024, 4, 30));
    assertThat(TimelyFilingClock.of(LocalDate.of(2023, 12, 1), 90, false, null).fileBy())
        .isEqualTo(LocalDate.of(2024, 2, 29));
  }

  @Test
  void startsASecondarysClockAtThePrimarysRemittance() {
    TimelyFilingClock clock =
        TimelyFilingClock.of(LocalDate.of(2025, 1, 10), 90, false, LocalDate.of(2025, 4, 1));

    assertThat(clock.startsOn()).isEqualTo(LocalDate.of(2025, 4, 1));
    assertThat(clock.fileBy()).isEqualTo(LocalDate.of(2025, 6, 30));
  }

  @Test
  void countsTheDaysLeftDownToNegativeOncePassed() {
    TimelyFilingClock clock = TimelyFilingClock.of(LocalDate.of(2025, 1, 1), 90, false, null);

    assertThat(clock.daysLeft(LocalDate.of(2025, 3, 22))).isEqualTo(10);
    assertThat(clock.daysLeft(LocalDate.of(2025, 4, 2))).isEqualTo(-1);
  }
}
