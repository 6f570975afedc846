package org.continuum.appeal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.continuum.web.UnprocessableException;
import org.junit.jupiter.api.Test;

/** Appeal deadlines per level, from the payer profile's windows (domain-facts 7). */
class AppealDeadlineTests {

  /** Medicare Part B: redetermination 120, QIC 180, ALJ 60, Council 60, federal court 60. */
  private static final List<Integer> MEDICARE = List.of(120, 180, 60, 60, 60);

  private static final LocalDate REMITTED = LocalDate.of(2025, 3, 3);

  @Test
  void givesMedicareARedeterminationWindowOf120DaysFromTheRemittance() {
    AppealDeadline first = AppealDeadline.of(REMITTED, MEDICARE, 1);

    assertThat(first.fileBy()).isEqualTo(LocalDate.of(2025, 7, 1));
    assertThat(first.remindOn()).isEqualTo(LocalDate.of(2025, 6, 17));
    assertThat(first.escalateOn()).isEqualTo(LocalDate.of(2025, 6, 28));
  }

  @Test
  void measuresEachLaterLevelFromThePriorDecision() {
    LocalDate redeterminationUpheld = LocalDate.of(2025, 8, 15);

    assertThat(AppealDeadline.of(redeterminationUpheld, MEDICARE, 2).fileBy())
        .isEqualTo(LocalDate.of(2026, 2, 11));
    assertThat(AppealDeadline.of(redeterminationUpheld, MEDICARE, 3).fileBy())
        .isEqualTo(LocalDate.of(2025, 10, 14));
    assertThat(AppealDeadline.of(redeterminationUpheld, MEDICARE, 5).fileBy())
        .isEqualTo(LocalDate.of(2025, 10, 14));
  }

  @Test
  void neverRemindsBeforeTheDecisionOnAShortWindow() {
    AppealDeadline tight = AppealDeadline.of(REMITTED, List.of(10), 1);

    assertThat(tight.remindOn()).isEqualTo(REMITTED);
    assertThat(tight.escalateOn()).isEqualTo(REMITTED.plusDays(7));
  }

  @Test
  void offersTheNextLevelWhileOneRemains() {
    assertThat(AppealDeadline.nextLevel(MEDICARE, 4)).contains(5);
    assertThat(AppealDeadline.nextLevel(MEDICARE, 5)).isEmpty();
    assertThat(AppealDeadline.nextLevel(List.of(60), 1)).isEmpty();
  }

  @Test
  void refusesALevelThePayerDoesNotHave() {
    assertThatThrownBy(() -> AppealDeadline.of(REMITTED, List.of(60), 2))
        .isInstanceOf(UnprocessableException.class);
  }

  @Test
  void countsWindowsAcrossMonthEndsAndLeapDays() {
    assertThat(AppealDeadline.of(LocalDate.of(2024, 1, 31), List.of(29), 1).fileBy())
        .isEqualTo(LocalDate.of(2024, 2, 29));
    assertThat(AppealDeadline.of(LocalDate.of(2023, 1, 31), List.of(29), 1).fileBy())
        .isEqualTo(LocalDate.of(2023, 3, 1));
    assertThat(AppealDeadline.of(LocalDate.of(2024, 2, 29), List.of(120), 1).fileBy())
        .isEqualTo(LocalDate.of(2024, 6, 28));
    assertThat(AppealDeadline.of(LocalDate.of(2024, 2, 29), List.of(365), 1).fileBy())
        .isEqualTo(LocalDate.of(2025, 2, 28));
    assertThat(AppealDeadline.of(LocalDate.of(2025, 12, 31), List.of(60), 1).fileBy())
        .isEqualTo(LocalDate.of(2026, 3, 1));
  }

  @Test
  void remindsAndEscalatesAcrossAMonthEnd() {
    AppealDeadline deadline = AppealDeadline.of(LocalDate.of(2024, 1, 2), List.of(60), 1);

    assertThat(deadline.fileBy()).isEqualTo(LocalDate.of(2024, 3, 2));
    assertThat(deadline.remindOn()).isEqualTo(LocalDate.of(2024, 2, 17));
    assertThat(deadline.escalateOn()).isEqualTo(LocalDate.of(2024, 2, 28));
  }
}
