package org.continuum.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.continuum.workflow.ClaimLifecycleProcess.ACKNOWLEDGMENT;
import static org.continuum.workflow.ClaimLifecycleProcess.REMITTANCE_RECEIVED;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.continuum.authorization.Authorization;
import org.continuum.submission.ClaimBatches;
import org.continuum.support.ClaimWorld;
import org.continuum.support.DemoLogins;
import org.continuum.support.Sessions;
import org.continuum.workflow.ClaimSubmissionAndRemittanceTests.X12;
import org.operaton.bpm.engine.RuntimeService;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Claims the payer has, whose line holds a unit of an authorization, for the tests of what gives
 * units back (denials, rejections, voids). Medicaid in the test world needs no authorization, so
 * the spend is written here, on an authorization another claim also holds a unit of.
 */
final class UnitHoldingClaims {

  /** A claim whose line holds one unit of the authorization. */
  record Held(long claimId, long lineId, Authorization authorization) {}

  private final TestRestTemplate http;
  private final ClaimWorld world;
  private final ClaimProcessDriver driver;
  private final ClaimBatches batches;
  private final JdbcClient jdbc;
  private final RuntimeService runtime;
  private final AtomicInteger control;

  UnitHoldingClaims(
      TestRestTemplate http,
      ClaimWorld world,
      ClaimProcessDriver driver,
      ClaimBatches batches,
      JdbcClient jdbc,
      RuntimeService runtime,
      AtomicInteger control) {
    this.http = http;
    this.world = world;
    this.driver = driver;
    this.batches = batches;
    this.jdbc = jdbc;
    this.runtime = runtime;
    this.control = control;
  }

  /**
   * A Medicaid claim in a batch, accepted by the payer (277CA with its claim number) or not yet.
   */
  Held submitted(boolean accepted) {
    ClaimWorld.Insured insured = world.patientCoveredBy(world.medicaid());
    ResponseEntity<Map> response =
        DemoLogins.as(http, "biller")
            .postForEntity(
                "/api/sessions",
                Sessions.fortyFiveMinuteOfficeSession().by(insured, world.lcsw(null).getId()),
                Map.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    long claimId = ((Number) response.getBody().get("claimId")).longValue();
    driver.awaitReadyForItsBatch(claimId);
    batches.cut();
    awaitWaitingAt(claimId, ACKNOWLEDGMENT);
    if (accepted) {
      postInbound(X12.claimAcknowledgment(control.incrementAndGet(), claimId, "A2:20"));
      awaitWaitingAt(claimId, REMITTANCE_RECEIVED);
    }
    Authorization authorization = world.authorize(insured, List.of("90834"), 10, null);
    long lineId =
        jdbc.sql("select id from claim_line where claim_id = ? order by line_number limit 1")
            .param(claimId)
            .query(Long.class)
            .single();
    jdbc.sql("update claim_line set authorization_id = ? where id = ?")
        .params(authorization.getId(), lineId)
        .update();
    jdbc.sql("update authorization_grant set units_used = 2 where id = ?")
        .param(authorization.getId())
        .update();
    return new Held(claimId, lineId, authorization);
  }

  void awaitWaitingAt(long claimId, String activityId) {
    String instance = driver.instanceOf(claimId).getId();
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> runtime.getActiveActivityIds(instance), ids -> ids.contains(activityId));
  }

  void postInbound(String x12) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.TEXT_PLAIN);
    ResponseEntity<Map> posted =
        DemoLogins.as(http, "biller")
            .postForEntity("/api/edi/inbound", new HttpEntity<>(x12, headers), Map.class);
    assertThat(posted.getStatusCode()).isEqualTo(HttpStatus.OK);
  }
}
