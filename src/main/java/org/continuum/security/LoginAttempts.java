package org.continuum.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Failed log-ins per user name, on this node. After {@code maxFailures} failures within the lockout
 * period the name is locked until the period has passed since its last failure, whether or not a
 * user of that name exists, so the answer never tells an attacker which names are real. The engine
 * adds its own growing delay after each wrong password and locks the user for good after its {@code
 * loginMaxAttempts}; this counter stops guessing earlier and undoes itself.
 *
 * <p>At most {@link #MAX_TRACKED} names are tracked; beyond that, names whose period has passed are
 * forgotten first, and new names go untracked rather than pushing out a name under attack.
 */
@Component
class LoginAttempts {

  static final int MAX_TRACKED = 10_000;

  private final int maxFailures;
  private final Duration lockout;
  private final Clock clock;
  private final Map<String, Failures> failures = new ConcurrentHashMap<>();

  private record Failures(int count, Instant last) {}

  @Autowired
  LoginAttempts(
      @Value("${continuum.login.max-failures:5}") int maxFailures,
      @Value("${continuum.login.lockout:15m}") Duration lockout) {
    this(maxFailures, lockout, Clock.systemUTC());
  }

  LoginAttempts(int maxFailures, Duration lockout, Clock clock) {
    this.maxFailures = maxFailures;
    this.lockout = lockout;
    this.clock = clock;
  }

  boolean isLocked(String userName) {
    Failures known = failures.get(key(userName));
    return known != null && known.count() >= maxFailures && !expired(known);
  }

  void failed(String userName) {
    String key = key(userName);
    if (!failures.containsKey(key) && failures.size() >= MAX_TRACKED) {
      failures.values().removeIf(this::expired);
      if (failures.size() >= MAX_TRACKED) {
        return;
      }
    }
    Instant now = clock.instant();
    failures.merge(
        key,
        new Failures(1, now),
        (old, one) -> new Failures(expired(old) ? 1 : old.count() + 1, now));
  }

  void succeeded(String userName) {
    failures.remove(key(userName));
  }

  private boolean expired(Failures known) {
    return known.last().plus(lockout).isBefore(clock.instant());
  }

  private static String key(String userName) {
    return userName.strip().toLowerCase(Locale.ROOT);
  }
}
