package org.continuum.claim;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every claim still to be filed (or filed again) with its timely-filing clock, and the queue of
 * those whose limit is near: a claim the payer has not accepted yet, or one going back as a
 * corrected claim, loses its money on the clock's last day. Claims the payer has accepted or
 * decided are off the clock.
 */
@Service
public class FilingDeadlines {

  /** Statuses in which the claim has not (yet, or again) reached the payer's adjudication. */
  private static final List<String> ON_THE_CLOCK =
      List.of(
          "IN_REVIEW",
          "DOCUMENTATION_QUERY",
          "AWAITING_AUTHORIZATION",
          "EDIT_FAILED",
          "READY_TO_SUBMIT",
          "SUBMITTED",
          "REJECTED");

  private final JdbcClient jdbc;

  FilingDeadlines(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A claim near its filing limit, as the queue shows it: codes and dates, no patient. */
  public record NearLimit(
      long claimId,
      String status,
      String payerCode,
      LocalDate dateOfService,
      LocalDate fileBy,
      long daysLeft) {}

  /** The clock of one claim. */
  @Transactional(readOnly = true)
  public TimelyFilingClock clockOf(long claimId) {
    return jdbc.sql(
            """
            select c.date_of_service, pp.timely_filing_days, p.family
              from claim c join payer p on p.id = c.payer_id
              join payer_profile pp on pp.payer_id = c.payer_id
             where c.id = ?
            """)
        .param(claimId)
        .query(
            (rs, n) ->
                TimelyFilingClock.of(
                    rs.getObject(1, LocalDate.class),
                    rs.getInt(2),
                    "MEDICARE".equals(rs.getString(3)),
                    null))
        .optional()
        .orElseThrow(() -> new org.continuum.web.NotFoundException("Claim", claimId));
  }

  /**
   * Claims on the clock whose limit falls within the given days of today (or has passed), the
   * closest first.
   */
  @Transactional(readOnly = true)
  public List<NearLimit> within(int days, LocalDate today) {
    LocalDate horizon = today.plusDays(days);
    return jdbc
        .sql(
            """
            select c.id, c.status, p.code, c.date_of_service, pp.timely_filing_days, p.family
              from claim c join payer p on p.id = c.payer_id
              join payer_profile pp on pp.payer_id = c.payer_id
             where c.status in (:statuses)
               and c.date_of_service <= :earliest
            """)
        .param("statuses", ON_THE_CLOCK)
        // no payer allows less than a day or more than two years: a cheap pre-filter
        .param("earliest", horizon)
        .query(
            (rs, n) -> {
              LocalDate dateOfService = rs.getObject(4, LocalDate.class);
              TimelyFilingClock clock =
                  TimelyFilingClock.of(
                      dateOfService, rs.getInt(5), "MEDICARE".equals(rs.getString(6)), null);
              return new NearLimit(
                  rs.getLong(1),
                  rs.getString(2),
                  rs.getString(3),
                  dateOfService,
                  clock.fileBy(),
                  clock.daysLeft(today));
            })
        .list()
        .stream()
        .filter(c -> !c.fileBy().isAfter(horizon))
        .sorted(Comparator.comparing(NearLimit::fileBy).thenComparing(NearLimit::claimId))
        .toList();
  }
}
