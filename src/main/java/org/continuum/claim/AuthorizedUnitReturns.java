package org.continuum.claim;

import java.util.Collection;
import java.util.List;
import org.continuum.authorization.AuthorizationLedger;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives authorized units back when the claim line that spent them will not be paid on them: the
 * payer rejected the claim or denied the line for a reason that returns the unit. Each line lets go
 * of its authorization in one conditional UPDATE before the unit is released, so a repeated
 * remittance, or two arriving at once, release it exactly once. A line that gave its unit back
 * takes one again when the claim is sent anew ({@link ClaimLifecycle#reclaimReturnedUnits}).
 */
@Service
public class AuthorizedUnitReturns {

  private final JdbcTemplate jdbc;
  private final AuthorizationLedger ledger;

  AuthorizedUnitReturns(JdbcTemplate jdbc, AuthorizationLedger ledger) {
    this.jdbc = jdbc;
    this.ledger = ledger;
  }

  private record SpentLine(long lineId, long authorizationId, int units) {}

  /**
   * Returns the units of the claim's lines named, or of all its lines when {@code lineIds} is null.
   *
   * @return how many lines gave their units back now
   */
  @Transactional
  public int returnUnits(long claimId, Collection<Long> lineIds) {
    List<SpentLine> spent =
        jdbc.query(
            "select id, authorization_id, units from claim_line"
                + " where claim_id = ? and authorization_id is not null order by id",
            (row, n) -> new SpentLine(row.getLong(1), row.getLong(2), row.getInt(3)),
            claimId);
    int returned = 0;
    for (SpentLine line : spent) {
      if (lineIds != null && !lineIds.contains(line.lineId())) {
        continue;
      }
      int letGo =
          jdbc.update(
              "update claim_line set authorization_id = null"
                  + " where id = ? and authorization_id = ?",
              line.lineId(),
              line.authorizationId());
      if (letGo == 1) {
        ledger.release(line.authorizationId(), line.units());
        returned++;
      }
    }
    return returned;
  }
}
