package org.continuum.workflow;

import java.time.DayOfWeek;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Date;

/**
 * Service-level deadlines in business days: Saturdays and Sundays do not count, so a query sent on
 * Friday is due on Wednesday at the same time. Public holidays are not known yet and count as
 * business days. Computed in UTC.
 */
final class BusinessDays {

  private BusinessDays() {}

  static Date after(Date start, int businessDays) {
    ZonedDateTime due = start.toInstant().atZone(ZoneOffset.UTC);
    int left = businessDays;
    while (left > 0) {
      due = due.plusDays(1);
      if (due.getDayOfWeek() != DayOfWeek.SATURDAY && due.getDayOfWeek() != DayOfWeek.SUNDAY) {
        left--;
      }
    }
    return Date.from(due.toInstant());
  }
}
