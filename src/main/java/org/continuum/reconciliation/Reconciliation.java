package org.continuum.reconciliation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.continuum.claim.ClaimStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks the books against the invariants that say nothing was lost or counted twice, in one
 * repeatable-read snapshot so that a posting committing half-way through the check cannot make a
 * false finding. Each finding names the check and the id it concerns (claim, batch, incident),
 * never a patient's data.
 *
 * <p>The open balance is not stored: it is the total charge less every payment and every adjustment
 * (net of reversals), so "charges = payments + adjustments + open balance" holds by definition and
 * the checks are on what is stored beside it: the total charge equals its lines, a claim the payer
 * settled (PAID, PATIENT_BALANCE) has no open balance left, a patient balance kept on the claim
 * equals its PR adjustments, no posting points at another claim's line, and no voided claim still
 * holds an authorized unit. A voided claim has no open balance to settle: it is out of AR, and
 * money a payer still posts on it is reported to the biller by the posting.
 */
@Service
public class Reconciliation {

  /** One broken invariant: which check, and the id it concerns. */
  public record Finding(String check, String subject, long id) {
    @Override
    public String toString() {
      return check + ": " + subject + " " + id;
    }
  }

  /** The outcome of one run: clean when there are no findings. */
  public record Report(boolean clean, List<Finding> findings) {}

  private final JdbcClient jdbc;

  Reconciliation(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
  public Report run() {
    List<Finding> findings = new ArrayList<>();
    String known =
        String.join(
            ",", Arrays.stream(ClaimStatus.values()).map(s -> "'" + s.name() + "'").toList());
    claims(findings, "unknown-status", "select id from claim where status not in (" + known + ")");
    claims(
        findings,
        "charge-not-its-lines",
        """
        select c.id from claim c join claim_line l on l.claim_id = c.id
        group by c.id, c.total_charge having c.total_charge <> sum(l.charge)
        """);
    claims(
        findings,
        "settled-with-open-balance",
        """
        select c.id from claim c
        where c.status in ('PAID', 'PATIENT_BALANCE')
          and exists (select 1 from payment p where p.claim_id = c.id)
          and c.total_charge
              - coalesce((select sum(p.amount) from payment p where p.claim_id = c.id), 0)
              - coalesce((select sum(a.amount) from adjustment a where a.claim_id = c.id), 0)
              <> 0
        """);
    claims(
        findings,
        "patient-balance-not-pr",
        """
        select c.id from claim c
        where c.status = 'PATIENT_BALANCE' and c.patient_balance is not null
          and not exists (select 1 from claim_action x where x.claim_id = c.id)
          and c.patient_balance <> coalesce((select sum(a.amount) from adjustment a
                                             where a.claim_id = c.id and a.group_code = 'PR'), 0)
        """);
    claims(
        findings,
        "posting-on-another-claims-line",
        """
        select p.claim_id from payment p join claim_line l on l.id = p.claim_line_id
        where l.claim_id <> p.claim_id
        union
        select a.claim_id from adjustment a join claim_line l on l.id = a.claim_line_id
        where l.claim_id <> a.claim_id
        """);
    claims(
        findings,
        "voided-holding-units",
        """
        select distinct l.claim_id from claim_line l join claim c on c.id = l.claim_id
        where c.status = 'VOIDED' and l.authorization_id is not null
        """);
    claims(
        findings,
        "in-two-batches",
        "select claim_id from batch_claim group by claim_id having count(*) > 1");
    claims(
        findings,
        "submitted-without-batch",
        """
        select c.id from claim c
        where c.status = 'SUBMITTED' and c.session_id is not null
          and not exists (select 1 from batch_claim b where b.claim_id = c.id)
        """);
    ids(
        findings,
        "batch-count-not-its-claims",
        "batch",
        """
        select b.id from claim_batch b
        where b.claim_count <> (select count(*) from batch_claim c where c.batch_id = b.id)
                              + (select count(distinct h.claim_id) from batch_claim_history h
                                 where h.batch_id = b.id
                                   and not exists (select 1 from batch_claim c
                                                   where c.batch_id = b.id
                                                     and c.claim_id = h.claim_id))
        """);
    ids(
        findings,
        "interchange-control-number-reused",
        "batch",
        """
        select b.id from claim_batch b
        where exists (select 1 from claim_batch o where o.id <> b.id
                        and (o.interchange_control_number = b.interchange_control_number
                             or o.group_control_number = b.group_control_number))
        """);
    return new Report(findings.isEmpty(), List.copyOf(findings));
  }

  /**
   * The engine's open incidents (a job out of retries, a failed external task): each one is work
   * that stopped and waits for a person.
   */
  @Transactional(readOnly = true)
  public List<String> openIncidents() {
    return jdbc.sql("select id_ from act_ru_incident order by id_").query(String.class).list();
  }

  private void claims(List<Finding> findings, String check, String sql) {
    ids(findings, check, "claim", sql);
  }

  private void ids(List<Finding> findings, String check, String subject, String sql) {
    jdbc.sql(sql).query(Long.class).list().stream()
        .sorted()
        .forEach(id -> findings.add(new Finding(check, subject, id)));
  }
}
