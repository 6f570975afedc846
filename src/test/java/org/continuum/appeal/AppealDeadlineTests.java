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
}
