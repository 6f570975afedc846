package org.continuum.ar;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.continuum.web.UnprocessableException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The manager's figures: aging, the claims behind a figure, and the KPIs. Each answers JSON, or CSV
 * when asked with {@code Accept: text/csv}, for the spreadsheet the figures end up in anyway.
 */
@RestController
class ArController {

  private static final String AGING_DOC =
      "Open AR by payer, rendering clinician or work category, in age buckets. "
          + AgingQuery.FORMULA
          + ". Category: DENIED = denials, PARTIALLY_PAID = underpayments, PATIENT_BALANCE ="
          + " patient balance, SUBMITTED/ACCEPTED = no response, REJECTED or back in preparation"
          + " after a rejection = reprocessing/rejected. Accept: text/csv gives the same table as"
          + " CSV.";

  private static final String AGED_CLAIMS_DOC =
      "The claims behind one aging figure, oldest first, at most 500, each with its Cockpit link."
          + " Same formula as the aging: "
          + AgingQuery.FORMULA
          + ". Accept: text/csv gives CSV.";

  private static final String KPI_DOC =
      "Revenue-cycle KPIs over a cohort: billed claims with a date of service in [from, to]"
          + " (default the 90 days to today). A denial adjustment is group CO, OA or PI other than"
          + " CO-45 with a positive amount. Clean-claim rate (target >= 95 %) = "
          + KpiQuery.CLEAN_CLAIM_FORMULA
          + ". First-pass yield (target >= 90 %) = "
          + KpiQuery.FIRST_PASS_FORMULA
          + ". Denial rate (target <= 5 %; also by payer and by clinician) = "
          + KpiQuery.DENIAL_RATE_FORMULA
          + ". Days in AR (target <= 35) = "
          + KpiQuery.DAYS_IN_AR_FORMULA
          + ". Net collection rate (target >= 95 %) = "
          + KpiQuery.NET_COLLECTION_FORMULA
          + ". Average days to payment (target <= 30) = "
          + KpiQuery.DAYS_TO_PAYMENT_FORMULA
          + ". Underpayment variance found = "
          + KpiQuery.UNDERPAYMENT_FOUND_FORMULA
          + ". Underpayment variance recovered = "
          + KpiQuery.UNDERPAYMENT_RECOVERED_FORMULA
          + ". Authorization utilisation = "
          + KpiQuery.AUTHORIZATION_FORMULA
          + ". Every figure also carries its formula, numerator and denominator. Accept: text/csv"
          + " gives CSV.";

  private static final String CSV = "text/csv";
  private static final MediaType CSV_UTF8 = MediaType.parseMediaType("text/csv;charset=UTF-8");

  private final AgingQuery aging;
  private final KpiQuery kpis;
  private final Clock clock;

  ArController(AgingQuery aging, KpiQuery kpis) {
    this.aging = aging;
    this.kpis = kpis;
    this.clock = Clock.systemDefaultZone();
  }

  @Operation(summary = "Open AR aged from the date of service", description = AGING_DOC)
  @GetMapping(value = "/api/ar/aging", produces = MediaType.APPLICATION_JSON_VALUE)
  AgingReport aging(
      @Parameter(description = "payer, clinician or category") @RequestParam(defaultValue = "payer")
          String by,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate asOf) {
    return aging.aging(by, asOf == null ? LocalDate.now(clock) : asOf);
  }

  @Operation(summary = "Open AR aged from the date of service", description = AGING_DOC)
  @GetMapping(value = "/api/ar/aging", produces = CSV)
  ResponseEntity<String> agingCsv(
      @Parameter(description = "payer, clinician or category") @RequestParam(defaultValue = "payer")
          String by,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate asOf) {
    AgingReport report = aging(by, asOf);
    Csv csv = new Csv();
    List<Object> header = new ArrayList<>(List.of(report.by(), "label"));
    header.addAll(report.buckets());
    header.addAll(List.of("total", "claims"));
    csv.row(header);
    List<AgingRow> rows = new ArrayList<>(report.rows());
    rows.add(report.total());
    for (AgingRow row : rows) {
      List<Object> cells = new ArrayList<>(List.of(row.key(), row.label()));
      report.buckets().forEach(b -> cells.add(row.buckets().get(b)));
      cells.add(row.total());
      cells.add(row.claims());
      csv.row(cells);
    }
    return csv(csv);
  }

  @Operation(summary = "The claims behind an aging figure", description = AGED_CLAIMS_DOC)
  @GetMapping(value = "/api/ar/aging/claims", produces = MediaType.APPLICATION_JSON_VALUE)
  List<AgedClaim> agedClaims(
      @RequestParam(required = false) String bucket,
      @RequestParam(required = false) Long payer,
      @RequestParam(required = false) Long clinician,
      @RequestParam(required = false) String category,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate asOf) {
    return aging.claims(
        asOf == null ? LocalDate.now(clock) : asOf, bucket, payer, clinician, category);
  }

  @Operation(summary = "The claims behind an aging figure", description = AGED_CLAIMS_DOC)
  @GetMapping(value = "/api/ar/aging/claims", produces = CSV)
  ResponseEntity<String> agedClaimsCsv(
      @RequestParam(required = false) String bucket,
      @RequestParam(required = false) Long payer,
      @RequestParam(required = false) Long clinician,
      @RequestParam(required = false) String category,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate asOf) {
    Csv csv =
        new Csv()
            .row(
                "claimId",
                "payer",
                "clinician",
                "dateOfService",
                "ageDays",
                "bucket",
                "category",
                "status",
                "balance");
    for (AgedClaim c : agedClaims(bucket, payer, clinician, category, asOf)) {
      csv.row(
          c.claimId(),
          c.payer(),
          c.clinician(),
          c.dateOfService().toString(),
          c.ageDays(),
          c.bucket(),
          c.category(),
          c.status(),
          c.balance());
    }
    return csv(csv);
  }

  @Operation(summary = "Revenue-cycle KPIs with their formulas", description = KPI_DOC)
  @GetMapping(value = "/api/kpis", produces = MediaType.APPLICATION_JSON_VALUE)
  KpiReport kpis(
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
    LocalDate end = to == null ? LocalDate.now(clock) : to;
    LocalDate start = from == null ? end.minusDays(89) : from;
    if (start.isAfter(end)) {
      throw new UnprocessableException("from", "must be on or before to (" + end + ")");
    }
    return kpis.kpis(start, end);
  }

  @Operation(summary = "Revenue-cycle KPIs with their formulas", description = KPI_DOC)
  @GetMapping(value = "/api/kpis", produces = CSV)
  ResponseEntity<String> kpisCsv(
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
    KpiReport report = kpis(from, to);
    Csv csv =
        new Csv()
            .row(
                "kpi",
                "scope",
                "value",
                "unit",
                "target",
                "targetDirection",
                "numerator",
                "denominator",
                "formula");
    for (Kpi k : report.kpis()) {
      csv.row(
          k.key(),
          "all",
          k.value(),
          k.unit(),
          k.target(),
          k.targetDirection(),
          k.numerator(),
          k.denominator(),
          k.formula());
    }
    for (RateByGroup r : report.denialRateByPayer()) {
      csv.row(
          "denialRate",
          "payer " + r.label(),
          r.value(),
          "%",
          null,
          null,
          r.numerator(),
          r.denominator(),
          report.denialRateFormula());
    }
    for (RateByGroup r : report.denialRateByClinician()) {
      csv.row(
          "denialRate",
          "clinician " + r.label(),
          r.value(),
          "%",
          null,
          null,
          r.numerator(),
          r.denominator(),
          report.denialRateFormula());
    }
    return csv(csv);
  }

  private static ResponseEntity<String> csv(Csv csv) {
    return ResponseEntity.ok().contentType(CSV_UTF8).body(csv.toString());
  }
}
