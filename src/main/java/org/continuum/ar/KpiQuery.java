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

  /** Claims billed with a date of service in the period, with what was posted for each. */
  private static final String FACTS =
      """
      cohort as (
        select c.id, c.payer_id, c.rendering_clinician_id, c.total_charge, c.date_of_service
        from claim c
        where c.date_of_service between :from and :to
          and c.status <> 'VOIDED'
          and (c.status in (BILLED, 'PAID', 'WRITTEN_OFF', 'CLOSED')
               or exists (select 1 from batch_claim_history h where h.claim_id = c.id))
      ),
      facts as (
        select k.*,
          exists (select 1 from claim_defect d where d.claim_id = k.id) as reworked,
          exists (select 1 from claim_defect d
                  where d.claim_id = k.id and d.code = 'CLAIM_REJECTED') as rejected,
          exists (select 1 from payment p where p.claim_id = k.id) as adjudicated,
          coalesce((select sum(p.amount) from payment p where p.claim_id = k.id), 0) as paid,
          coalesce((select sum(a.amount) from adjustment a where a.claim_id = k.id
                    and a.group_code = 'CO' and a.reason_code = '45'), 0) as contractual,
          coalesce((select sum(a.amount) from adjustment a where a.claim_id = k.id
                    and a.group_code in ('CO', 'OA', 'PI') and a.reason_code <> '45'
                    and a.amount > 0), 0) as denied,
          (select min(p.posted_at) from payment p
           where p.claim_id = k.id and p.amount > 0)::date as first_paid_on
        from cohort k
      )
      """
          .replace("BILLED", AgingQuery.BILLED_STATUSES);

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
          coalesce((select sum(p.amount) from payment p where p.claim_id = k.id), 0)
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
    Map<String, Object> totals =
        jdbc.sql(
                "with "
                    + FACTS
                    + """
                    select count(*) as billed,
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
                    """)
            .params(period)
            .query()
            .singleRow();
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
        from,
        to,
        kpis,
        DENIAL_RATE_FORMULA,
        denialRates(period, "payer_id", "(select p.name from payer p where p.id = facts.payer_id)"),
        denialRates(
            period,
            "rendering_clinician_id",
            "(select c.first_name || ' ' || c.last_name from clinician c"
                + " where c.id = facts.rendering_clinician_id)"));
  }

  private List<RateByGroup> denialRates(Map<String, Object> period, String key, String label) {
    return jdbc.sql(
            "with "
                + FACTS
                + " select "
                + key
                + "::text as key, "
                + label
                + " as label, coalesce(sum(denied), 0) as denied,"
                + " coalesce(sum(total_charge), 0) as charges from facts group by "
                + key
                + " order by 3 desc, 2")
        .params(period)
        .query(
            (rs, n) -> {
              BigDecimal deniedDollars = money(rs.getBigDecimal("denied"));
              BigDecimal charges = money(rs.getBigDecimal("charges"));
              return new RateByGroup(
                  rs.getString("key"),
                  rs.getString("label"),
                  rate(deniedDollars, charges),
                  deniedDollars,
                  charges);
            })
        .list();
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
