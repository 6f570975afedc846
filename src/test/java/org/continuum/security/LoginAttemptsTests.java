package org.continuum.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

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

  final HandClock clock = new HandClock();
  final LoginAttempts attempts = new LoginAttempts(3, Duration.ofMinutes(15), clock);

  @Test
  void locksANameAfterTheLastAllowedFailureUntilThePeriodHasPassed() {
    attempts.failed("Kim");
    attempts.failed("kim");
    assertThat(attempts.isLocked("kim")).isFalse();
    attempts.failed("KIM ");
    assertThat(attempts.isLocked("kim")).isTrue();

    clock.now = clock.now.plus(Duration.ofMinutes(14));
    assertThat(attempts.isLocked("kim")).isTrue();
    clock.now = clock.now.plus(Duration.ofMinutes(2));
    assertThat(attempts.isLocked("kim")).isFalse();

    attempts.failed("kim");
    assertThat(attempts.isLocked("kim")).as("the count starts again").isFalse();
  }

  @Test
  void aSuccessForgetsTheFailures() {
    attempts.failed("kim");
    attempts.failed("kim");
    attempts.succeeded("kim");
    attempts.failed("kim");
    attempts.failed("kim");
    assertThat(attempts.isLocked("kim")).isFalse();
  }

  @Test
  void aFloodOfNamesDoesNotFreeANameUnderAttack() {
    attempts.failed("kim");
    attempts.failed("kim");
    for (int i = 0; i < LoginAttempts.MAX_TRACKED + 10; i++) {
      attempts.failed("random-" + i);
    }
    attempts.failed("kim");
    assertThat(attempts.isLocked("kim")).isTrue();
  }
}
