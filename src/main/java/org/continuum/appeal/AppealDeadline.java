package org.continuum.appeal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.continuum.web.UnprocessableException;

/**
 * The last day to file an appeal at one level, with the days to remind the biller and to escalate
 * to the billing leads. Each level's window runs from the decision it appeals: the remittance date
 * for the first level, the prior level's decision for the next (domain-facts 7).
 *
 * @param level 1 for the first appeal (Medicare redetermination)
 * @param fileBy the last day the payer accepts the appeal
 * @param remindOn the day the biller is reminded
 * @param escalateOn the day the billing leads are told the deadline is close
 */
public record AppealDeadline(
    int level, LocalDate fileBy, LocalDate remindOn, LocalDate escalateOn) {

  /** Days before the deadline the biller is reminded. */
  public static final int REMIND_DAYS_BEFORE = 14;

  /** Days before the deadline the billing leads are told. */
  public static final int ESCALATE_DAYS_BEFORE = 3;

  /**
   * The deadline of an appeal at a level.
   *
   * @param decidedOn the remittance date for level 1, the prior level's decision date after that
   * @param appealWindowDays the payer profile's windows, first level first
   * @throws UnprocessableException when the payer has no such level
   */
  public static AppealDeadline of(LocalDate decidedOn, List<Integer> appealWindowDays, int level) {
    if (level < 1 || level > appealWindowDays.size()) {
      throw new UnprocessableException(
          "level",
          "The payer has "
              + appealWindowDays.size()
              + " appeal level(s); level "
              + level
              + " does not exist.");
    }
    LocalDate fileBy = decidedOn.plusDays(appealWindowDays.get(level - 1));
    LocalDate remindOn = max(decidedOn, fileBy.minusDays(REMIND_DAYS_BEFORE));
    LocalDate escalateOn = max(decidedOn, fileBy.minusDays(ESCALATE_DAYS_BEFORE));
    return new AppealDeadline(level, fileBy, remindOn, escalateOn);
  }

  /** The level after this one, if the payer has one. */
  public static Optional<Integer> nextLevel(List<Integer> appealWindowDays, int level) {
    return level < appealWindowDays.size() ? Optional.of(level + 1) : Optional.empty();
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }
}
