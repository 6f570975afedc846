package org.continuum.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import org.continuum.payer.PayerRepository;
import org.continuum.practice.Clinician;
import org.continuum.practice.ClinicianRepository;
import org.continuum.practice.Coverage;
import org.continuum.practice.CoveragePriority;
import org.continuum.practice.CoverageRepository;
import org.continuum.support.Browser;
import org.continuum.support.ClaimWorld;
import org.continuum.support.DemoLogins;
import org.continuum.support.IntegrationTest;
import org.continuum.support.JsonApi;
import org.continuum.support.OperatonWebapps;
import org.continuum.support.Sessions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The documentation query from the clinician's side, in a real browser: a biller posts a session
 * whose minutes do not support the billed code, the demo clinician opens the query in Tasklist,
 * reads the defect in the form, corrects the minutes and completes it, and the claim moves on. A
 * query addressed to another clinician stays out of their sight, in Tasklist and in the engine's
 * REST API. Screenshots of each step are kept in {@code target/screenshots}.
 */
@IntegrationTest
class DocumentationQueryBrowserTests {

  private static final Duration PATIENCE = Duration.ofSeconds(60);

  @LocalServerPort int port;
  @Autowired TestRestTemplate http;
  @Autowired ClinicianRepository clinicians;
  @Autowired CoverageRepository coverages;
  @Autowired PayerRepository payers;

  @Test
  void clinicianCorrectsTheMinutesInTasklistAndTheClaimMovesOn() {
    Clinician clinician = clinicians.findByUserId("clinician").orElseThrow();
    Clinician colleague =
        clinicians.findAll().stream()
            .filter(c -> c.getUserId() != null && !c.getUserId().equals("clinician"))
            .min(Comparator.comparing(Clinician::getId))
            .orElseThrow();
    List<ClaimWorld.Insured> lakeshorePatients = demoPatientsPrimarilyCoveredBy("LAKESHORE");
    JsonApi biller = JsonApi.as(http, "biller");

    long claimId =
        biller
            .post(
                "/api/sessions",
                Sessions.fortyEightMinuteSessionBilledAs90837()
                    .by(lakeshorePatients.get(0), clinician.getId()))
            .getBody()
            .get("claimId")
            .asLong();
    long colleaguesClaimId =
        biller
            .post(
                "/api/sessions",
                Sessions.fortyEightMinuteSessionBilledAs90837()
                    .by(lakeshorePatients.get(1), colleague.getId()))
            .getBody()
            .get("claimId")
            .asLong();
    String taskId = awaitQuery(biller, claimId, "clinician");
    String colleaguesTaskId = awaitQuery(biller, colleaguesClaimId, colleague.getUserId());

    assertTheEngineKeepsTheColleaguesQueryFromTheClinician(taskId, colleaguesTaskId, colleague);

    try (Browser browser = Browser.start()) {
      OperatonWebapps.logIn(browser, base(), "tasklist", "clinician");
      WebElement myTasks =
          OperatonWebapps.waitFor(
              browser,
              "tasklist-filters",
              d ->
                  d.findElements(By.cssSelector(".task-filter")).stream()
                      .filter(f -> f.getText().contains("My tasks"))
                      .findFirst()
                      .orElse(null));
      OperatonWebapps.click(browser, myTasks.findElement(By.cssSelector("a")));
      WebElement task =
          OperatonWebapps.waitFor(
              browser,
              "tasklist-my-tasks",
              d ->
                  d.findElements(By.cssSelector("a[href*='task=" + taskId + "']")).stream()
                      .findFirst()
                      .orElse(null));
      assertThat(
              browser.driver().findElements(By.cssSelector("a[href*='" + colleaguesTaskId + "']")))
          .isEmpty();
      assertThat(browser.driver().findElements(By.cssSelector("li.task"))).hasSize(1);
      OperatonWebapps.click(browser, task);

      WebElement defects =
          OperatonWebapps.waitFor(
              browser,
              "documentation-query-form",
              d ->
                  OperatonWebapps.visible(d, field("textarea", "documentationDefects"))
                      .orElse(null));
      browser.screenshot("tasklist-clinician-query");
      assertThat(defects.getDomProperty("value"))
          .contains("48 minutes documented")
          .contains("90837 needs 53");

      OperatonWebapps.type(
          browser,
          browser.driver().findElement(By.cssSelector(field("input", "correctedMinutes"))),
          "55");
      OperatonWebapps.type(
          browser,
          browser.driver().findElement(By.cssSelector(field("textarea", "answer"))),
          "The session ran 55 minutes; the note had the wrong stop time.");
      browser.screenshot("tasklist-clinician-form-filled");
      WebElement complete =
          browser.driver().findElements(By.cssSelector("button")).stream()
              .filter(b -> b.getText().strip().equals("Complete"))
              .findFirst()
              .orElseThrow();
      OperatonWebapps.click(browser, complete);
      OperatonWebapps.waitFor(
          browser,
          "task-completed",
          d -> d.findElements(By.cssSelector("a[href*='task=" + taskId + "']")).isEmpty());
      browser.screenshot("tasklist-clinician-completed");
    }

    JsonNode movedOn =
        await()
            .atMost(PATIENCE)
            .until(
                () -> biller.get("/api/claims/" + claimId).getBody(),
                c -> "READY_TO_SUBMIT".equals(c.get("status").asText()));
    assertThat(movedOn.get("defects")).isEmpty();
    assertThat(movedOn.get("lines").get(0).get("procedureCode").asText()).isEqualTo("90837");
  }

  /**
   * The engine REST API answers the clinician about their own query only: the colleague's task is
   * neither found by id nor listed, and its variables (the defect text) are refused.
   */
  private void assertTheEngineKeepsTheColleaguesQueryFromTheClinician(
      String ownTaskId, String colleaguesTaskId, Clinician colleague) {
    TestRestTemplate engine = DemoLogins.as(http, "clinician");
    assertThat(
            engine.getForEntity("/engine-rest/task/" + ownTaskId, JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(
            engine
                .getForEntity("/engine-rest/task/" + colleaguesTaskId, JsonNode.class)
                .getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    ResponseEntity<String> variables =
        engine.getForEntity(
            "/engine-rest/task/" + colleaguesTaskId + "/form-variables", String.class);
    assertThat(variables.getStatusCode().is4xxClientError()).isTrue();
    assertThat(variables.getBody()).doesNotContain("48 minutes");
    JsonNode listed =
        engine
            .getForEntity("/engine-rest/task?assignee=" + colleague.getUserId(), JsonNode.class)
            .getBody();
    assertThat(listed).isEmpty();
    JsonNode mine = engine.getForEntity("/engine-rest/task", JsonNode.class).getBody();
    assertThat(mine.findValuesAsText("id")).contains(ownTaskId).doesNotContain(colleaguesTaskId);
  }

  /** A form-js field by its id in the form (forms/answer-documentation-query.form). */
  private static String field(String element, String key) {
    return element + "[id$='field_" + key + "']";
  }

  /** Waits until the claim asks its rendering clinician; the query's task id. */
  private static String awaitQuery(JsonApi biller, long claimId, String assignee) {
    JsonNode claim =
        await()
            .atMost(PATIENCE)
            .until(
                () -> biller.get("/api/claims/" + claimId).getBody(),
                c ->
                    "DOCUMENTATION_QUERY".equals(c.get("status").asText())
                        && c.get("openTasks").size() == 1);
    JsonNode task = claim.get("openTasks").get(0);
    assertThat(task.get("assignee").asText()).isEqualTo(assignee);
    return task.get("taskId").asText();
  }

  /** Demo patients whose primary coverage is with the payer, in a stable order. */
  private List<ClaimWorld.Insured> demoPatientsPrimarilyCoveredBy(String payerCode) {
    long payerId = payers.findByCode(payerCode).orElseThrow().getId();
    return coverages.findAll().stream()
        .filter(c -> c.getPayerId() == payerId && c.getPriority() == CoveragePriority.PRIMARY)
        .sorted(Comparator.comparing(Coverage::getId))
        .map(c -> new ClaimWorld.Insured(c.getPatientId(), c.getId(), payerId))
        .toList();
  }

  private String base() {
    return "http://localhost:" + port;
  }
}
