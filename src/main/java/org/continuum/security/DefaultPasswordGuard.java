package org.continuum.security;

import java.util.Locale;
import java.util.Set;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * Refuses to start outside the demo profile when a well-known password is configured: the demo
 * users' password, or an engine admin user whose password is a default. A production install must
 * never be one forgotten setting away from "demo".
 */
@Component
class DefaultPasswordGuard {

  static final Set<String> DEFAULT_PASSWORDS =
      Set.of("demo", "admin", "password", "changeme", "secret", "operaton", "continuum");

  DefaultPasswordGuard(Environment environment) {
    check(environment);
  }

  static void check(Environment environment) {
    if (environment.acceptsProfiles(Profiles.of("demo"))) {
      return;
    }
    if (environment.getProperty("continuum.demo.password") != null) {
      throw new IllegalStateException(
          "continuum.demo.password is set outside the demo profile: remove it; demo users exist"
              + " only in the demo profile");
    }
    String adminId = environment.getProperty("operaton.bpm.admin-user.id");
    String adminPassword = environment.getProperty("operaton.bpm.admin-user.password");
    if (adminPassword != null
        && (DEFAULT_PASSWORDS.contains(adminPassword.toLowerCase(Locale.ROOT))
            || adminPassword.equals(adminId))) {
      throw new IllegalStateException(
          "operaton.bpm.admin-user.password is a default password: choose another one");
    }
  }
}
