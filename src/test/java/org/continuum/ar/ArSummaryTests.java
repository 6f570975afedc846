package org.continuum.ar;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.continuum.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The summary the aging and KPIs read (migration V150) is always what a direct computation from the
 * base tables gives: after each step of a mix of single- and multi-row inserts, updates and deletes
 * of claims, lines, payments, adjustments, defects, batch history and fee schedules, including a
 * void and a move to another month, the whole summary is compared with a group-by over every claim
 * in the database computed from the postings themselves (not from the totals kept on the claim).
 * The claims are from 2008, before any other test's dates of service, and are removed at the end,
 * after which the summary must still agree.
 */
@IntegrationTest
class ArSummaryTests {

  /**
   * Per claim from the base tables, as the figures were computed before the summary existed, then
   * summed per day and per month of service, payer, clinician and aging category.
   */
  private static final String DIRECT =
      """
      with paid as (
        select claim_id, sum(amount) as amount,
               min(posted_at) filter (where amount > 0) as first_paid_at,
               min(remittance_file_id) as first_file_id
        from payment group by claim_id),
      adjusted as (
        select claim_id,
               sum(amount) filter (where group_code = 'CO' and reason_code = '45') as contractual,
               sum(amount) filter (where group_code in ('CO', 'OA', 'PI') and reason_code <> '45'
                                     and amount > 0) as denied,
               sum(amount) filter (where group_code = 'PR') as patient
        from adjustment group by claim_id),
      priced as (
        select c.id, sum(e.contracted_amount * l.units) as contracted,
               count(*) as lines, count(e.id) as priced_lines
        from claim c
        join claim_line l on l.claim_id = c.id
        left join lateral (
          select f.id from fee_schedule f
          where f.payer_id = c.payer_id and f.effective_from <= c.date_of_service
            and (f.effective_to is null or f.effective_to >= c.date_of_service)
          order by f.effective_from desc limit 1) fs on true
        left join lateral (
          select e.id, e.contracted_amount from fee_schedule_entry e
          where e.fee_schedule_id = fs.id and e.procedure_code = l.procedure_code
            and e.modifier in (coalesce(l.modifiers ->> 0, ''), '')
          order by e.modifier = '' limit 1) e on true
        group by c.id),
      claims as (
        select c.id, c.status, c.date_of_service, c.payer_id, c.rendering_clinician_id,
               c.total_charge, coalesce(p.amount, 0) as paid, p.first_paid_at,
               p.claim_id is not null as adjudicated,
               coalesce(a.contractual, 0) as contractual, coalesce(a.denied, 0) as denied,
               exists (select 1 from batch_claim_history h where h.claim_id = c.id) as ever_billed,
               exists (select 1 from claim_defect d where d.claim_id = c.id) as reworked,
               exists (select 1 from claim_defect d
                       where d.claim_id = c.id and d.code = 'CLAIM_REJECTED') as rejected,
               case when pr.lines = pr.priced_lines then pr.contracted end as contracted,
               coalesce((select sum(x.amount) from payment x
                 where x.claim_id = c.id and x.remittance_file_id = p.first_file_id), 0)
               + coalesce((select sum(x.amount) from adjustment x
                 where x.claim_id = c.id and x.remittance_file_id = p.first_file_id
                   and x.group_code = 'PR'), 0) as allowed_first,
               coalesce(p.amount, 0) + coalesce(a.patient, 0) as allowed_now,
               exists (select 1 from adjustment x
                 where x.claim_id = c.id and x.remittance_file_id = p.first_file_id
                   and x.group_code in ('CO', 'OA', 'PI') and x.reason_code <> '45'
                   and x.amount > 0) as denied_first
        from claim c
        left join paid p on p.claim_id = c.id
        left join adjusted a on a.claim_id = c.id
        left join priced pr on pr.id = c.id),
      cohort as (
        select k.*,
               k.status not in ('PAID', 'WRITTEN_OFF', 'CLOSED')
                 and k.total_charge - k.paid - k.contractual > 0 as open,
               k.adjudicated and k.contracted is not null and not k.denied_first as variance
        from claims k
        where k.status <> 'VOIDED'
          and (k.status in ('SUBMITTED', 'ACCEPTED', 'REJECTED', 'PARTIALLY_PAID', 'DENIED',
                            'PATIENT_BALANCE', 'PAID', 'WRITTEN_OFF', 'CLOSED') or k.ever_billed))
      select g.grain, g.period_start, k.payer_id, k.rendering_clinician_id as clinician_id,
             case when not k.open then 'not open'
                  when k.status = 'DENIED' then 'denials'
                  when k.status = 'PARTIALLY_PAID' then 'underpayments'
                  when k.status = 'PATIENT_BALANCE' then 'patient balance'
                  when k.status in ('SUBMITTED', 'ACCEPTED') then 'no response'
                  else 'reprocessing/rejected' end as category,
             count(*) as claims,
             coalesce(sum(k.total_charge - k.paid - k.contractual) filter (where k.open), 0)
               as open_balance,
             count(*) filter (where not k.reworked) as clean_claims,
             count(*) filter (where k.adjudicated) as adjudicated_claims,
             count(*) filter (where k.adjudicated and not k.rejected and k.denied = 0
                              and k.paid > 0) as first_pass_claims,
             sum(k.total_charge) as charges, sum(k.paid) as paid,
             sum(k.contractual) as contractual, sum(k.denied) as denied,
             count(k.first_paid_at) as paid_claims,
             coalesce(sum(k.first_paid_at::date - k.date_of_service), 0) as days_to_payment,
             count(*) filter (where k.variance and k.contracted > k.allowed_first)
               as underpaid_claims,
             coalesce(sum(greatest(k.contracted - k.allowed_first, 0))
               filter (where k.variance), 0) as underpayment_found,
             coalesce(sum(least(greatest(k.contracted - k.allowed_first, 0),
                                greatest(k.allowed_now - k.allowed_first, 0)))
               filter (where k.variance), 0) as underpayment_recovered
      from cohort k
      cross join lateral (values
        ('D', k.date_of_service),
        ('M', date_trunc('month', k.date_of_service::timestamp)::date)) g(grain, period_start)
      group by 1, 2, 3, 4, 5
      """;

  /** The summary plus its uncompacted deltas, as the queries read it. */
  private static final String KEPT =
      """
      select grain, period_start, payer_id, clinician_id, category, sum(claims),
             sum(open_balance), sum(clean_claims), sum(adjudicated_claims),
             sum(first_pass_claims), sum(charges), sum(paid), sum(contractual), sum(denied),
             sum(paid_claims), sum(days_to_payment), sum(underpaid_claims),
             sum(underpayment_found), sum(underpayment_recovered)
      from ar_summary_current
      group by 1, 2, 3, 4, 5
      having (sum(claims), sum(open_balance), sum(clean_claims), sum(adjudicated_claims),
              sum(first_pass_claims), sum(charges), sum(paid), sum(contractual), sum(denied),
              sum(paid_claims), sum(days_to_payment), sum(underpaid_claims),
              sum(underpayment_found), sum(underpayment_recovered))
             is distinct from (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
      """;

  @Autowired JdbcClient jdbc;
  @Autowired DataSource dataSource;
  @Autowired ArSummaryCompaction compaction;

  private final List<Long> claims = new ArrayList<>();
  private long schedule;
  private long[] files;
  private long batch;

  @Test
  void neverDriftsFromTheBaseTables() {
    assertNoDrift("before");
    try {
      run();
    } finally {
      cleanUp();
    }
    assertNoDrift("after clean-up");
  }

  /**
   * A compaction while another transaction has appended deltas it has not committed yet leaves
   * those deltas alone (they are not in its snapshot): once that transaction commits, summary plus
   * deltas still match the base tables, and the next compaction folds them in.
   */
  @Test
  void compactionLosesNothingAppendedMeanwhile() throws SQLException {
    Map<String, Object> coverage =
        jdbc.sql("select id, patient_id, payer_id from coverage order by id limit 1")
            .query()
            .singleRow();
    long claim = next("claim_seq");
    claims.add(claim);
    try {
      jdbc.sql(
              """
              insert into claim (id, patient_id, coverage_id, payer_id, billing_provider_id,
                                 rendering_clinician_id, status, date_of_service, total_charge)
              values (?, ?, ?, ?, (select min(id) from billing_provider),
                      (select min(id) from clinician), 'SUBMITTED', date '2008-05-06', 200.00)
              """)
          .params(claim, coverage.get("patient_id"), coverage.get("id"), coverage.get("payer_id"))
          .update();
      compaction.compact();
      try (Connection other = dataSource.getConnection()) {
        other.setAutoCommit(false);
        try (PreparedStatement denial =
            other.prepareStatement("update claim set status = 'DENIED' where id = ?")) {
          denial.setLong(1, claim);
          denial.executeUpdate();
        }
        compaction.compact();
        other.commit();
      }
      assertSameAsDirect("denial committed after a compaction that ran while it was open");
      assertNoDrift("denied while a compaction ran");
    } finally {
      cleanUp();
    }
    assertNoDrift("after clean-up");
  }

  private void run() {
    Map<String, Object> coverage =
        jdbc.sql("select id, patient_id, payer_id from coverage order by id limit 1")
            .query()
            .singleRow();
    long payer = ((Number) coverage.get("payer_id")).longValue();
    for (int i = 0; i < 5; i++) {
      claims.add(next("claim_seq"));
    }
    files = new long[] {next("remittance_file_seq"), next("remittance_file_seq")};
    batch = next("claim_batch_seq");
    schedule = next("fee_schedule_seq");

    jdbc.sql(
            "insert into fee_schedule (id, payer_id, effective_from, effective_to)"
                + " values (?, ?, date '2008-01-01', date '2008-12-31')")
        .params(schedule, payer)
        .update();
    jdbc.sql(
            "insert into fee_schedule_entry (id, fee_schedule_id, procedure_code, modifier,"
                + " charge_amount, contracted_amount) values"
                + " (nextval('fee_schedule_entry_seq'), ?, '90837', '', 200.00, 150.00)")
        .param(schedule)
        .update();
    for (long file : files) {
      jdbc.sql(
              "insert into remittance_file (id, kind, sender_id, interchange_control_number,"
                  + " content_sha256, summary) values (?, 'REMITTANCE_835', 'SUMMARY', ?, ?,"
                  + " '{}')")
          .params(file, String.valueOf(file), "summary-" + file)
          .update();
    }

    // Five claims in one statement, across two months, one still in review.
    jdbc.sql(
            """
            insert into claim (id, patient_id, coverage_id, payer_id, billing_provider_id,
                               rendering_clinician_id, status, date_of_service, total_charge)
            select v.id, :patient, :coverage, :payer, (select min(id) from billing_provider),
                   (select min(id) from clinician), v.status, v.dos, 200.00
            from (values (:c0, 'SUBMITTED', date '2008-01-14'),
                         (:c1, 'ACCEPTED', date '2008-01-20'),
                         (:c2, 'DENIED', date '2008-02-03'),
                         (:c3, 'IN_REVIEW', date '2008-02-10'),
                         (:c4, 'SUBMITTED', date '2008-02-10')) v(id, status, dos)
            """)
        .param("patient", coverage.get("patient_id"))
        .param("coverage", coverage.get("id"))
        .param("payer", payer)
        .params(ids())
        .update();
    jdbc.sql(
            """
            insert into claim_line (id, claim_id, line_number, procedure_code, units, charge,
                                    date_of_service)
            select nextval('claim_line_seq'), c.id, n, case n when 1 then '90837' else '90834' end,
                   1, case n when 1 then 200.00 else 0 end, c.date_of_service
            from claim c, generate_series(1, 2) n
            where c.id in (:c0, :c1, :c2, :c3, :c4) and (n = 1 or c.id = :c4)
            """)
        .params(ids())
        .update();
    assertNoDrift("claims and lines inserted");

    // First 835 underpays c0 and c1 and denies c2; the second reprocesses c0.
    jdbc.sql(
            """
            insert into payment (id, remittance_file_id, claim_id, claim_status_code, charge,
                                 amount, posted_at)
            values (nextval('payment_seq'), :f0, :c0, '1', 200.00, 100.00, '2008-03-01 12:00Z'),
                   (nextval('payment_seq'), :f0, :c1, '1', 200.00, 120.00, '2008-03-01 12:00Z'),
                   (nextval('payment_seq'), :f0, :c2, '4', 200.00, 0, '2008-03-01 12:00Z'),
                   (nextval('payment_seq'), :f0, :c4, '1', 200.00, 150.00, '2008-03-01 12:00Z'),
                   (nextval('payment_seq'), :f1, :c0, '1', 200.00, 30.00, '2008-04-01 12:00Z')
            """)
        .params(ids())
        .param("f0", files[0])
        .param("f1", files[1])
        .update();
    jdbc.sql(
            """
            insert into adjustment (id, remittance_file_id, claim_id, claim_status_code,
                                    group_code, reason_code, amount)
            values (nextval('adjustment_seq'), :f0, :c0, '1', 'CO', '45', 50.00),
                   (nextval('adjustment_seq'), :f0, :c1, '1', 'PR', '2', 20.00),
                   (nextval('adjustment_seq'), :f0, :c2, '4', 'CO', '50', 200.00),
                   (nextval('adjustment_seq'), :f0, :c4, '1', 'CO', '45', 50.00)
            """)
        .params(ids())
        .param("f0", files[0])
        .update();
    assertNoDrift("835s posted");

    jdbc.sql(
            "update claim set status = case id when :c0 then 'PARTIALLY_PAID'"
                + " when :c1 then 'PATIENT_BALANCE' else 'PAID' end"
                + " where id in (:c0, :c1, :c4)")
        .params(ids())
        .update();
    assertNoDrift("statuses moved in one statement");

    jdbc.sql("update fee_schedule_entry set contracted_amount = 170.00 where fee_schedule_id = ?")
        .param(schedule)
        .update();
    jdbc.sql(
            "insert into fee_schedule_entry (id, fee_schedule_id, procedure_code, modifier,"
                + " charge_amount, contracted_amount) values"
                + " (nextval('fee_schedule_entry_seq'), ?, '90834', '', 150.00, 10.00)")
        .param(schedule)
        .update();
    assertNoDrift("fee schedule changed");

    jdbc.sql("update claim set date_of_service = date '2008-03-05' where id = :c0")
        .params(ids())
        .update();
    jdbc.sql("update fee_schedule set effective_to = date '2008-02-29' where id = ?")
        .param(schedule)
        .update();
    assertNoDrift("claim moved to another month, schedule shortened");

    jdbc.sql(
            """
            insert into claim_defect (id, claim_id, stage, code, explanation)
            values (nextval('claim_defect_seq'), :c1, 'ACKNOWLEDGMENT', 'CLAIM_REJECTED', 'test'),
                   (nextval('claim_defect_seq'), :c3, 'PAYER_EDIT', 'POS_MISMATCH', 'test')
            """)
        .params(ids())
        .update();
    jdbc.sql(
            "insert into claim_batch (id, payer_id, interchange_control_number,"
                + " group_control_number, transaction_control_number, claim_count, x12)"
                + " values (?, ?, nextval('x12_interchange_control_seq'),"
                + " nextval('x12_group_control_seq'), nextval('x12_transaction_control_seq'), 1,"
                + " 'ISA~')")
        .params(batch, payer)
        .update();
    jdbc.sql("insert into batch_claim_history (batch_id, claim_id) values (?, ?)")
        .params(batch, claims.get(3))
        .update();
    assertNoDrift("defects raised, a claim in review sent before");

    jdbc.sql("update claim set status = 'VOIDED' where id = :c2").params(ids()).update();
    jdbc.sql("delete from payment where claim_id = :c0 and remittance_file_id = :f0")
        .params(ids())
        .param("f0", files[0])
        .update();
    jdbc.sql("update payment set amount = amount + 5 where claim_id in (:c1, :c4)")
        .params(ids())
        .update();
    assertNoDrift("voided, a payment deleted, payments corrected");

    jdbc.sql("delete from claim_line where claim_id = :c4 and line_number = 2")
        .params(ids())
        .update();
    jdbc.sql("delete from claim_defect where claim_id = :c1").params(ids()).update();
    jdbc.sql("delete from batch_claim_history where claim_id = :c3").params(ids()).update();
    jdbc.sql("delete from claim_defect where claim_id = :c3").params(ids()).update();
    jdbc.sql("delete from claim where id = :c3").params(ids()).update();
    assertNoDrift("a line, a defect and a claim deleted");
  }

  private Map<String, Object> ids() {
    Map<String, Object> ids = new java.util.HashMap<>();
    for (int i = 0; i < claims.size(); i++) {
      ids.put("c" + i, claims.get(i));
    }
    return ids;
  }

  /** Compares before and after a compaction: folding the deltas in changes no figure. */
  private void assertNoDrift(String step) {
    assertSameAsDirect(step);
    compaction.compact();
    assertSameAsDirect(step + ", compacted");
  }

  private void assertSameAsDirect(String step) {
    List<Map<String, Object>> missing =
        jdbc.sql("(" + DIRECT + ") except (" + KEPT + ")").query().listOfRows();
    List<Map<String, Object>> extra =
        jdbc.sql("(" + KEPT + ") except (" + DIRECT + ")").query().listOfRows();
    assertThat(missing).as("direct figures the summary lacks, " + step).isEmpty();
    assertThat(extra).as("summary rows the claims do not give, " + step).isEmpty();
  }

  private void cleanUp() {
    for (long claim : claims) {
      for (String table :
          new String[] {"batch_claim_history", "claim_defect", "adjustment", "payment"}) {
        jdbc.sql("delete from " + table + " where claim_id = ?").param(claim).update();
      }
    }
    for (long claim : claims) {
      jdbc.sql("delete from claim where id = ?").param(claim).update();
    }
    jdbc.sql("delete from claim_batch where id = ?").param(batch).update();
    for (long file : files == null ? new long[0] : files) {
      jdbc.sql("delete from remittance_file where id = ?").param(file).update();
    }
    jdbc.sql("delete from fee_schedule where id = ?").param(schedule).update();
  }

  private long next(String sequence) {
    return jdbc.sql("select nextval('" + sequence + "')").query(Long.class).single();
  }
}
