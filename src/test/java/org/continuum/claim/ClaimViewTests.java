package org.continuum.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.continuum.practice.Clinician;
import org.continuum.support.ClaimWorld;
import org.continuum.support.DemoLogins;
import org.continuum.support.IntegrationTest;
import org.continuum.support.Sessions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** GET /api/claims/{id}: status, lines, open defects and open tasks in one answer. */
@IntegrationTest
class ClaimViewTests {

  @Autowired TestRestTemplate http;
  @Autowired ClaimWorld.Repositories repositories;

  @Test
  @SuppressWarnings("unchecked")
  void showsWhatIsWrongWithAClaimAndWhoIsFixingIt() {
    ClaimWorld world = new ClaimWorld(repositories);
    Clinician clinician = world.lcsw("clin-view-" + System.nanoTime());
    Map<String, Object> session =
        Sessions.fiftyTwoMinuteSessionBilledAs90837()
            .by(world.patientCoveredBy(world.summit()), clinician.getId());
    long claimId =
        ((Number)
                DemoLogins.as(http, "biller")
                    .postForEntity("/api/sessions", session, Map.class)
                    .getBody()
                    .get("claimId"))
            .longValue();

    Map<String, Object> claim =
        await()
            .atMost(Duration.ofSeconds(30))
            .until(
                () -> get("manager", claimId).getBody(),
                // The view reads the claim, then the engine's tasks: when the review commits
                // between the two reads, the query is listed while the status is still IN_REVIEW.
                c ->
                    !((List<?>) c.get("openTasks")).isEmpty()
                        && "DOCUMENTATION_QUERY".equals(c.get("status")));

    assertThat(claim.get("status")).isEqualTo("DOCUMENTATION_QUERY");
    List<Map<String, Object>> lines = (List<Map<String, Object>>) claim.get("lines");
    assertThat(lines).extracting(l -> l.get("procedureCode")).containsExactly("90837");
    assertThat(lines.get(0).get("charge")).isEqualTo(180.0);
    List<Map<String, Object>> defects = (List<Map<String, Object>>) claim.get("defects");
    assertThat(defects)
        .extracting(d -> d.get("explanation"))
        .contains(
            "52 minutes documented; 90837 needs 53. Bill 90834, or correct the time if the note is wrong.");
    Map<String, Object> task = ((List<Map<String, Object>>) claim.get("openTasks")).get(0);
    assertThat(task.get("taskDefinitionKey")).isEqualTo("userTask_answerDocumentationQuery");
    assertThat(task.get("assignee")).isEqualTo(clinician.getUserId());
    assertThat(task.get("created")).isNotNull();
  }

  @Test
  void answers404ForAClaimThatDoesNotExist() {
    assertThat(get("biller", 987_654_321L).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void showsClaimsToBillingStaffManagersAndClinicians() {
    for (String allowed :
        List.of("biller", "authorizer", "clinician", "lead", "manager", "admin")) {
      assertThat(get(allowed, 987_654_321L).getStatusCode())
          .as(allowed)
          .isEqualTo(HttpStatus.NOT_FOUND);
    }
    for (String refused : List.of("analyst")) {
      assertThat(get(refused, 987_654_321L).getStatusCode())
          .as(refused)
          .isEqualTo(HttpStatus.FORBIDDEN);
    }
  }

  private ResponseEntity<Map> get(String user, long claimId) {
    return DemoLogins.as(http, user).getForEntity("/api/claims/" + claimId, Map.class);
  }
}
