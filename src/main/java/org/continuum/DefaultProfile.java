package org.continuum;

import java.util.Arrays;
import java.util.Map;
import java.util.Properties;

/**
 * Decides whether the demo profile is the default: only when nobody named a database or a profile.
 * A production start that forgot its profile must not seed demo users into a real database.
 */
final class DefaultProfile {

  static final String DEMO = "demo";

  private DefaultProfile() {}

  static boolean demoIsDefault(Map<String, String> env, Properties system, String[] args) {
    boolean databaseNamed =
        hasText(env.get("SPRING_DATASOURCE_URL"))
            || hasText(system.getProperty("spring.datasource.url"))
            || Arrays.stream(args).anyMatch(a -> a.startsWith("--spring.datasource.url="));
    boolean profileNamed =
        hasText(env.get("SPRING_PROFILES_ACTIVE"))
            || hasText(system.getProperty("spring.profiles.active"))
            || Arrays.stream(args).anyMatch(a -> a.startsWith("--spring.profiles.active="));
    return !databaseNamed && !profileNamed;
  }

  private static boolean hasText(String value) {
    return value != null && !value.isBlank();
  }
}
