package org.continuum.ar;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.continuum.support.BenchmarkReport;
import org.continuum.support.IntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * How fast the manager's figures answer on a large book: {@code -Dbench.arLines} claims of one line
 * each (default 1,000,000) are generated with SQL straight into the tables, spread over two years
 * of dates of service, the demo payers and patients, 40 clinicians of their own, and the statuses,
 * payments, contractual and denial adjustments, defects and rejections a practice sees by age. Then
 * the real {@link AgingQuery} and {@link KpiQuery} run {@code -Dbench.arRuns} times (default 30)
 * each, beside a plain {@code sum(total_charge) group by payer} over the same claims, the floor any
 * aging query stands on. The rows carry ids from {@link #BASE} up and are deleted afterwards, so
 * other benchmarks and the demo never see them.
 */
@IntegrationTest
@Tag("benchmark")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ArQueryBenchmark {

  /** Every generated row's id is above this; nothing else in the database gets there. */
  static final long BASE = 900_000_000_000L;

  private static final LocalDate AS_OF = LocalDate.of(2021, 12, 31);

  @Autowired JdbcClient jdbc;
  @Autowired AgingQuery aging;
  @Autowired KpiQuery kpis;
  @Autowired ArSummaryCompaction compaction;

  private final int lines = Integer.getInteger("bench.arLines", 1_000_000);
  private final int runs = Integer.getInteger("bench.arRuns", 30);

  @BeforeAll
  void generate() {
    cleanUp();
    long start = System.nanoTime();
    jdbc.sql(
            """
            insert into clinician (id, first_name, last_name, npi, credential, licensure_level,
                                   taxonomy_code)
            select :base + g, 'Bench', 'Clinician ' || g, lpad((9000000000 + g)::text, 10, '0'),
                   case when g % 3 = 0 then 'PsyD' else 'LCSW' end,
                   case when g % 3 = 0 then 'DOCTORAL' else 'MASTERS' end, '1041C0700X'
            from generate_series(1, 40) g
            """)
        .param("base", BASE)
        .update();
    jdbc.sql(
            """
            insert into remittance_file (id, kind, sender_id, interchange_control_number,
                                         content_sha256, summary)
            select :base + g, 'REMITTANCE_835', 'ARBENCH', lpad(g::text, 9, '0'),
                   'ar-bench-' || g, '{}'
            from generate_series(1, 500) g
            """)
        .param("base", BASE)
        .update();
    jdbc.sql(
            """
            insert into claim_batch (id, payer_id, interchange_control_number,
                                     group_control_number, transaction_control_number,
                                     claim_count, x12)
            select :base, min(id), 999999990, 999999990, 1, 0, 'ISA~' from payer
            """)
        .param("base", BASE)
        .update();
    // Claims: age decides the status mix, as in a real book (old claims are mostly settled).
    jdbc.sql(
            """
            with coverages as (
              select array_agg(id order by id) as ids, array_agg(patient_id order by id) as patients,
                     array_agg(payer_id order by id) as payers, count(*) as n
              from coverage where priority = 'PRIMARY'),
            generated as (
              select g, random() as r, (:asOf - (random() * 730)::int) as dos,
                     (array['90837','90834','90832','90791','H0004'])[1 + floor(random() * 5)::int]
                       as code
              from generate_series(1, :lines) g)
            insert into claim (id, patient_id, coverage_id, payer_id, billing_provider_id,
                               rendering_clinician_id, status, date_of_service, total_charge,
                               created_at, updated_at)
            select :base + g, c.patients[1 + g % c.n], c.ids[1 + g % c.n], c.payers[1 + g % c.n],
                   (select min(id) from billing_provider), :base + 1 + (g * 7) % 40,
                   case
                     when :asOf - dos > 120 then case
                       when r < 0.82 then 'PAID' when r < 0.87 then 'DENIED'
                       when r < 0.91 then 'PATIENT_BALANCE' when r < 0.94 then 'PARTIALLY_PAID'
                       when r < 0.97 then 'WRITTEN_OFF' when r < 0.99 then 'CLOSED'
                       else 'ACCEPTED' end
                     when :asOf - dos > 30 then case
                       when r < 0.55 then 'PAID' when r < 0.64 then 'DENIED'
                       when r < 0.70 then 'PARTIALLY_PAID' when r < 0.76 then 'PATIENT_BALANCE'
                       when r < 0.88 then 'ACCEPTED' when r < 0.93 then 'SUBMITTED'
                       when r < 0.96 then 'REJECTED' else 'READY_TO_SUBMIT' end
                     else case
                       when r < 0.15 then 'PAID' when r < 0.20 then 'DENIED'
                       when r < 0.45 then 'ACCEPTED' when r < 0.65 then 'SUBMITTED'
                       when r < 0.70 then 'REJECTED' when r < 0.80 then 'READY_TO_SUBMIT'
                       when r < 0.92 then 'IN_REVIEW' else 'EDIT_FAILED' end
                   end,
                   dos,
                   case code when '90837' then 200.00 when '90834' then 150.00
                     when '90832' then 100.00 when '90791' then 250.00 else 120.00 end,
                   dos, dos
            from generated, coverages c
            """)
        .param("base", BASE)
        .param("asOf", AS_OF)
        .param("lines", lines)
        .update();
    // Fresh statistics before each step's triggers plan their joins over what the step before
    // loaded (a live database has autovacuum's; a bulk load outruns it).
    jdbc.sql("analyze claim").update();
    jdbc.sql(
            """
            insert into claim_line (id, claim_id, line_number, procedure_code, units, charge,
                                    date_of_service)
            select id, id, 1,
                   case total_charge when 200.00 then '90837' when 150.00 then '90834'
                     when 100.00 then '90832' when 250.00 then '90791' else 'H0004' end,
                   case when total_charge = 120.00 then 4 else 1 end, total_charge,
                   date_of_service
            from claim where id > :base
            """)
        .param("base", BASE)
        .update();
    jdbc.sql("analyze claim_line").update();
    // One 835 posting per adjudicated claim, 20 to 45 days after the date of service.
    jdbc.sql(
            """
            insert into payment (id, remittance_file_id, claim_id, claim_line_id,
                                 claim_status_code, charge, amount, posted_at)
            select id, :base + 1 + id % 500, id, null,
                   case status when 'DENIED' then '4' else '1' end, total_charge,
                   case status when 'PAID' then total_charge * 0.70
                     when 'CLOSED' then total_charge * 0.70
                     when 'PARTIALLY_PAID' then total_charge * 0.45
                     when 'PATIENT_BALANCE' then total_charge * 0.50
                     when 'WRITTEN_OFF' then total_charge * 0.40 else 0 end,
                   date_of_service + 20 + (id % 26)::int
            from claim
            where id > :base
              and status in ('PAID', 'CLOSED', 'PARTIALLY_PAID', 'PATIENT_BALANCE',
                             'WRITTEN_OFF', 'DENIED')
            """)
        .param("base", BASE)
        .update();
    jdbc.sql("analyze claim, payment").update();
    jdbc.sql(
            """
            insert into adjustment (id, remittance_file_id, claim_id, claim_status_code,
                                    group_code, reason_code, amount, posted_at)
            select id, :base + 1 + id % 500, id, '1', 'CO', '45', total_charge * 0.30,
                   date_of_service + 20 + (id % 26)::int
            from claim
            where id > :base and status in ('PAID', 'CLOSED', 'PARTIALLY_PAID',
                                            'PATIENT_BALANCE', 'WRITTEN_OFF')
            union all
            select :base * 2 + id - :base, :base + 1 + id % 500, id, '4', 'CO',
                   (array['197','50','29','16','97'])[1 + (id % 5)::int], total_charge,
                   date_of_service + 20 + (id % 26)::int
            from claim where id > :base and status in ('DENIED', 'WRITTEN_OFF')
            union all
            select :base * 3 + id - :base, :base + 1 + id % 500, id, '1', 'PR', '2',
                   total_charge * 0.20, date_of_service + 20 + (id % 26)::int
            from claim where id > :base and status = 'PATIENT_BALANCE'
            """)
        .param("base", BASE)
        .update();
    // About 6 % of claims were reworked once; rejected ones went out before.
    jdbc.sql(
            """
            insert into claim_defect (id, claim_id, stage, code, explanation, resolved_at)
            select id, id, case when status = 'REJECTED' then 'ACKNOWLEDGMENT' else 'PAYER_EDIT' end,
                   case when status = 'REJECTED' then 'CLAIM_REJECTED' else 'POS_MISMATCH' end,
                   'generated by ArQueryBenchmark',
                   case when status in ('REJECTED', 'EDIT_FAILED') then null else now() end
            from claim
            where id > :base and (status in ('REJECTED', 'EDIT_FAILED') or id % 17 = 0)
            """)
        .param("base", BASE)
        .update();
    jdbc.sql(
            """
            insert into batch_claim_history (batch_id, claim_id)
            select :base, id from claim
            where id > :base and (status = 'REJECTED' or (status = 'READY_TO_SUBMIT' and id % 3 = 0))
            """)
        .param("base", BASE)
        .update();
    // The payment, adjustment and batch-history inserts went through the triggers that keep the
    // posting totals on the claim (V115), leaving a dead version of most claim rows; autovacuum
    // clears them in a live database, here vacuum does before anything is timed.
    // The load's summary deltas folded in, as the scheduled compaction would within half a minute.
    compaction.compact();
    jdbc.sql("vacuum analyze").update();
    System.out.printf(
        "ArQueryBenchmark: %,d claims generated in %.1f s%n",
        lines, (System.nanoTime() - start) / 1e9);
  }

  @AfterAll
  void cleanUp() {
    for (String table : List.of("batch_claim_history", "claim_defect", "adjustment", "payment")) {
      jdbc.sql("delete from " + table + " where claim_id > :base").param("base", BASE).update();
    }
    // Each deleted claim line checks payment and adjustment for references; vacuum first so those
    // lookups do not wade through the deleted postings' dead tuples.
    jdbc.sql("vacuum payment, adjustment").update();
    jdbc.sql("delete from claim where id > :base").param("base", BASE).update();
    jdbc.sql("delete from claim_batch where id >= :base").param("base", BASE).update();
    jdbc.sql("delete from remittance_file where id > :base").param("base", BASE).update();
    jdbc.sql("delete from clinician where id > :base").param("base", BASE).update();
  }

  @Test
  void agingAndKpisAnswerWithinHalfASecondOnAMillionClaimLines() {
    LocalDate from = AS_OF.minusDays(89);
    String plain =
        "select payer_id, sum(total_charge) from claim where date_of_service <= :asOf"
            + " and status not in ('PAID', 'WRITTEN_OFF', 'VOIDED', 'CLOSED') group by payer_id";
    Supplier<Object> plainAggregate =
        () -> jdbc.sql(plain).param("asOf", AS_OF).query().listOfRows();

    long[] baseline = time(plainAggregate);
    report("aging by payer", time(() -> aging.aging("payer", AS_OF)), baseline);
    report("aging by clinician", time(() -> aging.aging("clinician", AS_OF)), baseline);
    report("aging by category", time(() -> aging.aging("category", AS_OF)), baseline);
    report("KPIs, 90 days", time(() -> kpis.kpis(from, AS_OF)), baseline);
    report("KPIs, 365 days", time(() -> kpis.kpis(AS_OF.minusDays(364), AS_OF)), baseline);
  }

  private void report(String figure, long[] millis, long[] baseline) {
    String line =
        String.format("p50 %d ms, p95 %d ms", percentile(millis, 50), percentile(millis, 95));
    String base =
        String.format(
            "plain group-by: p50 %d ms, p95 %d ms",
            percentile(baseline, 50), percentile(baseline, 95));
    System.out.printf("  %s over %,d claim lines: %s (%s)%n", figure, lines, line, base);
    BenchmarkReport.record(
        String.format("%s, %,d claim lines (%d runs)", figure, lines, runs),
        line,
        base,
        String.format(
            "%.1f", percentile(millis, 95) / (double) Math.max(1, percentile(baseline, 95))),
        "p95 ≤ 500 ms");
  }

  /** Milliseconds of each of {@link #runs} runs, after two unrecorded warm-up runs. */
  private long[] time(Supplier<?> query) {
    query.get();
    query.get();
    long[] millis = new long[runs];
    for (int i = 0; i < runs; i++) {
      long start = System.nanoTime();
      query.get();
      millis[i] = Duration.ofNanos(System.nanoTime() - start).toMillis();
    }
    return millis;
  }

  private static long percentile(long[] values, int p) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
  }
}
