package org.continuum.remittance;

import java.math.BigDecimal;
import java.util.List;
import org.continuum.claim.AuthorizedUnitReturns;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Decides which postings give authorized units back. A claim an acknowledgment rejected returns all
 * its units (it is corrected and sent again, taking them anew). After an 835, a line returns its
 * unit when nothing was paid on it and one of its adjustments in that file is listed in {@code
 * unit_returning_adjustment} (data: CO-16, CO-15, CO-197, CO/OA-18 to begin with); a claim-level
 * adjustment so listed on a claim paid nothing returns every line. Paid lines, patient
 * responsibility (PR) and other denials keep the unit spent. Runs in the posting's transaction.
 */
@Component
class UnitReturnsOnDenial {

  private final JdbcClient jdbc;
  private final AuthorizedUnitReturns units;

  UnitReturnsOnDenial(JdbcClient jdbc, AuthorizedUnitReturns units) {
    this.jdbc = jdbc;
    this.units = units;
  }

  @EventListener
  void on(ClaimRejected rejected) {
    units.returnUnits(rejected.claimId(), null);
  }

  @EventListener
  void on(RemittancePosted posted) {
    if (posted.outcome() == RemittanceOutcome.REVERSED) {
      return;
    }
    Long file =
        jdbc.sql("select max(remittance_file_id) from payment where claim_id = ?")
            .param(posted.claimId())
            .query(Long.class)
            .optional()
            .orElse(null);
    if (file == null) {
      return;
    }
    boolean claimLevel =
        posted.amountPaid().compareTo(BigDecimal.ZERO) == 0
            && jdbc.sql(
                        """
                    select count(*) from adjustment a
                    join unit_returning_adjustment u
                      on u.group_code = a.group_code and u.reason_code = a.reason_code
                    where a.claim_id = ? and a.remittance_file_id = ?
                      and a.claim_line_id is null and a.amount > 0
                    """)
                    .params(posted.claimId(), file)
                    .query(Long.class)
                    .single()
                > 0;
    if (claimLevel) {
      units.returnUnits(posted.claimId(), null);
      return;
    }
    List<Long> deniedLines =
        jdbc.sql(
                """
                select distinct a.claim_line_id from adjustment a
                join unit_returning_adjustment u
                  on u.group_code = a.group_code and u.reason_code = a.reason_code
                where a.claim_id = ? and a.remittance_file_id = ?
                  and a.claim_line_id is not null and a.amount > 0
                  and not exists (
                    select 1 from payment p
                    where p.claim_id = a.claim_id and p.remittance_file_id = a.remittance_file_id
                      and p.claim_line_id = a.claim_line_id and p.amount > 0)
                """)
            .params(posted.claimId(), file)
            .query(Long.class)
            .list();
    if (!deniedLines.isEmpty()) {
      units.returnUnits(posted.claimId(), deniedLines);
    }
  }
}
