package org.continuum.ar;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Map;
import org.continuum.support.Browser;
import org.continuum.support.DemoLogins;
import org.continuum.support.Fixtures;
import org.continuum.support.IntegrationTest;
import org.continuum.support.JsonApi;
import org.continuum.support.OperatonWebapps;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The manager's dashboard in a real browser, against the same figures the API gives. */
@IntegrationTest
class ArDashboardBrowserTests {

  @LocalServerPort int port;
  @Autowired TestRestTemplate http;
  @Autowired JdbcClient jdbc;

  @Test
  void managerSeesTheApiFiguresAndTheClaimsBehindABar() {
    long payer = Fixtures.createPayer(JsonApi.as(http, "admin"));
    // a name of its own: the bar is found by its label among every test's payers
    String payerName = "AR dashboard payer " + payer;
    jdbc.sql("update payer set name = ? where id = ?").params(payerName, payer).update();
    long claim = submittedClaim(payer, LocalDate.now().minusDays(40), "123.45");

    try (Browser browser = Browser.start()) {
      logIn(browser, "manager");
      browser.driver().get(base() + "/dashboard");
      OperatonWebapps.waitFor(
          browser,
          "dashboard-loaded",
          ExpectedConditions.attributeToBe(By.tagName("body"), "data-loaded", "true"));

      JsonNode aging = JsonApi.as(http, "manager").get("/api/ar/aging?by=payer").getBody();
      String shown = browser.driver().findElement(By.id("total-ar")).getDomAttribute("data-value");
      assertThat(new BigDecimal(shown))
          .isEqualByComparingTo(aging.get("total").get("total").decimalValue());
      assertThat(browser.driver().findElement(By.id("kpi-table")).getText())
          .contains("Clean-claim rate")
          .contains("Days in AR");

      // A DOM-level click on the 31-60 part of the payer's stacked bar, where Chart.js drew it.
      browser
          .driver()
          .executeScript(
              """
              const chart = window.dashboard.state.agingChart;
              const index = chart.data.labels.indexOf(arguments[0]);
              const dataset = chart.data.datasets.findIndex(d => d.bucket === '31-60');
              const bar = chart.getDatasetMeta(dataset).data[index];
              const rect = chart.canvas.getBoundingClientRect();
              const at = {bubbles: true, cancelable: true, view: window,
                          clientX: rect.left + bar.x, clientY: rect.top + (bar.y + bar.base) / 2};
              chart.canvas.dispatchEvent(new MouseEvent('mousemove', at));
              chart.canvas.dispatchEvent(new MouseEvent('click', at));
              """,
              payerName);
      OperatonWebapps.waitFor(
          browser,
          "claims-listed",
          ExpectedConditions.presenceOfElementLocated(
              By.cssSelector("#claims-table tr[data-claim='" + claim + "']")));
      assertThat(browser.driver().findElement(By.id("claims-title")).getText())
          .contains(payerName)
          .contains("31-60");
      assertThat(
              browser
                  .driver()
                  .findElement(By.cssSelector("#claims-table tr[data-claim='" + claim + "']"))
                  .getText())
          .contains("$123.45")
          .contains("no response");
      browser.driver().executeScript("window.scrollTo(0, 0)");
      browser.screenshot("dashboard-manager");
    }
  }

  @Test
  void billerIsRefused() {
    assertThat(
            DemoLogins.as(http, "biller")
                .getForEntity("/dashboard/", String.class)
                .getStatusCode()
                .value())
        .isEqualTo(403);
    assertThat(http.getForEntity("/dashboard/", String.class).getStatusCode().value())
        .isEqualTo(401);
    try (Browser browser = Browser.start()) {
      logIn(browser, "biller");
      browser.driver().get(base() + "/dashboard/");
      assertThat(browser.driver().findElement(By.tagName("body")).getText()).contains("403");
      assertThat(browser.driver().findElements(By.id("aging-by-payer"))).isEmpty();
    }
  }

  /**
   * Sends HTTP Basic on every request of the page, as the browser does after its login prompt;
   * headless Chromium cannot answer the prompt itself.
   */
  private static void logIn(Browser browser, String user) {
    String token =
        Base64.getEncoder()
            .encodeToString((user + ":" + DemoLogins.PASSWORD).getBytes(StandardCharsets.UTF_8));
    browser.driver().executeCdpCommand("Network.enable", Map.of());
    browser
        .driver()
        .executeCdpCommand(
            "Network.setExtraHTTPHeaders",
            Map.of("headers", Map.of("Authorization", "Basic " + token)));
  }

  private long submittedClaim(long payer, LocalDate dateOfService, String charge) {
    long id = jdbc.sql("select nextval('claim_seq')").query(Long.class).single();
    jdbc.sql(
            """
            insert into claim (id, patient_id, coverage_id, payer_id, billing_provider_id,
                               rendering_clinician_id, status, date_of_service, total_charge)
            values (?, (select min(id) from patient), (select min(id) from coverage), ?,
                    (select min(id) from billing_provider), (select min(id) from clinician),
                    'SUBMITTED', ?, ?)
            """)
        .params(id, payer, dateOfService, new BigDecimal(charge))
        .update();
    return id;
  }

  private String base() {
    return "http://localhost:" + port;
  }
}
