package org.continuum.ar;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.continuum.support.ClaimWorld;
import org.continuum.support.DemoLogins;
import org.continuum.support.Fixtures;
import org.continuum.support.IntegrationTest;
import org.continuum.support.JsonApi;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The CSV exports (aging, the claims behind it, KPIs) are the files managers open in a spreadsheet.
 * Payer and clinician names are free text that billing staff and integrations type: a name that a
 * spreadsheet would run as a formula reaches the export as text, over HTTP, with the leading quote
 * a spreadsheet shows as plain text.
 */
@IntegrationTest
class CsvExportInjectionTests {

  private static final String PAYER_FORMULA = "=HYPERLINK(\"http://evil.example\",\"Pay\")";
  private static final String CLINICIAN_FORMULA = "@SUM(1+1)*cmd";

  @Autowired TestRestTemplate http;
  @Autowired JdbcClient jdbc;
  @Autowired ClaimWorld.Repositories repositories;

  @Test
  void namesLikeFormulasLeaveAsText() {
    long payer = Fixtures.createPayer(JsonApi.as(http, "admin"));
    jdbc.sql("update payer set name = ? where id = ?").params(PAYER_FORMULA, payer).update();
    long clinician = new ClaimWorld(repositories).lcsw(null).getId();
    jdbc.sql("update clinician set first_name = ?, last_name = ? where id = ?")
        .params(CLINICIAN_FORMULA, CLINICIAN_FORMULA, clinician)
        .update();
    long claim = submittedClaim(payer, clinician);

    String claims = csv("/api/ar/aging/claims?payer=" + payer);
    String line = claims.lines().filter(l -> l.startsWith(claim + ",")).findFirst().orElseThrow();
    assertThat(line).contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Pay\"\")\"");
    assertThat(line).contains(",'" + CLINICIAN_FORMULA);
    assertThat(cells(line)).noneMatch(CsvExportInjectionTests::runsAsAFormula);

    String aging = csv("/api/ar/aging?by=payer");
    assertThat(aging.lines().filter(l -> l.startsWith(payer + ",")))
        .singleElement()
        .satisfies(l -> assertThat(cells(l)).noneMatch(CsvExportInjectionTests::runsAsAFormula));
    String byClinician = csv("/api/ar/aging?by=clinician");
    assertThat(byClinician.lines().filter(l -> l.startsWith(clinician + ",")))
        .singleElement()
        .satisfies(l -> assertThat(cells(l)).noneMatch(CsvExportInjectionTests::runsAsAFormula));
  }

  /** A cell a spreadsheet would evaluate: after unquoting, it starts with = + @ (or - and text). */
  private static boolean runsAsAFormula(String cell) {
    String text =
        cell.startsWith("\"") ? cell.substring(1, cell.length() - 1).replace("\"\"", "\"") : cell;
    if (text.isEmpty()) {
      return false;
    }
    char first = text.charAt(0);
    return first == '=' || first == '+' || first == '@' || (first == '-' && !isNumber(text));
  }

  private static boolean isNumber(String text) {
    try {
      new BigDecimal(text);
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  /** Splits one CSV record into its raw cells (quoted cells keep their quotes). */
  private static List<String> cells(String line) {
    List<String> cells = new java.util.ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (char c : line.toCharArray()) {
      if (c == '"') {
        quoted = !quoted;
      }
      if (c == ',' && !quoted) {
        cells.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    cells.add(cell.toString());
    return cells;
  }

  private String csv(String path) {
    HttpHeaders headers = new HttpHeaders();
    headers.setAccept(List.of(MediaType.valueOf("text/csv")));
    var response =
        DemoLogins.as(http, "manager")
            .exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
    return response.getBody();
  }

  private long submittedClaim(long payer, long clinician) {
    long id = jdbc.sql("select nextval('claim_seq')").query(Long.class).single();
    jdbc.sql(
            """
            insert into claim (id, patient_id, coverage_id, payer_id, billing_provider_id,
                               rendering_clinician_id, status, date_of_service, total_charge)
            values (?, (select min(id) from patient), (select min(id) from coverage), ?,
                    (select min(id) from billing_provider), ?, 'SUBMITTED', ?, ?)
            """)
        .params(id, payer, clinician, LocalDate.now().minusDays(10), new BigDecimal("77.00"))
        .update();
    return id;
  }
}
