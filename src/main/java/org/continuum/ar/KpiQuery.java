package org.continuum.ar;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The revenue-cycle KPIs for the claims of a period, with the formulas from the domain fact sheet
 * (section 10). The period is a cohort: claims billed with a date of service in [from, to], so
 * every figure of one report speaks about the same claims and a late payment still counts for the
 * month the service was given. A denial is an adjustment in group CO, OA or PI other than the
 * contractual CO-45 (the same test the remittance posting uses); rework is any defect ever raised
 * on the claim, before submission or by a 999/277CA rejection.
 */
@Service
public class KpiQuery {

  static final String CLEAN_CLAIM_FORMULA =
      "billed claims never reworked (no defect raised by review, authorization check, payer edits"
          + " or a 999/277CA rejection) / billed claims x 100";
  static final String FIRST_PASS_FORMULA =
      "adjudicated claims paid (payments > 0) on the first submission, never rejected and without"
          + " any denial adjustment / adjudicated claims (claims with an 835 posting) x 100";
  static final String DENIAL_RATE_FORMULA =
      "denied dollars (adjustments in group CO, OA or PI other than CO-45, amount > 0) / billed"
          + " charges x 100";
  static final String DAYS_IN_AR_FORMULA =
      "open AR on the 'to' date (aging total as of 'to') / (billed charges of the period / days in"
          + " the period)";
  static final String NET_COLLECTION_FORMULA =
      "payments (net of reversals) / (billed charges - CO-45 contractual adjustments) x 100";
  static final String DAYS_TO_PAYMENT_FORMULA =
      "average over paid claims of (date of the first positive payment posting - date of"
          + " service), in days";
  static final String UNDERPAYMENT_FOUND_FORMULA =
      "sum over adjudicated, not denied claims whose lines are all priced by the fee schedule in"
          + " force on the date of service of max(0, contracted amount x units - allowed on the"
          + " first 835), allowed = payments + PR patient responsibility (the charge less CO-45"
          + " and other payer write-offs)";
  static final String UNDERPAYMENT_RECOVERED_FORMULA =
      "sum over the same claims of min(variance found, max(0, allowed now - allowed on the first"
          + " 835)): what later 835s (reprocessing after an underpayment was worked) brought back";
  static final String AUTHORIZATION_FORMULA =
      "units used / units approved x 100, over authorizations whose dates overlap the period";

  /**
   * Claims billed with a date of service in the period, with what was posted for each: the posting
   * totals are kept on the claim row by database triggers (migration V115); defects are read once
   * per query, grouped by claim.
   */
  private static final String FACTS =
      """
      cohort as (
        select c.id, c.payer_id, c.rendering_clinician_id, c.total_charge, c.date_of_service,
               c.adjudicated, c.paid_amount as paid,
               c.contractual_adjustment_amount as contractual, c.denied_amount as denied,
               c.first_paid_at::date as first_paid_on
        from claim c
        where c.date_of_service between :from and :to
          and c.status <> 'VOIDED'
          and (c.status in (BILLED, 'PAID', 'WRITTEN_OFF', 'CLOSED') or c.ever_billed)
      ),
      facts as (
        select k.*, d.claim_id is not null as reworked, coalesce(d.rejected, false) as rejected
        from cohort k
        left join (select claim_id, bool_or(code = 'CLAIM_REJECTED') as rejected
                   from claim_defect group by claim_id) d on d.claim_id = k.id
      )
      """
          .replace("BILLED", AgingQuery.BILLED_STATUSES);

  /**
   * The totals of the period (grouping 3), and the denied dollars and charges by payer (1) and by
   * clinician (2), from one pass over the facts.
   */
  private static final String FIGURES =
      """
      , figures as (
        select grouping(payer_id, rendering_clinician_id) as grouping_set,
          payer_id, rendering_clinician_id,
          count(*) as billed,
          count(*) filter (where not reworked) as clean,
          count(*) filter (where adjudicated) as adjudicated,
          count(*) filter (where adjudicated and not rejected and denied = 0
                           and paid > 0) as first_pass,
          coalesce(sum(total_charge), 0) as charges,
          coalesce(sum(paid), 0) as paid,
          coalesce(sum(contractual), 0) as contractual,
          coalesce(sum(denied), 0) as denied,
          count(first_paid_on) as paid_claims,
          coalesce(sum(first_paid_on - date_of_service), 0) as days_to_payment
        from facts
        group by grouping sets ((), (payer_id), (rendering_clinician_id))
      )
      select f.*,
        case f.grouping_set
          when 1 then f.payer_id::text when 2 then f.rendering_clinician_id::text end as key,
        case f.grouping_set
          when 1 then (select p.name from payer p where p.id = f.payer_id)
          when 2 then (select c.first_name || ' ' || c.last_name from clinician c
                       where c.id = f.rendering_clinician_id) end as label
      from figures f
      order by f.grouping_set desc, f.denied desc, label
      """;

  private static final String UNDERPAYMENTS =
      """
      , priced as (
        select k.id, sum(e.contracted_amount * l.units) as contracted,
               count(*) as lines, count(e.id) as priced_lines
        from cohort k
        join claim_line l on l.claim_id = k.id
        left join lateral (
          select f.id from fee_schedule f
          where f.payer_id = k.payer_id and f.effective_from <= k.date_of_service
            and (f.effective_to is null or f.effective_to >= k.date_of_service)
          order by f.effective_from desc limit 1) fs on true
        left join lateral (
          select e.id, e.contracted_amount from fee_schedule_entry e
          where e.fee_schedule_id = fs.id and e.procedure_code = l.procedure_code
            and e.modifier in (coalesce(l.modifiers ->> 0, ''), '')
          order by e.modifier = '' limit 1) e on true
        where k.adjudicated
        group by k.id
      ),
      first_file as (
        select p.claim_id, min(p.remittance_file_id) as file_id
        from payment p join cohort k on k.id = p.claim_id group by p.claim_id
      ),
      variance as (
        select pr.contracted,
          coalesce((select sum(p.amount) from payment p
            where p.claim_id = k.id and p.remittance_file_id = ff.file_id), 0)
          + coalesce((select sum(a.amount) from adjustment a
            where a.claim_id = k.id and a.remittance_file_id = ff.file_id
              and a.group_code = 'PR'), 0) as allowed_first,
          k.paid
          + coalesce((select sum(a.amount) from adjustment a
            where a.claim_id = k.id and a.group_code = 'PR'), 0) as allowed_now,
          exists (select 1 from adjustment a
            where a.claim_id = k.id and a.remittance_file_id = ff.file_id
              and a.group_code in ('CO', 'OA', 'PI') and a.reason_code <> '45'
              and a.amount > 0) as denied_first
        from cohort k
        join priced pr on pr.id = k.id and pr.lines = pr.priced_lines
        join first_file ff on ff.claim_id = k.id
      )
      select coalesce(sum(greatest(contracted - allowed_first, 0)), 0) as found,
             coalesce(sum(least(greatest(contracted - allowed_first, 0),
                                greatest(allowed_now - allowed_first, 0))), 0) as recovered,
             count(*) filter (where contracted > allowed_first) as claims
      from variance where not denied_first
      """;

  private final JdbcClient jdbc;
  private final AgingQuery aging;

  KpiQuery(JdbcClient jdbc, AgingQuery aging) {
    this.jdbc = jdbc;
    this.aging = aging;
  }

  @Transactional(readOnly = true)
  public KpiReport kpis(LocalDate from, LocalDate to) {
    Map<String, Object> period = Map.of("from", from, "to", to);
    List<Map<String, Object>> figures =
        jdbc.sql("with " + FACTS + FIGURES).params(period).query().listOfRows();
    Map<String, Object> totals =
        figures.stream()
            .filter(row -> grouping(row) == 3)
            .findFirst()
            .orElseThrow(); // an empty cohort still has its grand total row
    Map<String, Object> underpaid =
        jdbc.sql("with " + FACTS + UNDERPAYMENTS).params(period).query().singleRow();
    Map<String, Object> authorizations =
        jdbc.sql(
                """
                select coalesce(sum(units_used), 0) as used,
                       coalesce(sum(units_approved), 0) as approved
                from authorization_grant
                where start_date <= :to and end_date >= :from and units_approved > 0
                """)
            .params(period)
            .query()
            .singleRow();

    BigDecimal charges = money(totals.get("charges"));
    BigDecimal paid = money(totals.get("paid"));
    BigDecimal contractual = money(totals.get("contractual"));
    BigDecimal denied = money(totals.get("denied"));
    BigDecimal days = BigDecimal.valueOf(ChronoUnit.DAYS.between(from, to) + 1);
    BigDecimal openAr = aging.openBalance(to);
    BigDecimal dailyCharges =
        charges.divide(days, 6, RoundingMode.HALF_UP); // kept exact until the final division

    List<Kpi> kpis = new ArrayList<>();
    kpis.add(
        percent(
            "cleanClaimRate",
            "Clean-claim rate",
            count(totals.get("clean")),
            count(totals.get("billed")),
            "95",
            "at least",
            CLEAN_CLAIM_FORMULA));
    kpis.add(
        percent(
            "firstPassYield",
            "First-pass yield",
            count(totals.get("first_pass")),
            count(totals.get("adjudicated")),
            "90",
            "at least",
            FIRST_PASS_FORMULA));
    kpis.add(
        percent("denialRate", "Denial rate", denied, charges, "5", "at most", DENIAL_RATE_FORMULA));
    kpis.add(
        new Kpi(
            "daysInAr",
            "Days in AR",
            dailyCharges.signum() == 0
                ? null
                : openAr.divide(dailyCharges, 1, RoundingMode.HALF_UP),
            "days",
            new BigDecimal("35"),
            "at most",
            openAr,
            dailyCharges.setScale(2, RoundingMode.HALF_UP),
            DAYS_IN_AR_FORMULA));
    kpis.add(
        percent(
            "netCollectionRate",
            "Net collection rate",
            paid,
            charges.subtract(contractual),
            "95",
            "at least",
            NET_COLLECTION_FORMULA));
    BigDecimal paidClaims = count(totals.get("paid_claims"));
    BigDecimal daysToPayment = count(totals.get("days_to_payment"));
    kpis.add(
        new Kpi(
            "averageDaysToPayment",
            "Average days to payment",
            paidClaims.signum() == 0
                ? null
                : daysToPayment.divide(paidClaims, 1, RoundingMode.HALF_UP),
            "days",
            new BigDecimal("30"),
            "at most",
            daysToPayment,
            paidClaims,
            DAYS_TO_PAYMENT_FORMULA));
    kpis.add(
        new Kpi(
            "underpaymentVarianceFound",
            "Underpayment variance found",
            money(underpaid.get("found")),
            "USD",
            null,
            null,
            money(underpaid.get("found")),
            count(underpaid.get("claims")),
            UNDERPAYMENT_FOUND_FORMULA));
    kpis.add(
        new Kpi(
            "underpaymentVarianceRecovered",
            "Underpayment variance recovered",
            money(underpaid.get("recovered")),
            "USD",
            null,
            null,
            money(underpaid.get("recovered")),
            money(underpaid.get("found")),
            UNDERPAYMENT_RECOVERED_FORMULA));
    kpis.add(
        percent(
            "authorizationUtilisation",
            "Authorization utilisation",
            count(authorizations.get("used")),
            count(authorizations.get("approved")),
            null,
            null,
            AUTHORIZATION_FORMULA));

    return new KpiReport(
        from, to, kpis, DENIAL_RATE_FORMULA, denialRates(figures, 1), denialRates(figures, 2));
  }

  private static int grouping(Map<String, Object> row) {
    return ((Number) row.get("grouping_set")).intValue();
  }

  /** Denied dollars over charges for each payer (grouping set 1) or clinician (2). */
  private static List<RateByGroup> denialRates(List<Map<String, Object>> figures, int set) {
    return figures.stream()
        .filter(row -> grouping(row) == set)
        .map(
            row -> {
              BigDecimal deniedDollars = money(row.get("denied"));
              BigDecimal charges = money(row.get("charges"));
              return new RateByGroup(
                  (String) row.get("key"),
                  (String) row.get("label"),
                  rate(deniedDollars, charges),
                  deniedDollars,
                  charges);
            })
        .toList();
  }

  private static Kpi percent(
      String key,
      String label,
      BigDecimal numerator,
      BigDecimal denominator,
      String target,
      String direction,
      String formula) {
    return new Kpi(
        key,
        label,
        rate(numerator, denominator),
        "%",
        target == null ? null : new BigDecimal(target),
        direction,
        numerator,
        denominator,
        formula);
  }

  static BigDecimal rate(BigDecimal numerator, BigDecimal denominator) {
    return denominator.signum() == 0
        ? null
        : numerator.multiply(BigDecimal.valueOf(100)).divide(denominator, 2, RoundingMode.HALF_UP);
  }

  private static BigDecimal money(Object value) {
    return value == null
        ? BigDecimal.ZERO.setScale(2)
        : new BigDecimal(value.toString()).setScale(2, RoundingMode.HALF_UP);
  }

  private static BigDecimal count(Object value) {
    return value == null ? BigDecimal.ZERO : new BigDecimal(value.toString());
  }
}
