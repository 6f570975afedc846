package org.continuum.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Failed log-ins per user name, in the database so that every node counts the same failures: with a
 * count per node, each added node would give an attacker another {@code maxFailures} guesses. After
 * {@code maxFailures} failures within the lockout period the name is locked until the period has
 * passed since its last failure, whether or not a user of that name exists, so the answer never
 * tells an attacker which names are real. The engine adds its own growing delay after each wrong
 * password and locks the user for good after its {@code loginMaxAttempts}; this counter stops
 * guessing earlier and undoes itself.
 *
 * <p>Names are kept as a SHA-256 of their trimmed lower-case form (people type passwords into the
 * name field). Each failure forgets the names whose period has passed; at most {@code maxTracked}
 * names are tracked, and beyond that new names go untracked rather than pushing out a name under
 * attack.
 */
@Component
class LoginAttempts {

  static final int MAX_TRACKED = 10_000;

  private final JdbcClient jdbc;
  private final int maxFailures;
  private final Duration lockout;
  private final Clock clock;
  private final int maxTracked;

  @Autowired
  LoginAttempts(
      JdbcClient jdbc,
      @Value("${continuum.login.max-failures:5}") int maxFailures,
      @Value("${continuum.login.lockout:15m}") Duration lockout) {
    this(jdbc, maxFailures, lockout, Clock.systemUTC(), MAX_TRACKED);
  }

  LoginAttempts(JdbcClient jdbc, int maxFailures, Duration lockout, Clock clock, int maxTracked) {
    this.jdbc = jdbc;
    this.maxFailures = maxFailures;
    this.lockout = lockout;
    this.clock = clock;
    this.maxTracked = maxTracked;
  }

  boolean isLocked(String userName) {
    return jdbc.sql(
                """
            select count(*) from login_failure
             where name_hash = ? and failures >= ? and last_failure >= ?
            """)
            .params(key(userName), maxFailures, periodStart())
            .query(Long.class)
            .single()
        > 0;
  }

  void failed(String userName) {
    String key = key(userName);
    Timestamp periodStart = periodStart();
    jdbc.sql("delete from login_failure where last_failure < ?").param(periodStart).update();
    boolean known =
        jdbc.sql("select count(*) from login_failure where name_hash = ?")
                .param(key)
                .query(Long.class)
                .single()
            > 0;
    if (!known
        && jdbc.sql("select count(*) from login_failure").query(Long.class).single()
            >= maxTracked) {
      return;
    }
    jdbc.sql(
            """
            insert into login_failure (name_hash, failures, last_failure) values (?, 1, ?)
            on conflict (name_hash) do update
               set failures = case when login_failure.last_failure < ? then 1
                                   else login_failure.failures + 1 end,
                   last_failure = excluded.last_failure
            """)
        .params(key, Timestamp.from(clock.instant()), periodStart)
        .update();
  }

  void succeeded(String userName) {
    jdbc.sql("delete from login_failure where name_hash = ?").param(key(userName)).update();
  }

  private Timestamp periodStart() {
    Instant now = clock.instant();
    return Timestamp.from(now.minus(lockout));
  }

  private static String key(String userName) {
    try {
      byte[] name = userName.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8);
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(name));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }
}
