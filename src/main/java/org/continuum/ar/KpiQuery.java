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
   * The figures of the claims billed with a date of service in the period, summed from the summary
   * the database keeps (migration V150): month rows for the whole months of the period, day rows
   * for the days before and after them. The totals of the period are grouping set 3, the figures by
   * payer 1 and by clinician 2.
   */
  private static final String FIGURES =
      """
      with figures as (
        select grouping(payer_id, clinician_id) as grouping_set, payer_id, clinician_id,
          coalesce(sum(claims), 0) as billed,
          coalesce(sum(clean_claims), 0) as clean,
          coalesce(sum(adjudicated_claims), 0) as adjudicated,
          coalesce(sum(first_pass_claims), 0) as first_pass,
          coalesce(sum(charges), 0) as charges,
          coalesce(sum(paid), 0) as paid,
          coalesce(sum(contractual), 0) as contractual,
          coalesce(sum(denied), 0) as denied,
          coalesce(sum(paid_claims), 0) as paid_claims,
          coalesce(sum(days_to_payment), 0) as days_to_payment,
          coalesce(sum(underpaid_claims), 0) as underpaid_claims,
          coalesce(sum(underpayment_found), 0) as underpayment_found,
          coalesce(sum(underpayment_recovered), 0) as underpayment_recovered
        from ar_summary_current
        where (grain = 'M' and period_start >= :monthsFrom and period_start < :monthsTo)
           or (grain = 'D' and ((period_start >= :from and period_start < :monthsFrom)
                                or (period_start >= :monthsTo and period_start <= :to)))
        group by grouping sets ((), (payer_id), (clinician_id))
        having grouping(payer_id, clinician_id) = 3 or sum(claims) > 0
      )
      select f.*,
        case f.grouping_set
          when 1 then f.payer_id::text when 2 then f.clinician_id::text end as key,
        case f.grouping_set
          when 1 then (select p.name from payer p where p.id = f.payer_id)
          when 2 then (select c.first_name || ' ' || c.last_name from clinician c
                       where c.id = f.clinician_id) end as label
      from figures f
      order by f.grouping_set desc, f.denied desc, label
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
        jdbc.sql(FIGURES).params(summaryRange(from, to)).query().listOfRows();
    Map<String, Object> totals =
        figures.stream()
            .filter(row -> grouping(row) == 3)
            .findFirst()
            .orElseThrow(); // an empty cohort still has its grand total row
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
            money(totals.get("underpayment_found")),
            "USD",
            null,
            null,
            money(totals.get("underpayment_found")),
            count(totals.get("underpaid_claims")),
            UNDERPAYMENT_FOUND_FORMULA));
    kpis.add(
        new Kpi(
            "underpaymentVarianceRecovered",
            "Underpayment variance recovered",
            money(totals.get("underpayment_recovered")),
            "USD",
            null,
            null,
            money(totals.get("underpayment_recovered")),
            money(totals.get("underpayment_found")),
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

  /**
   * The whole months of the period [monthsFrom, monthsTo) and the period itself; without a whole
   * month both month bounds are the day after the period, so the day rows cover all of it.
   */
  private static Map<String, Object> summaryRange(LocalDate from, LocalDate to) {
    LocalDate monthsFrom = from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
    LocalDate monthsTo = to.plusDays(1).withDayOfMonth(1);
    if (!monthsFrom.isBefore(monthsTo)) {
      monthsFrom = to.plusDays(1);
      monthsTo = monthsFrom;
    }
    return Map.of("from", from, "to", to, "monthsFrom", monthsFrom, "monthsTo", monthsTo);
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
