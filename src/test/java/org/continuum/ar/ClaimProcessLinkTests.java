package org.continuum.ar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.continuum.support.ClaimWorld;
import org.continuum.support.DemoLogins;
import org.continuum.support.IntegrationTest;
import org.continuum.support.Sessions;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.HistoryService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/** A claim on the dashboard links to its own lifecycle instance in Cockpit. */
@IntegrationTest
class ClaimProcessLinkTests {

  @Autowired TestRestTemplate http;
  @Autowired ClaimWorld.Repositories repositories;
  @Autowired ClaimProcesses processes;
  @Autowired HistoryService history;

  @Test
  void findsTheLifecycleInstanceOfAClaimByItsBusinessKey() {
    ClaimWorld world = new ClaimWorld(repositories);
    ClaimWorld.Insured insured = world.patientCoveredBy(world.medicaid());
    long clinician = world.lcsw(null).getId();
    @SuppressWarnings("unchecked")
    Map<String, Object> created =
        DemoLogins.as(http, "biller")
            .postForEntity(
                "/api/sessions",
                Sessions.fortyFiveMinuteOfficeSession().by(insured, clinician),
                Map.class)
            .getBody();
    long claimId = ((Number) created.get("claimId")).longValue();

    Map<Long, String> ids = processes.processInstanceIds(List.of(claimId, Long.MAX_VALUE));

    assertThat(ids).containsOnlyKeys(claimId);
    assertThat(
            history
                .createHistoricProcessInstanceQuery()
                .processInstanceId(ids.get(claimId))
                .singleResult()
                .getBusinessKey())
        .isEqualTo(String.valueOf(claimId));
    assertThat(processes.processInstanceIds(List.of())).isEmpty();
  }
}
