package org.continuum.workflow;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.continuum.support.AcceptedClaims;
import org.continuum.support.BenchmarkReport;
import org.continuum.support.ClaimWorld;
import org.continuum.support.IntegrationTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The catch-up's minute queries ({@link ClaimCatchUp}) on a large book: {@code bench.claims}
 * (50,000) claims, each with a claim-lifecycle instance waiting for its remittance, a tenth of them
 * behind (paid, the message lost), plus a thousand denied claims, a tenth of them with no
 * denial-work. The engine's rows are written straight into act_ru_execution (the shape the engine
 * writes for a process waiting at a receive task), all inside one transaction that is rolled back:
 * no engine ever sees them. The plans are printed; the figures are EXPLAIN ANALYZE's execution
 * times, the query the catch-up ran before (joining the claim on {@code c.id::text =
 * business_key_}) as baseline.
 */
@IntegrationTest
@Tag("benchmark")
class ClaimCatchUpBenchmark {

  /** The minute query as it was: the claim joined on its id as text. */
  static final String BEHIND_BEFORE =
      """
      select c.id, e.act_id_, c.status
      from act_ru_execution e
      join act_ru_execution p on p.id_ = e.proc_inst_id_
      join act_re_procdef d on d.id_ = p.proc_def_id_ and d.key_ = :key
      join claim c on c.id::text = p.business_key_
      where e.is_active_ = true
        and c.updated_at < now() - make_interval(secs => :grace)
        and ((e.act_id_ = :batched
              and c.status not in ('IN_REVIEW', 'DOCUMENTATION_QUERY', 'AWAITING_AUTHORIZATION',
                                   'EDIT_FAILED', 'READY_TO_SUBMIT')
              and exists (select 1 from batch_claim b where b.claim_id = c.id))
          or (e.act_id_ = :acknowledgment
              and c.status in ('ACCEPTED', 'REJECTED', 'PAID', 'PARTIALLY_PAID', 'DENIED',
                               'PATIENT_BALANCE'))
          or (e.act_id_ = :remittance
              and c.status in ('PAID', 'PARTIALLY_PAID', 'DENIED', 'PATIENT_BALANCE')))
      order by c.id
      """;

  private static final Pattern EXECUTION_TIME = Pattern.compile("Execution Time: ([0-9.]+) ms");

  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate transactions;
  @Autowired ClaimCatchUp catchUp;
  @Autowired ClaimWorld.Repositories repositories;

  @Test
  void theMinuteQueriesOnFiftyThousandWaitingClaims() {
    int claims = Integer.getInteger("bench.claims", 50_000);
    ClaimWorld world = new ClaimWorld(repositories);
    ClaimWorld.Insured insured = world.patientCoveredBy(world.medicaid());
    long clinician = world.lcsw(null).getId();
    transactions.executeWithoutResult(
        status -> {
          List<Long> ids = AcceptedClaims.insert(jdbc, insured, clinician, claims, "90834::130.00");
          long first = ids.get(0);
          long last = ids.get(ids.size() - 1);
          String definition =
              jdbc.sql(
                      "select id_ from act_re_procdef where key_ = ? order by version_ desc"
                          + " limit 1")
                  .param(ClaimLifecycleProcess.KEY)
                  .query(String.class)
                  .single();
          jdbc.sql(
                  """
                  update claim set updated_at = now() - interval '30 days'
                  where id between ? and ? and patient_id = ?
                  """)
              .params(first, last, insured.patientId())
              .update();
          // paid within the hour, their remittance message lost
          jdbc.sql(
                  """
                  update claim set updated_at = now() - interval '10 minutes', status = 'PAID'
                  where id in (select id from claim where id between ? and ? and patient_id = ?
                               order by id limit ?)
                  """)
              .params(first, last, insured.patientId(), claims / 100)
              .update();
          jdbc.sql(
                  """
                  insert into act_ru_execution (id_, rev_, root_proc_inst_id_, proc_inst_id_,
                      business_key_, proc_def_id_, act_id_, is_active_, is_concurrent_, is_scope_,
                      is_event_scope_, suspension_state_, cached_ent_state_, sequence_counter_)
                  select 'bench-' || id, 1, 'bench-' || id, 'bench-' || id, id::text, ?, ?, true,
                         false, true, false, 1, 0, 1
                  from claim where id between ? and ? and patient_id = ?
                  """)
              .params(
                  definition,
                  ClaimLifecycleProcess.REMITTANCE_RECEIVED,
                  first,
                  last,
                  insured.patientId())
              .update();
          List<Long> denied =
              AcceptedClaims.insert(jdbc, insured, clinician, 1_000, "90834::130.00");
          jdbc.sql(
                  """
                  insert into claim_action (id, claim_id, action, actor, note)
                  select nextval('claim_action_seq'), id, 'APPEAL', 'lead', 'bench'
                  from claim where id between ? and ? and patient_id = ?
                  order by id offset 100
                  """)
              .params(denied.get(0), denied.get(denied.size() - 1), insured.patientId())
              .update();
          jdbc.sql(
                  """
                  update claim set status = 'DENIED', updated_at = now() - interval '1 day'
                  where id between ? and ? and patient_id = ?
                  """)
              .params(denied.get(0), denied.get(denied.size() - 1), insured.patientId())
              .update();
          jdbc.sql("analyze claim").update();
          jdbc.sql("analyze act_ru_execution").update();
          jdbc.sql("analyze claim_action").update();

          Map<String, Object> week = catchUp.behindParameters(Duration.ofDays(7));
          double before = explain("catch-up, before", BEHIND_BEFORE, week);
          double after = explain("catch-up, now (7-day window)", ClaimCatchUp.BEHIND, week);
          double sweep =
              explain(
                  "catch-up, now (a node's first, full sweep)",
                  ClaimCatchUp.BEHIND,
                  catchUp.behindParameters(Duration.ofDays(36_500)));
          double denials =
              explain(
                  "denial catch-up",
                  ClaimCatchUp.UNWORKED_DENIALS,
                  catchUp.unworkedDenialParameters());
          BenchmarkReport.record(
              "Catch-up minute query, " + claims + " waiting claims (ms)",
              String.format("%.1f", after),
              String.format("%.1f", before),
              String.format("%.2f", after / before),
              "index lookups, no scan of claim");
          BenchmarkReport.record(
              "Catch-up first sweep after a start, " + claims + " waiting claims (ms)",
              String.format("%.1f", sweep),
              String.format("%.1f", before),
              String.format("%.2f", sweep / before),
              "once per node start");
          BenchmarkReport.record(
              "Denial catch-up query, 1,000 denied claims (ms)",
              String.format("%.1f", denials),
              "",
              "",
              "");
          status.setRollbackOnly();
        });
  }

  private double explain(String name, String sql, Map<String, Object> parameters) {
    // the second run is the one a minute's schedule sees: the pages are cached
    Map<String, Object> known = new java.util.HashMap<>(parameters);
    if (!sql.contains(":window")) {
      known.remove("window");
    }
    jdbc.sql("explain (analyze, buffers) " + sql).params(known).query(String.class).list();
    List<String> plan =
        jdbc.sql("explain (analyze, buffers) " + sql).params(known).query(String.class).list();
    System.out.println("---- " + name + " ----\n" + String.join("\n", plan));
    Matcher time = EXECUTION_TIME.matcher(String.join("\n", plan));
    return time.find() ? Double.parseDouble(time.group(1)) : Double.NaN;
  }
}
