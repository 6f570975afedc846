package org.continuum.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A payer whose name is markup (a script tag, an image with an error handler) shown on the
 * dashboard, in a real browser: the name appears as text, nothing runs and no element is injected.
 */
@IntegrationTest
class ScriptInNamesBrowserTests {

  private static final String MARKUP =
      "<img src=x class=xss-probe onerror=\"alert(1);window.xss=1\">"
          + "<script>alert(2);window.xss=2</script>";

  @LocalServerPort int port;
  @Autowired TestRestTemplate http;
  @Autowired JdbcClient jdbc;

  @Test
  void aPayerNamedLikeAScriptIsShownAsText() {
    long payer = Fixtures.createPayer(JsonApi.as(http, "admin"));
    String payerName = MARKUP + " " + payer;
    assertThat(JsonApi.as(http, "admin").get("/api/payers/" + payer).getStatusCode().value())
        .isEqualTo(200);
    jdbc.sql("update payer set name = ? where id = ?").params(payerName, payer).update();
    long claim = submittedClaim(payer);

    try (Browser browser = Browser.start()) {
      logIn(browser, "manager");
      browser.driver().get("http://localhost:" + port + "/dashboard");
      OperatonWebapps.waitFor(
          browser,
          "dashboard-loaded",
          ExpectedConditions.attributeToBe(By.tagName("body"), "data-loaded", "true"));
      browser
          .driver()
          .executeScript(
              """
              const chart = window.dashboard.state.agingChart;
              const index = chart.data.labels.indexOf(arguments[0]);
              const dataset = chart.data.datasets.findIndex(d => d.bucket === '0-30');
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
          .as("the name is shown as the text it is")
          .contains(MARKUP);
      assertThat(browser.driver().findElements(By.cssSelector("img.xss-probe"))).isEmpty();
      assertThat(browser.driver().executeScript("return window.xss === undefined")).isEqualTo(true);
      assertThatThrownBy(() -> browser.driver().switchTo().alert())
          .isInstanceOf(NoAlertPresentException.class);
      browser.screenshot("dashboard-script-in-names");
    }
  }

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

  private long submittedClaim(long payer) {
    long id = jdbc.sql("select nextval('claim_seq')").query(Long.class).single();
    jdbc.sql(
            """
            insert into claim (id, patient_id, coverage_id, payer_id, billing_provider_id,
                               rendering_clinician_id, status, date_of_service, total_charge)
            values (?, (select min(id) from patient), (select min(id) from coverage), ?,
                    (select min(id) from billing_provider), (select min(id) from clinician),
                    'SUBMITTED', ?, ?)
            """)
        .params(id, payer, LocalDate.now().minusDays(10), new BigDecimal("77.00"))
        .update();
    return id;
  }
}
