package org.continuum.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;
import org.continuum.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The failure counter on the real database. Each test uses names of its own, so the rows other
 * tests leave in the shared table do not matter; the clock stands in January, so the application's
 * own purges (on today's clock) do not reach these rows while a test runs.
 */
@IntegrationTest
class LoginAttemptsTests {

  /** A clock the test moves by hand. */
  static final class HandClock extends Clock {
    Instant now = Instant.parse("2026-01-01T09:00:00Z");

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  @Autowired JdbcClient jdbc;

  final HandClock clock = new HandClock();
  final String kim = "kim-" + UUID.randomUUID();

  LoginAttempts node(int maxTracked) {
    return new LoginAttempts(jdbc, 3, Duration.ofMinutes(15), clock, maxTracked);
  }

  @Test
  void locksANameAfterTheLastAllowedFailureUntilThePeriodHasPassed() {
    LoginAttempts attempts = node(LoginAttempts.MAX_TRACKED);
    attempts.failed(kim.toUpperCase());
    attempts.failed(kim);
    assertThat(attempts.isLocked(kim)).isFalse();
    attempts.failed(" " + kim + " ");
    assertThat(attempts.isLocked(kim)).isTrue();

    clock.now = clock.now.plus(Duration.ofMinutes(14));
    assertThat(attempts.isLocked(kim)).isTrue();
    clock.now = clock.now.plus(Duration.ofMinutes(2));
    assertThat(attempts.isLocked(kim)).isFalse();

    attempts.failed(kim);
    assertThat(attempts.isLocked(kim)).as("the count starts again").isFalse();
  }

  @Test
  void aSuccessForgetsTheFailures() {
    LoginAttempts attempts = node(LoginAttempts.MAX_TRACKED);
    attempts.failed(kim);
    attempts.failed(kim);
    attempts.succeeded(kim);
    attempts.failed(kim);
    attempts.failed(kim);
    assertThat(attempts.isLocked(kim)).isFalse();
  }

  @Test
  void failuresCountedOnOneNodeLockTheNameOnAnother() {
    LoginAttempts first = node(LoginAttempts.MAX_TRACKED);
    LoginAttempts second = node(LoginAttempts.MAX_TRACKED);
    first.failed(kim);
    second.failed(kim);
    assertThat(first.isLocked(kim)).isFalse();
    first.failed(kim);
    assertThat(second.isLocked(kim)).as("three failures across two nodes").isTrue();

    second.succeeded(kim);
    assertThat(first.isLocked(kim)).as("a success on either node forgets them").isFalse();
  }

  @Test
  void keepsNoUserNameInTheClear() {
    node(LoginAttempts.MAX_TRACKED).failed(kim);
    assertThat(
            jdbc.sql("select count(*) from login_failure where name_hash like ?")
                .param("%kim%")
                .query(Long.class)
                .single())
        .isZero();
  }

  @Test
  void aFloodOfNamesDoesNotFreeANameUnderAttack() {
    long before = jdbc.sql("select count(*) from login_failure").query(Long.class).single();
    LoginAttempts attempts = node((int) before + 20);
    attempts.failed(kim);
    attempts.failed(kim);
    for (int i = 0; i < 30; i++) {
      attempts.failed(kim + "-random-" + i);
    }
    assertThat(jdbc.sql("select count(*) from login_failure").query(Long.class).single())
        .as("growth stops at the bound")
        .isLessThanOrEqualTo(before + 20);
    attempts.failed(kim);
    assertThat(attempts.isLocked(kim)).isTrue();
  }

  @Test
  void forgetsNamesWhosePeriodHasPassed() {
    LoginAttempts attempts = node(LoginAttempts.MAX_TRACKED);
    attempts.failed(kim);
    clock.now = clock.now.plus(Duration.ofMinutes(16));
    attempts.failed(kim + "-later");
    assertThat(
            jdbc.sql("select count(*) from login_failure where last_failure < ?")
                .param(java.sql.Timestamp.from(clock.now.minus(Duration.ofMinutes(15))))
                .query(Long.class)
                .single())
        .isZero();
  }
}
