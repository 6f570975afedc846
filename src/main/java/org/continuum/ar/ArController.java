package org.continuum.ar;

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

  @GetMapping(value = "/api/ar/aging", produces = MediaType.APPLICATION_JSON_VALUE)
  AgingReport aging(
      @RequestParam(defaultValue = "payer") String by,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate asOf) {
    return aging.aging(by, asOf == null ? LocalDate.now(clock) : asOf);
  }

  @GetMapping(value = "/api/ar/aging", produces = CSV)
  ResponseEntity<String> agingCsv(
      @RequestParam(defaultValue = "payer") String by,
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
