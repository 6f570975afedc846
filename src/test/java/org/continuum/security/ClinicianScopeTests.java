package org.continuum.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.continuum.practice.Clinician;
import org.continuum.practice.ClinicianRepository;
import org.continuum.support.ClaimWorld;
import org.continuum.support.DemoLogins;
import org.continuum.support.IntegrationTest;
import org.continuum.support.Sessions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * A clinician reads the claims of their own sessions and nothing else: another clinician's claim is
 * "not found", and patients, coverages and the figures stay closed to them (see the matrix).
 */
@IntegrationTest
class ClinicianScopeTests {

  @Autowired TestRestTemplate http;
  @Autowired ClaimWorld.Repositories repositories;
  @Autowired ClinicianRepository clinicians;

  @Test
  void aClinicianSeesTheirOwnClaimsOnly() {
    ClaimWorld world = new ClaimWorld(repositories);
    Clinician own = clinicians.findByUserId("clinician").orElseThrow();
    Clinician other = world.lcsw("scope-" + System.nanoTime());
    long ownClaim = claimOf(world, own);
    long otherClaim = claimOf(world, other);

    assertThat(status("clinician", ownClaim)).isEqualTo(200);
    assertThat(status("clinician", otherClaim)).isEqualTo(404);
    assertThat(status("biller", otherClaim)).isEqualTo(200);
    assertThat(status("analyst", ownClaim)).isEqualTo(403);
  }

  private long claimOf(ClaimWorld world, Clinician clinician) {
    Map<String, Object> session =
        Sessions.fortyFiveMinuteOfficeSession()
            .by(world.patientCoveredBy(world.summit()), clinician.getId());
    return ((Number)
            DemoLogins.as(http, "biller")
                .postForEntity("/api/sessions", session, Map.class)
                .getBody()
                .get("claimId"))
        .longValue();
  }

  private int status(String user, long claimId) {
    return DemoLogins.as(http, user)
        .getForEntity("/api/claims/" + claimId, String.class)
        .getStatusCode()
        .value();
  }
}
