package org.continuum.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.continuum.support.ClaimWorld;
import org.continuum.support.DemoLogins;
import org.continuum.support.IntegrationTest;
import org.continuum.support.Sessions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The queue of claims near their timely-filing limit, over the API. */
@IntegrationTest
class FilingDeadlinesTests {

  @Autowired TestRestTemplate http;
  @Autowired ClaimWorld.Repositories repositories;
  @Autowired FilingDeadlines deadlines;

  @Test
  void queuesAnUnfiledClaimNearItsLimitAndLeavesOneWithTimeToSpare() {
    ClaimWorld world = new ClaimWorld(repositories);
    // the test payers allow 90 days
    long old = claimFor(world, LocalDate.now().minusDays(80));
    long recent = claimFor(world, LocalDate.now().minusDays(5));

    ResponseEntity<List> queue =
        DemoLogins.as(http, "biller")
            .getForEntity("/api/claims/filing-deadlines?withinDays=30", List.class);

    assertThat(queue.getStatusCode()).isEqualTo(HttpStatus.OK);
    List<Map<String, Object>> rows = queue.getBody();
    assertThat(rows)
        .filteredOn(r -> ((Number) r.get("claimId")).longValue() == old)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.get("daysLeft")).isEqualTo(10);
              assertThat(r.get("fileBy")).isEqualTo(LocalDate.now().plusDays(10).toString());
            });
    assertThat(rows).noneMatch(r -> ((Number) r.get("claimId")).longValue() == recent);
    assertThat(deadlines.clockOf(recent).fileBy()).isEqualTo(LocalDate.now().plusDays(85));
  }

  @Test
  void refusesANegativeHorizon() {
    assertThat(
            DemoLogins.as(http, "biller")
                .getForEntity("/api/claims/filing-deadlines?withinDays=-1", String.class)
                .getStatusCode()
                .value())
        .isIn(400, 422);
  }

  private long claimFor(ClaimWorld world, LocalDate dateOfService) {
    ResponseEntity<Map> response =
        DemoLogins.as(http, "biller")
            .postForEntity(
                "/api/sessions",
                Sessions.fortyFiveMinuteOfficeSession()
                    .on(dateOfService)
                    .by(world.patientCoveredBy(world.medicaid()), world.lcsw(null).getId()),
                Map.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    return ((Number) response.getBody().get("claimId")).longValue();
  }
}
