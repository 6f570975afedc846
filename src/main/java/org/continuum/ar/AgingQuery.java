package org.continuum.ar;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.continuum.web.UnprocessableException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Open AR aged from the date of service. A claim is in AR once billed (it went out at least once)
 * and until it is paid in full, written off, voided or closed; claims still being prepared are
 * unbilled work, not receivables. Its open balance is the charge less what payers paid less the
 * contractual adjustments (CO-45): a denial adjustment stays open until it is appealed or written
 * off, and what the payer moved to the patient (PR) stays open as the patient's balance.
 */
@Service
public class AgingQuery {

  public static final List<String> BUCKETS = List.of("0-30", "31-60", "61-90", "91-120", "120+");

  public static final String FORMULA =
      "open balance = total charge - payments - CO-45 contractual adjustments, for billed claims"
          + " not PAID, WRITTEN_OFF, VOIDED or CLOSED with a positive balance; age = as-of date -"
          + " date of service in days; buckets 0-30, 31-60, 61-90, 91-120, 120+";

  /** Statuses a claim only reaches after it went out to a payer. */
  static final String BILLED_STATUSES =
      "'SUBMITTED','ACCEPTED','REJECTED','PARTIALLY_PAID','DENIED','PATIENT_BALANCE'";

  /**
   * Every open claim with its balance, age, bucket and category. A claim still being prepared
   * counts only when it was sent before and came back (its old batch is in the history):
   * reprocessing. The posting totals and whether the claim went out are kept on the claim row by
   * database triggers (migration V115), so the query reads one row per open claim.
   */
  static final String OPEN_CLAIMS =
      """
      open_claim as (
        select c.id as claim_id, c.payer_id, p.name as payer_name,
               c.rendering_clinician_id as clinician_id,
               cl.first_name || ' ' || cl.last_name as clinician_name,
               c.status, c.date_of_service,
               c.total_charge - c.paid_amount - c.contractual_adjustment_amount as balance,
               (:asOf - c.date_of_service) as age_days
        from claim c
        join payer p on p.id = c.payer_id
        join clinician cl on cl.id = c.rendering_clinician_id
        where c.date_of_service <= :asOf
          and c.status not in ('PAID', 'WRITTEN_OFF', 'VOIDED', 'CLOSED')
          and (c.status in (BILLED) or c.ever_billed)
      ),
      aged as (
        select o.*,
               case when age_days <= 30 then '0-30' when age_days <= 60 then '31-60'
                    when age_days <= 90 then '61-90' when age_days <= 120 then '91-120'
                    else '120+' end as bucket,
               case status when 'DENIED' then 'denials'
                           when 'PARTIALLY_PAID' then 'underpayments'
                           when 'PATIENT_BALANCE' then 'patient balance'
                           when 'SUBMITTED' then 'no response'
                           when 'ACCEPTED' then 'no response'
                           else 'reprocessing/rejected' end as category
        from open_claim o
        where balance > 0
      )
      """
          .replace("BILLED", BILLED_STATUSES);

  /**
   * Open AR by payer, clinician, category and bucket from the summary the database keeps (migration
   * V150): the sums per day of service for the last four months and more, per month before that.
   */
  static final String SUMMARY_ROWS =
      """
      open_ar as (
        select s.payer_id, s.clinician_id, s.category, s.open_balance, s.claims,
               case when s.grain = 'M' or :asOf - s.period_start > 120 then '120+'
                    when :asOf - s.period_start > 90 then '91-120'
                    when :asOf - s.period_start > 60 then '61-90'
                    when :asOf - s.period_start > 30 then '31-60'
                    else '0-30' end as bucket
        from ar_summary_current s
        where s.category <> 'not open'
          and ((s.grain = 'M' and s.period_start < :monthCut)
               or (s.grain = 'D' and s.period_start >= :monthCut and s.period_start <= :asOf))
      )
      """;

  private final JdbcClient jdbc;
  private final ClaimProcesses processes;

  AgingQuery(JdbcClient jdbc, ClaimProcesses processes) {
    this.jdbc = jdbc;
    this.processes = processes;
  }

  /** The grouping a manager may ask for, and the SQL key and label of each. */
  enum Grouping {
    PAYER("payer_id::text", "(select p.name from payer p where p.id = g.key::bigint)"),
    CLINICIAN(
        "clinician_id::text",
        "(select c.first_name || ' ' || c.last_name from clinician c where c.id = g.key::bigint)"),
    CATEGORY("category", "g.key");

    final String key;
    final String label;

    Grouping(String key, String label) {
      this.key = key;
      this.label = label;
    }

    static Grouping of(String by) {
      for (Grouping g : values()) {
        if (g.name().equalsIgnoreCase(by)) {
          return g;
        }
      }
      throw new UnprocessableException("by", "must be one of payer, clinician, category");
    }
  }

  @Transactional(readOnly = true)
  public AgingReport aging(String by, LocalDate asOf) {
    Grouping grouping = Grouping.of(by);
    String sql =
        "with "
            + SUMMARY_ROWS
            + ", grouped as (select "
            + grouping.key
            + " as key, bucket, sum(open_balance) as balance, sum(claims) as claims from open_ar"
            + " group by 1, 2 having sum(claims) > 0)"
            + " select g.*, "
            + grouping.label
            + " as label from grouped g";
    Map<String, Accumulator> groups = new LinkedHashMap<>();
    Accumulator total = new Accumulator("total", "Total");
    jdbc.sql(sql)
        .params(summaryRange(asOf))
        .query(
            rs -> {
              String key = rs.getString("key");
              String label = rs.getString("label");
              Accumulator group = groups.computeIfAbsent(key, k -> new Accumulator(k, label));
              BigDecimal balance = rs.getBigDecimal("balance");
              long claims = rs.getLong("claims");
              group.add(rs.getString("bucket"), balance, claims);
              total.add(rs.getString("bucket"), balance, claims);
            });
    List<AgingRow> rows = new ArrayList<>();
    groups.values().stream()
        .map(Accumulator::row)
        .sorted(java.util.Comparator.comparing(AgingRow::total).reversed())
        .forEach(rows::add);
    return new AgingReport(
        asOf,
        grouping.name().toLowerCase(java.util.Locale.ROOT),
        BUCKETS,
        FORMULA,
        rows,
        total.row());
  }

  /**
   * The claims behind one figure, oldest first, at most 500. Every filter is optional; payer and
   * clinician are ids, bucket and category the names the aging report uses.
   */
  @Transactional(readOnly = true)
  public List<AgedClaim> claims(
      LocalDate asOf, String bucket, Long payerId, Long clinicianId, String category) {
    if (bucket != null && !BUCKETS.contains(bucket)) {
      throw new UnprocessableException("bucket", "must be one of " + String.join(", ", BUCKETS));
    }
    StringBuilder sql =
        new StringBuilder("with ").append(OPEN_CLAIMS).append(" select * from aged where true");
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("asOf", asOf);
    if (bucket != null) {
      sql.append(" and bucket = :bucket");
      params.put("bucket", bucket);
    }
    if (payerId != null) {
      sql.append(" and payer_id = :payer");
      params.put("payer", payerId);
    }
    if (clinicianId != null) {
      sql.append(" and clinician_id = :clinician");
      params.put("clinician", clinicianId);
    }
    if (category != null) {
      sql.append(" and category = :category");
      params.put("category", category);
    }
    sql.append(" order by age_days desc, claim_id limit 500");
    List<AgedClaim> rows =
        jdbc.sql(sql.toString())
            .params(params)
            .query(
                (rs, n) ->
                    new AgedClaim(
                        rs.getLong("claim_id"),
                        rs.getLong("payer_id"),
                        rs.getString("payer_name"),
                        rs.getLong("clinician_id"),
                        rs.getString("clinician_name"),
                        rs.getObject("date_of_service", LocalDate.class),
                        rs.getInt("age_days"),
                        rs.getString("bucket"),
                        rs.getString("category"),
                        rs.getString("status"),
                        rs.getBigDecimal("balance").setScale(2, RoundingMode.HALF_UP),
                        null))
            .list();
    Map<Long, String> instances =
        processes.processInstanceIds(rows.stream().map(AgedClaim::claimId).toList());
    return rows.stream()
        .map(
            c ->
                new AgedClaim(
                    c.claimId(),
                    c.payerId(),
                    c.payer(),
                    c.clinicianId(),
                    c.clinician(),
                    c.dateOfService(),
                    c.ageDays(),
                    c.bucket(),
                    c.category(),
                    c.status(),
                    c.balance(),
                    instances.containsKey(c.claimId())
                        ? "/operaton/app/cockpit/default/#/process-instance/"
                            + instances.get(c.claimId())
                        : null))
        .toList();
  }

  /** Open AR over every claim with a date of service on or before the day given. */
  BigDecimal openBalance(LocalDate asOf) {
    return jdbc.sql("with " + SUMMARY_ROWS + " select coalesce(sum(open_balance), 0) from open_ar")
        .params(summaryRange(asOf))
        .query(BigDecimal.class)
        .single()
        .setScale(2, RoundingMode.HALF_UP);
  }

  /**
   * The day rows from the first of the month 120 days before the as-of date, the month rows before
   * it: every claim of a month row is more than 120 days old on the as-of date.
   */
  private static Map<String, Object> summaryRange(LocalDate asOf) {
    return Map.of("asOf", asOf, "monthCut", asOf.minusDays(120).withDayOfMonth(1));
  }

  private static final class Accumulator {
    final String key;
    final String label;
    final Map<String, BigDecimal> buckets = new LinkedHashMap<>();
    BigDecimal total = BigDecimal.ZERO.setScale(2);
    long claims;

    Accumulator(String key, String label) {
      this.key = key;
      this.label = label;
      BUCKETS.forEach(b -> buckets.put(b, BigDecimal.ZERO.setScale(2)));
    }

    void add(String bucket, BigDecimal balance, long count) {
      BigDecimal amount = balance.setScale(2, RoundingMode.HALF_UP);
      buckets.merge(bucket, amount, BigDecimal::add);
      total = total.add(amount);
      claims += count;
    }

    AgingRow row() {
      return new AgingRow(key, label, new LinkedHashMap<>(buckets), total, claims);
    }
  }
}
