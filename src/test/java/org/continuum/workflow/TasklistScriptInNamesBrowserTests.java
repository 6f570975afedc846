package org.continuum.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.continuum.claim.ClaimLifecycle;
import org.continuum.claim.ClaimRepository;
import org.continuum.claim.ClaimStatus;
import org.continuum.payer.Payer;
import org.continuum.remittance.ClaimDenied;
import org.continuum.support.Browser;
import org.continuum.support.ClaimWorld;
import org.continuum.support.DemoLogins;
import org.continuum.support.IntegrationTest;
import org.continuum.support.OperatonWebapps;
import org.continuum.support.Sessions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.operaton.bpm.engine.ManagementService;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.TaskService;
import org.operaton.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Names are free text that billing staff and integrations type, and Tasklist shows some of them in
 * Camunda Forms. A payer, patient and clinician named like markup (an image with an error handler,
 * a script tag) reach the biller's "Work denial" form in a real browser: the payer's name shows as
 * the text it is, nothing runs and no element is injected. No form shows a patient's or clinician's
 * name (process variables carry ids and codes, not PHI); the test names them anyway, so that a form
 * that starts showing them is covered.
 */
@IntegrationTest
class TasklistScriptInNamesBrowserTests {

  private static final String MARKUP =
      "<img src=x class=xss-probe onerror=\"alert(1);window.xss=1\">"
          + "<script>alert(2);window.xss=2</script>";
  private static final String SHORT_MARKUP = "<img src=x class=xss-probe onerror=window.xss=3>";

  @LocalServerPort int port;
  @Autowired TestRestTemplate http;
  @Autowired JdbcClient jdbc;
  @Autowired RuntimeService runtime;
  @Autowired TaskService taskService;
  @Autowired ManagementService management;
  @Autowired ClaimRepository claims;
  @Autowired ClaimLifecycle lifecycle;
  @Autowired ClaimWorld.Repositories repositories;
  @Autowired ApplicationEventPublisher events;
  @Autowired TransactionTemplate transactions;

  @Test
  void namesLikeScriptsAreShownAsTextInTheWorkDenialForm() {
    ClaimWorld world = new ClaimWorld(repositories);
    Payer payer = world.medicaid();
    String payerName = MARKUP + " " + payer.getId();
    jdbc.sql("update payer set name = ? where id = ?").params(payerName, payer.getId()).update();
    ClaimWorld.Insured insured = world.patientCoveredBy(payer);
    jdbc.sql("update patient set first_name = ?, last_name = ? where id = ?")
        .params(SHORT_MARKUP, SHORT_MARKUP, insured.patientId())
        .update();
    long clinician = world.lcsw(null).getId();
    jdbc.sql("update clinician set first_name = ?, last_name = ? where id = ?")
        .params(SHORT_MARKUP, SHORT_MARKUP, clinician)
        .update();
    long claimId = deniedClaim(insured, clinician);
    Task task = workDenial(claimId);
    assertThat(taskService.getVariable(task.getId(), DenialWorkProcess.PAYER_NAME))
        .isEqualTo(payerName);

    try (Browser browser = Browser.start()) {
      OperatonWebapps.logIn(browser, base(), "tasklist", "biller");
      OperatonWebapps.waitFor(
          browser,
          "tasklist-logged-in",
          d -> d.findElement(By.tagName("body")).getText().contains("My queues"));
      browser.driver().get(base() + "/operaton/app/tasklist/default/#/?task=" + task.getId());
      OperatonWebapps.waitFor(
          browser,
          "work-denial-form",
          d ->
              Boolean.TRUE.equals(
                  browser
                      .driver()
                      .executeScript(
                          "return [...document.querySelectorAll('input')]"
                              + ".some(i => i.value === arguments[0]);",
                          payerName)));
      browser.screenshot("tasklist-script-in-names");

      assertThat(browser.driver().findElements(By.cssSelector("img.xss-probe")))
          .as("no element is injected")
          .isEmpty();
      assertThat(browser.driver().executeScript("return window.xss === undefined"))
          .as("no handler or script ran")
          .isEqualTo(true);
      assertThatThrownBy(() -> browser.driver().switchTo().alert())
          .isInstanceOf(NoAlertPresentException.class);
    }
  }

  /** A claim for the session, denied CO-16 (billers' queue), as DenialWorkProcessTests does. */
  private long deniedClaim(ClaimWorld.Insured insured, long clinician) {
    ResponseEntity<Map> response =
        DemoLogins.as(http, "biller")
            .postForEntity(
                "/api/sessions",
                Sessions.fortyFiveMinuteOfficeSession().by(insured, clinician),
                Map.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    long claimId = ((Number) response.getBody().get("claimId")).longValue();
    ClaimProcessDriver driver = new ClaimProcessDriver(runtime, taskService, management, claims);
    driver.awaitReadyForItsBatch(claimId);
    driver.endLifecycle(claimId, "test starts at the denial");
    transactions.executeWithoutResult(
        s -> {
          lifecycle.recordRemittanceOutcome(claimId, ClaimStatus.DENIED, null, "PCN" + claimId);
          events.publishEvent(
              new ClaimDenied(claimId, "CO", "16", List.of("M51"), new BigDecimal("130.00")));
        });
    return claimId;
  }

  private Task workDenial(long claimId) {
    return await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                taskService
                    .createTaskQuery()
                    .processDefinitionKey(DenialWorkProcess.KEY)
                    .processInstanceBusinessKey(String.valueOf(claimId))
                    .taskDefinitionKey(DenialWorkProcess.WORK_DENIAL)
                    .singleResult(),
            t -> t != null);
  }

  private String base() {
    return "http://localhost:" + port;
  }
}
