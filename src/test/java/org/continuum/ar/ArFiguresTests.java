package org.continuum.ar;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.stream.StreamSupport;
import org.continuum.support.DemoLogins;
import org.continuum.support.IntegrationTest;
import org.continuum.support.JsonApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Aging and KPIs over the hand-computed 2011 book of {@link ArWorld}. */
@IntegrationTest
class ArFiguresTests {

  @Autowired TestRestTemplate http;
  @Autowired JdbcClient jdbc;

  ArWorld world;
  JsonApi manager;

  @BeforeEach
  void seed() {
    world = ArWorld.seed(jdbc, JsonApi.as(http, "admin"));
    manager = JsonApi.as(http, "manager");
  }

  @Test
  void agesOpenBalancesByPayerFromTheDateOfService() {
    JsonNode report = manager.get("/api/ar/aging?by=payer&asOf=2011-06-30").getBody();

    assertThat(report.get("formula").asText()).contains("CO-45").contains("date of service");
    assertThat(buckets(row(report, world.payerA)))
        .containsExactly("100.00", "200.00", "20.00", "0.00", "0.00");
    assertThat(row(report, world.payerA).get("total").decimalValue()).isEqualByComparingTo("320");
    assertThat(row(report, world.payerA).get("claims").asLong()).isEqualTo(3);
    assertThat(buckets(row(report, world.payerB)))
        .containsExactly("0.00", "0.00", "0.00", "80.00", "30.00");
    assertThat(report.get("total").get("total").decimalValue()).isEqualByComparingTo("430");
  }

  @Test
  void groupsByClinicianAndByCategory() {
    JsonNode byClinician = manager.get("/api/ar/aging?by=clinician&asOf=2011-06-30").getBody();
    assertThat(buckets(row(byClinician, world.clinicianX)))
        .containsExactly("100.00", "200.00", "0.00", "80.00", "0.00");
    assertThat(buckets(row(byClinician, world.clinicianY)))
        .containsExactly("0.00", "0.00", "20.00", "0.00", "30.00");

    JsonNode byCategory = manager.get("/api/ar/aging?by=category&asOf=2011-06-30").getBody();
    assertThat(total(byCategory, "no response")).isEqualByComparingTo("100.00");
    assertThat(total(byCategory, "denials")).isEqualByComparingTo("200.00");
    assertThat(total(byCategory, "underpayments")).isEqualByComparingTo("20.00");
    assertThat(total(byCategory, "reprocessing/rejected")).isEqualByComparingTo("80.00");
    assertThat(total(byCategory, "patient balance")).isEqualByComparingTo("30.00");
  }

  @Test
  void listsTheClaimsBehindABar() {
    JsonNode claims =
        manager
            .get("/api/ar/aging/claims?asOf=2011-06-30&bucket=31-60&payer=" + world.payerA)
            .getBody();

    assertThat(claims).hasSize(1);
    assertThat(claims.get(0).get("claimId").asLong()).isEqualTo(world.c2);
    assertThat(claims.get(0).get("ageDays").asInt()).isEqualTo(51);
    assertThat(claims.get(0).get("category").asText()).isEqualTo("denials");
    assertThat(claims.get(0).get("balance").decimalValue()).isEqualByComparingTo("200");
    assertThat(manager.get("/api/ar/aging/claims?bucket=45-90").getStatusCode().value())
        .isEqualTo(422);
    assertThat(manager.get("/api/ar/aging?by=patient").getStatusCode().value()).isEqualTo(422);
  }

  @Test
  void computesEachKpiForThePeriod() {
    JsonNode report = manager.get("/api/kpis?from=2011-01-01&to=2011-06-30").getBody();

    assertThat(kpi(report, "cleanClaimRate")).isEqualByComparingTo("66.67");
    assertThat(kpi(report, "firstPassYield")).isEqualByComparingTo("75.00");
    assertThat(kpi(report, "denialRate")).isEqualByComparingTo("24.10");
    assertThat(kpi(report, "daysInAr")).isEqualByComparingTo("93.8");
    assertThat(kpi(report, "netCollectionRate")).isEqualByComparingTo("41.10");
    assertThat(kpi(report, "averageDaysToPayment")).isEqualByComparingTo("24.3");
    assertThat(kpi(report, "underpaymentVarianceFound")).isEqualByComparingTo("50.00");
    assertThat(kpi(report, "underpaymentVarianceRecovered")).isEqualByComparingTo("30.00");
    assertThat(kpi(report, "authorizationUtilisation")).isEqualByComparingTo("40.00");
    report.get("kpis").forEach(k -> assertThat(k.get("formula").asText()).isNotBlank());

    assertThat(rate(report.get("denialRateByPayer"), world.payerA)).isEqualByComparingTo("33.33");
    assertThat(rate(report.get("denialRateByPayer"), world.payerB)).isEqualByComparingTo("0.00");
    assertThat(rate(report.get("denialRateByClinician"), world.clinicianX))
        .isEqualByComparingTo("41.67");
    assertThat(rate(report.get("denialRateByClinician"), world.clinicianY))
        .isEqualByComparingTo("0.00");
  }

  @Test
  void refusesAPeriodThatEndsBeforeItStarts() {
    assertThat(manager.get("/api/kpis?from=2011-06-30&to=2011-01-01").getStatusCode().value())
        .isEqualTo(422);
  }

  @Test
  void answersCsvWhenAsked() {
    ResponseEntity<String> aging = csv("manager", "/api/ar/aging?by=payer&asOf=2011-06-30");
    assertThat(aging.getHeaders().getContentType().isCompatibleWith(MediaType.valueOf("text/csv")))
        .isTrue();
    List<String> lines = aging.getBody().lines().toList();
    assertThat(lines.get(0)).isEqualTo("payer,label,0-30,31-60,61-90,91-120,120+,total,claims");
    assertThat(lines).anyMatch(l -> l.startsWith(world.payerA + ",") && l.endsWith(",320.00,3"));

    ResponseEntity<String> kpis = csv("lead", "/api/kpis?from=2011-01-01&to=2011-06-30");
    assertThat(kpis.getBody().lines())
        .anyMatch(l -> l.startsWith("denialRate,all,24.10,%,5,at most,200.00,830.00,"));
  }

  @Test
  void neutralisesCellsASpreadsheetWouldRun() {
    assertThat(Csv.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
    assertThat(Csv.cell("+1")).isEqualTo("'+1");
    assertThat(Csv.cell("-2")).isEqualTo("'-2");
    assertThat(Csv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(Csv.cell("Smith, Jane")).isEqualTo("\"Smith, Jane\"");
    assertThat(Csv.cell(new java.math.BigDecimal("-12.50"))).isEqualTo("-12.50");
    assertThat(Csv.cell(null)).isEmpty();
  }

  @Test
  void keepsTheFiguresFromBillersAndClinicians() {
    for (String user : List.of("biller", "clinician", "analyst", "authorizer")) {
      for (String path : List.of("/api/ar/aging", "/api/ar/aging/claims", "/api/kpis")) {
        assertThat(
                DemoLogins.as(http, user).getForEntity(path, String.class).getStatusCode().value())
            .as(user + " " + path)
            .isEqualTo(403);
      }
    }
    for (String user : List.of("manager", "lead", "admin")) {
      assertThat(JsonApi.as(http, user).get("/api/kpis").getStatusCode().value()).isEqualTo(200);
    }
  }

  private ResponseEntity<String> csv(String user, String path) {
    HttpHeaders headers = new HttpHeaders();
    headers.setAccept(List.of(MediaType.valueOf("text/csv")));
    return DemoLogins.as(http, user)
        .exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
  }

  private static JsonNode row(JsonNode report, long key) {
    return StreamSupport.stream(report.get("rows").spliterator(), false)
        .filter(r -> r.get("key").asText().equals(String.valueOf(key)))
        .findFirst()
        .orElseThrow();
  }

  private static java.math.BigDecimal total(JsonNode report, String category) {
    return StreamSupport.stream(report.get("rows").spliterator(), false)
        .filter(r -> r.get("key").asText().equals(category))
        .findFirst()
        .orElseThrow()
        .get("total")
        .decimalValue();
  }

  private static List<String> buckets(JsonNode row) {
    return ArFiguresTestsSupport.bucketValues(row);
  }

  private static java.math.BigDecimal kpi(JsonNode report, String key) {
    return StreamSupport.stream(report.get("kpis").spliterator(), false)
        .filter(k -> k.get("key").asText().equals(key))
        .findFirst()
        .orElseThrow()
        .get("value")
        .decimalValue();
  }

  private static java.math.BigDecimal rate(JsonNode rates, long key) {
    return StreamSupport.stream(rates.spliterator(), false)
        .filter(r -> r.get("key").asText().equals(String.valueOf(key)))
        .findFirst()
        .orElseThrow()
        .get("value")
        .decimalValue();
  }

  /** Bucket values in the report's bucket order. */
  static final class ArFiguresTestsSupport {
    static List<String> bucketValues(JsonNode row) {
      return AgingQuery.BUCKETS.stream()
          .map(b -> row.get("buckets").get(b).decimalValue().setScale(2).toPlainString())
          .toList();
    }
  }

  @Test
  void theApiDescriptionStatesEveryFormula() {
    String docs =
        org.continuum.support.DemoLogins.as(http, "manager")
            .getForEntity("/v3/api-docs", String.class)
            .getBody();
    for (String formula :
        List.of(
            AgingQuery.FORMULA,
            KpiQuery.CLEAN_CLAIM_FORMULA,
            KpiQuery.FIRST_PASS_FORMULA,
            KpiQuery.DENIAL_RATE_FORMULA,
            KpiQuery.DAYS_IN_AR_FORMULA,
            KpiQuery.NET_COLLECTION_FORMULA,
            KpiQuery.DAYS_TO_PAYMENT_FORMULA,
            KpiQuery.UNDERPAYMENT_FOUND_FORMULA,
            KpiQuery.UNDERPAYMENT_RECOVERED_FORMULA,
            KpiQuery.AUTHORIZATION_FORMULA)) {
      assertThat(docs).contains(formula);
    }
  }
}
