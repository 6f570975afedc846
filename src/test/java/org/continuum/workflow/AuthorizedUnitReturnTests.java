package org.continuum.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.continuum.workflow.ClaimLifecycleProcess.*;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.continuum.authorization.Authorization;
import org.continuum.authorization.AuthorizationLedger;
import org.continuum.claim.AuthorizedUnitReturns;
import org.continuum.claim.ClaimLifecycle;
import org.continuum.claim.ClaimRepository;
import org.continuum.claim.ClaimStatus;
import org.continuum.practice.Clinician;
import org.continuum.submission.ClaimBatches;
import org.continuum.support.ClaimWorld;
import org.continuum.support.DemoLogins;
import org.continuum.support.IntegrationTest;
import org.continuum.support.Sessions;
import org.continuum.web.UnprocessableException;
import org.continuum.workflow.ClaimSubmissionAndRemittanceTests.X12;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.ManagementService;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.TaskService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A claim line's authorized unit goes back to its authorization when the payer denies the line for
 * a reason listed in unit_returning_adjustment, or rejects the claim, exactly once however often
 * the payer says so; a paid line, a patient-responsibility line and a contractual adjustment keep
 * it spent.
 */
@IntegrationTest
class AuthorizedUnitReturnTests {

  private static final AtomicInteger CONTROL =
      new AtomicInteger((int) (System.nanoTime() % 90_000_000) + 91_000_000);

  @Autowired TestRestTemplate http;
  @Autowired RuntimeService runtime;
  @Autowired TaskService taskService;
  @Autowired ManagementService management;
  @Autowired ClaimRepository claims;
  @Autowired ClaimWorld.Repositories repositories;
  @Autowired ClaimBatches batches;
  @Autowired JdbcClient jdbc;
  @Autowired AuthorizedUnitReturns units;
  @Autowired AuthorizationLedger ledger;
  @Autowired ClaimLifecycle lifecycle;

  ClaimWorld world;
  ClaimProcessDriver driver;
  UnitHoldingClaims holding;

  @BeforeEach
  void setUp() {
    world = new ClaimWorld(repositories);
    driver = new ClaimProcessDriver(runtime, taskService, management, claims);
    holding = new UnitHoldingClaims(http, world, driver, batches, jdbc, runtime, CONTROL);
  }

  @Test
  void aLineDeniedForAMissingAuthorizationGivesItsUnitBackOnceOnly() {
    UnitHoldingClaims.Held spent = acceptedClaimThatSpentAUnit();
    String denial =
        X12.clp(spent.claimId(), "4", "0.00", "0.00", spent.lineId(), "CAS*CO*197*130.00");

    postInbound(X12.remittance(CONTROL.incrementAndGet(), "0.00", List.of(denial)));
    postInbound(X12.remittance(CONTROL.incrementAndGet(), "0.00", List.of(denial)));

    assertThat(status(spent.claimId())).isEqualTo(ClaimStatus.DENIED);
    assertThat(unitsUsed(spent.authorization()))
        .as("one of the two units comes back, once, though the payer said it twice")
        .isOne();
    assertThat(authorizationOfLine(spent.lineId())).isNull();
  }

  @Test
  void aPaidLineAndThePatientsShareKeepTheUnitSpent() {
    UnitHoldingClaims.Held spent = acceptedClaimThatSpentAUnit();

    postInbound(
        X12.remittance(
            CONTROL.incrementAndGet(),
            "84.00",
            List.of(
                X12.clp(
                    spent.claimId(),
                    "1",
                    "84.00",
                    "20.00",
                    spent.lineId(),
                    "CAS*CO*45*26.00~CAS*PR*3*20.00"))));

    assertThat(unitsUsed(spent.authorization())).isEqualTo(2);
    assertThat(authorizationOfLine(spent.lineId())).isEqualTo(spent.authorization().getId());
  }

  @Test
  void aDenialForAReasonNotListedKeepsTheUnitSpent() {
    UnitHoldingClaims.Held spent = acceptedClaimThatSpentAUnit();

    postInbound(
        X12.remittance(
            CONTROL.incrementAndGet(),
            "0.00",
            List.of(
                X12.clp(
                    spent.claimId(), "4", "0.00", "0.00", spent.lineId(), "CAS*CO*50*130.00"))));

    assertThat(status(spent.claimId())).isEqualTo(ClaimStatus.DENIED);
    assertThat(unitsUsed(spent.authorization())).isEqualTo(2);
  }

  @Test
  void aClaimTheClearinghouseRejectsGivesItsUnitBack() {
    UnitHoldingClaims.Held spent = acceptedClaimThatSpentAUnit(false);

    postInbound(X12.claimAcknowledgment(CONTROL.incrementAndGet(), spent.claimId(), "A7:562:85"));

    assertThat(status(spent.claimId())).isEqualTo(ClaimStatus.REJECTED);
    assertThat(unitsUsed(spent.authorization())).isOne();
  }

  @Test
  void aClaimSentAgainTakesItsReturnedUnitBackOrDoesNotLeave() {
    ClaimWorld.Insured insured = world.patientCoveredBy(world.summit());
    Clinician clinician = world.lcsw(null);
    Authorization lastUnit = world.authorize(insured, List.of("90837"), 1, null);
    long claimId = claimAwaitingItsBatch(insured, clinician);
    long lineId = firstLineOf(claimId);
    assertThat(authorizationOfLine(lineId)).isEqualTo(lastUnit.getId());

    assertThat(units.returnUnits(claimId, null)).isOne();
    assertThat(units.returnUnits(claimId, null)).as("once only").isZero();
    assertThat(
            ledger
                .spend(
                    new AuthorizationLedger.UnitRequest(
                        insured.patientId(),
                        insured.payerId(),
                        "90837",
                        Sessions.DATE_OF_SERVICE,
                        clinician.getId(),
                        1))
                .covered())
        .as("another visit took the unit meanwhile")
        .isTrue();

    assertThatThrownBy(() -> lifecycle.reclaimReturnedUnits(claimId))
        .isInstanceOf(UnprocessableException.class)
        .hasMessageContaining("0 of 1 units left");
    assertThat(authorizationOfLine(lineId)).isNull();

    Authorization more = world.authorize(insured, List.of("90837"), 4, null);
    lifecycle.reclaimReturnedUnits(claimId);
    assertThat(authorizationOfLine(lineId)).isEqualTo(more.getId());
    assertThat(unitsUsed(more)).isOne();
  }

  @Test
  void aRejectedClaimWhoseUnitWasTakenMeanwhileWaitsForTheAuthorizationsTeam() {
    ClaimWorld.Insured insured = world.patientCoveredBy(world.summit());
    Clinician clinician = world.lcsw(null);
    world.authorize(insured, List.of("90837"), 1, null);
    long claimId = claimAwaitingItsBatch(insured, clinician);
    long lineId = firstLineOf(claimId);
    batches.cut();
    awaitWaitingAt(claimId, ACKNOWLEDGMENT);
    postInbound(X12.claimAcknowledgment(CONTROL.incrementAndGet(), claimId, "A7:562:85"));
    assertThat(status(claimId)).isEqualTo(ClaimStatus.REJECTED);
    assertThat(
            ledger
                .spend(
                    new AuthorizationLedger.UnitRequest(
                        insured.patientId(),
                        insured.payerId(),
                        "90837",
                        Sessions.DATE_OF_SERVICE,
                        clinician.getId(),
                        1))
                .covered())
        .as("another visit took the returned unit")
        .isTrue();

    driver.complete(driver.awaitTask(claimId, CORRECT_REJECTED_CLAIM), Map.of());
    driver.runJobsAt(claimId, RESUBMIT_CLAIM);
    var task = driver.awaitTask(claimId, OBTAIN_AUTHORIZATION_FOR_RESUBMISSION);

    assertThat(taskService.getIdentityLinksForTask(task.getId()))
        .extracting(l -> l.getGroupId())
        .contains("authorizations");
    assertThat(taskService.getVariable(task.getId(), AUTHORIZATION_DEFECTS).toString())
        .contains("0 of 1 units left");
    assertThat(status(claimId)).isEqualTo(ClaimStatus.AWAITING_AUTHORIZATION);
    assertThat(runtime.createIncidentQuery().processInstanceId(task.getProcessInstanceId()).count())
        .isZero();

    Authorization more = world.authorize(insured, List.of("90837"), 4, null);
    driver.complete(task, Map.of());
    driver.runJobsAt(claimId, OBTAIN_AUTHORIZATION_FOR_RESUBMISSION);
    driver.runJobsAt(claimId, RESUBMIT_CLAIM);
    driver.awaitReadyForItsBatch(claimId);

    assertThat(status(claimId)).isEqualTo(ClaimStatus.READY_TO_SUBMIT);
    assertThat(authorizationOfLine(lineId)).isEqualTo(more.getId());
    assertThat(unitsUsed(more)).isOne();
    batches.cut();
    assertThat(status(claimId))
        .as("goes out again, its old batch kept in history")
        .isEqualTo(ClaimStatus.SUBMITTED);
  }

  private long claimAwaitingItsBatch(ClaimWorld.Insured insured, Clinician clinician) {
    ResponseEntity<Map> response =
        DemoLogins.as(http, "biller")
            .postForEntity(
                "/api/sessions",
                Sessions.sixtyMinuteSessionBilledAs90837().by(insured, clinician.getId()),
                Map.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    long claimId = ((Number) response.getBody().get("claimId")).longValue();
    driver.awaitReadyForItsBatch(claimId);
    return claimId;
  }

  private long firstLineOf(long claimId) {
    return jdbc.sql("select id from claim_line where claim_id = ? order by line_number limit 1")
        .param(claimId)
        .query(Long.class)
        .single();
  }

  private UnitHoldingClaims.Held acceptedClaimThatSpentAUnit() {
    return holding.submitted(true);
  }

  private UnitHoldingClaims.Held acceptedClaimThatSpentAUnit(boolean accepted) {
    return holding.submitted(accepted);
  }

  private void awaitWaitingAt(long claimId, String activityId) {
    holding.awaitWaitingAt(claimId, activityId);
  }

  private void postInbound(String x12) {
    holding.postInbound(x12);
  }

  private ClaimStatus status(long claimId) {
    return claims.findById(claimId).orElseThrow().getStatus();
  }

  private int unitsUsed(Authorization authorization) {
    return jdbc.sql("select units_used from authorization_grant where id = ?")
        .param(authorization.getId())
        .query(Integer.class)
        .single();
  }

  private Long authorizationOfLine(long lineId) {
    return jdbc.sql("select authorization_id from claim_line where id = ?")
        .param(lineId)
        .query(Long.class)
        .optional()
        .orElse(null);
  }
}
