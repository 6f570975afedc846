package org.continuum.claim;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * How long a claim may still be filed with its payer. The clock starts at the date of service, or,
 * for a secondary claim, at the primary payer's remittance date (domain-facts 7). Medicare counts
 * one calendar year, so a 29 February service must be filed by 28 February of the next year; other
 * payers count the days of their profile.
 *
 * @param startsOn the date of service, or the primary's remittance date for a secondary claim
 * @param fileBy the last day the payer accepts the claim
 */
public record TimelyFilingClock(LocalDate startsOn, LocalDate fileBy) {

  /**
   * @param timelyFilingDays the payer profile's limit
   * @param calendarYear the limit is one calendar year (Medicare), not a count of days
   * @param primaryRemittedOn the primary's remittance date when this claim is a secondary's, else
   *     null
   */
  public static TimelyFilingClock of(
      LocalDate dateOfService,
      int timelyFilingDays,
      boolean calendarYear,
      LocalDate primaryRemittedOn) {
    LocalDate startsOn = primaryRemittedOn != null ? primaryRemittedOn : dateOfService;
    LocalDate fileBy = calendarYear ? startsOn.plusYears(1) : startsOn.plusDays(timelyFilingDays);
    return new TimelyFilingClock(startsOn, fileBy);
  }

  /** Days left on a day; negative once the limit has passed. */
  public long daysLeft(LocalDate today) {
    return ChronoUnit.DAYS.between(today, fileBy);
  }
}
