package org.continuum;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class DefaultProfileTests {

  private static final String[] NO_ARGS = {};

  @Test
  void demoIsTheDefaultOnAFreshMachine() {
    assertThat(DefaultProfile.demoIsDefault(Map.of(), new Properties(), NO_ARGS)).isTrue();
  }

  @Test
  void aConfiguredDatabaseTurnsTheDemoOff() {
    assertThat(
            DefaultProfile.demoIsDefault(
                Map.of("SPRING_DATASOURCE_URL", "jdbc:postgresql://db/continuum"),
                new Properties(),
                NO_ARGS))
        .isFalse();
    assertThat(
            DefaultProfile.demoIsDefault(
                Map.of(), new Properties(), new String[] {"--spring.datasource.url=jdbc:x"}))
        .isFalse();
  }

  @Test
  void anExplicitProfileIsRespected() {
    Properties system = new Properties();
    system.setProperty("spring.profiles.active", "production");

    assertThat(DefaultProfile.demoIsDefault(Map.of(), system, NO_ARGS)).isFalse();
  }
}
