package org.continuum.authorization;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.continuum.practice.Clinician;
import org.continuum.support.ClaimWorld;
import org.continuum.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Spending authorized units: atomic, and refused with a reason a coordinator can act on. */
@IntegrationTest
class AuthorizationLedgerTests {

  private static final LocalDate DATE = LocalDate.of(2026, 3, 16);

  @Autowired AuthorizationLedger ledger;
  @Autowired AuthorizationRepository authorizations;
  @Autowired AuthorizationRenewals renewals;
  @Autowired ClaimWorld.Repositories repositories;

  ClaimWorld world;
  ClaimWorld.Insured insured;
  Clinician clinician;

  @BeforeEach
  void setUp() {
    world = new ClaimWorld(repositories);
    insured = world.patientCoveredBy(world.summit());
    clinician = world.lcsw(null);
  }

  @RepeatedTest(5)
  void onlyOneOfTwoClaimsRacingForTheLastUnitGetsIt() {
    Authorization lastUnit = world.authorize(insured, List.of("90837"), 1, null);
    CyclicBarrier start = new CyclicBarrier(2);

    List<CompletableFuture<AuthorizationLedger.Spend>> racers = List.of(race(start), race(start));
    List<AuthorizationLedger.Spend> spends = racers.stream().map(CompletableFuture::join).toList();

    assertThat(spends).filteredOn(AuthorizationLedger.Spend::covered).hasSize(1);
    assertThat(spends)
        .filteredOn(s -> !s.covered())
        .singleElement()
        .satisfies(s -> assertThat(s.shortfall()).contains("0 of 1 units left"));
    assertThat(authorizations.findById(lastUnit.getId()).orElseThrow().getUnitsUsed()).isOne();
  }

  @Test
  void refusesADateOutsideTheAuthorization() {
    world.authorize(insured, List.of("90837"), 10, null);

    AuthorizationLedger.Spend spend = ledger.spend(request(LocalDate.of(2027, 1, 4)));

    assertThat(spend.covered()).isFalse();
    assertThat(spend.shortfall())
        .contains("runs 2026-01-01 to 2026-12-31; the session was on 2027-01-04");
  }

  @Test
  void releasingAUnitGivesItBackButNeverGoesBelowZero() {
    Authorization authorization = world.authorize(insured, List.of("90837"), 2, null);
    assertThat(ledger.spend(request(DATE)).covered()).isTrue();

    assertThat(ledger.release(authorization.getId())).isTrue();
    assertThat(ledger.release(authorization.getId())).as("none left to give back").isFalse();

    assertThat(authorizations.findById(authorization.getId()).orElseThrow().getUnitsUsed())
        .isZero();
  }

  @Test
  void aReleasedUnitReopensAnExhaustedAuthorization() {
    Authorization authorization = world.authorize(insured, List.of("90837"), 1, null);
    assertThat(ledger.spend(request(DATE)).covered()).isTrue();
    renewals.closeLapsedAndExhausted(LocalDate.now());
    assertThat(status(authorization)).isEqualTo(AuthorizationStatus.EXHAUSTED);

    assertThat(ledger.release(authorization.getId())).isTrue();

    assertThat(status(authorization)).isEqualTo(AuthorizationStatus.ACTIVE);
    assertThat(ledger.spend(request(DATE)).covered()).isTrue();
  }

  @Test
  void anAuthorizationPastItsEndDateIsClosedAndNoClaimCanUseIt() {
    LocalDate yesterday = LocalDate.now().minusDays(1);
    Authorization authorization =
        authorizations.save(
            new Authorization(
                insured.patientId(),
                insured.payerId(),
                "PA-LAPSED-" + System.nanoTime(),
                List.of("90837"),
                10,
                yesterday.minusDays(90),
                yesterday,
                null,
                AuthorizationStatus.ACTIVE));

    renewals.closeLapsedAndExhausted(LocalDate.now());

    assertThat(status(authorization)).isEqualTo(AuthorizationStatus.EXPIRED);
    AuthorizationLedger.Spend spend = ledger.spend(request(yesterday));
    assertThat(spend.covered()).isFalse();
    assertThat(spend.shortfall()).contains("is EXPIRED");
    assertThat(authorizations.findById(authorization.getId()).orElseThrow().getUnitsUsed())
        .isZero();
  }

  private AuthorizationStatus status(Authorization authorization) {
    return authorizations.findById(authorization.getId()).orElseThrow().getStatus();
  }

  private CompletableFuture<AuthorizationLedger.Spend> race(CyclicBarrier start) {
    return CompletableFuture.supplyAsync(
        () -> {
          try {
            start.await();
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
          return ledger.spend(request(DATE));
        });
  }

  private AuthorizationLedger.UnitRequest request(LocalDate date) {
    return new AuthorizationLedger.UnitRequest(
        insured.patientId(), insured.payerId(), "90837", date, clinician.getId(), 1);
  }
}
