package org.continuum.ar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The claims the daily AR follow-up (bpmn/ar-follow-up.bpmn) opens tasks for, from each payer's
 * profile. No response: the claim went out in a batch (SUBMITTED, or ACCEPTED by a 999/277CA) and
 * neither an acknowledgment nor a remittance closed it within the payer's expected turnaround,
 * counted from the day its current batch was cut. Timely filing: the claim has not been accepted by
 * the payer (still in preparation, rejected, or sent without acknowledgment) and the payer's
 * timely-filing limit, counted from the date of service, ends within the warning window; a rejected
 * claim is not "filed" (domain facts, section 7), so only acceptance stops this clock. When both
 * apply, timely filing wins: it is the one that loses money for good.
 */
@Service
public class FollowUpQuery {

  private static final String SQL =
      """
      select c.id as claim_id, p.code as payer_code, c.status, c.date_of_service,
             b.created_at::date as submitted_on, pp.expected_turnaround_days,
             c.date_of_service + pp.timely_filing_days as filing_deadline,
             case when c.status <> 'ACCEPTED'
                   and c.date_of_service + pp.timely_filing_days
                       between :today and :today + :warningDays
                  then true else false end as timely_filing
      from claim c
      join payer p on p.id = c.payer_id
      join payer_profile pp on pp.payer_id = c.payer_id
      left join batch_claim bc on bc.claim_id = c.id
      left join claim_batch b on b.id = bc.batch_id
      where c.date_of_service <= :today
        and (
          (c.status in ('SUBMITTED', 'ACCEPTED')
           and b.created_at::date + pp.expected_turnaround_days < :today)
          or
          (c.status in ('IN_REVIEW', 'DOCUMENTATION_QUERY', 'AWAITING_AUTHORIZATION',
                        'EDIT_FAILED', 'READY_TO_SUBMIT', 'REJECTED', 'SUBMITTED')
           and c.date_of_service + pp.timely_filing_days
               between :today and :today + :warningDays)
        )
      order by c.id
      """;

  private final JdbcClient jdbc;

  FollowUpQuery(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * The claims to chase on {@code today}, one row per claim, oldest claim first. {@code
   * warningDays}: how many days before the timely-filing limit a claim not yet accepted is raised.
   */
  @Transactional(readOnly = true)
  public List<ClaimToFollowUp> claimsToFollowUp(LocalDate today, int warningDays) {
    Map<Long, ClaimToFollowUp> claims = new LinkedHashMap<>();
    jdbc.sql(SQL)
        .param("today", today)
        .param("warningDays", warningDays)
        .query(
            rs -> {
              LocalDate deadline = rs.getObject("filing_deadline", LocalDate.class);
              ClaimToFollowUp.Reason reason =
                  rs.getBoolean("timely_filing")
                      ? ClaimToFollowUp.Reason.TIMELY_FILING
                      : ClaimToFollowUp.Reason.NO_RESPONSE;
              claims.putIfAbsent(
                  rs.getLong("claim_id"),
                  new ClaimToFollowUp(
                      rs.getLong("claim_id"),
                      rs.getString("payer_code"),
                      reason,
                      rs.getString("status"),
                      rs.getObject("submitted_on", LocalDate.class),
                      rs.getInt("expected_turnaround_days"),
                      deadline,
                      (int) java.time.temporal.ChronoUnit.DAYS.between(today, deadline)));
            });
    return new ArrayList<>(claims.values());
  }
}
