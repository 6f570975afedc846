package org.continuum.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class DefaultPasswordGuardTests {

  @Test
  void refusesTheDemoPasswordOutsideTheDemoProfile() {
    MockEnvironment environment =
        new MockEnvironment().withProperty("continuum.demo.password", "x");

    assertThatThrownBy(() -> DefaultPasswordGuard.check(environment))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("continuum.demo.password");
  }

  @Test
  void refusesAnEngineAdminWithADefaultPassword() {
    MockEnvironment environment =
        new MockEnvironment()
            .withProperty("operaton.bpm.admin-user.id", "root")
            .withProperty("operaton.bpm.admin-user.password", "Admin");

    assertThatThrownBy(() -> DefaultPasswordGuard.check(environment))
        .hasMessageContaining("operaton.bpm.admin-user.password");
  }

  @Test
  void refusesAnEngineAdminWhosePasswordIsTheirName() {
    MockEnvironment environment =
        new MockEnvironment()
            .withProperty("operaton.bpm.admin-user.id", "kim")
            .withProperty("operaton.bpm.admin-user.password", "kim");

    assertThatThrownBy(() -> DefaultPasswordGuard.check(environment))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void acceptsAChosenPasswordAndTheDemoProfile() {
    MockEnvironment chosen =
        new MockEnvironment()
            .withProperty("operaton.bpm.admin-user.id", "kim")
            .withProperty("operaton.bpm.admin-user.password", "a long chosen phrase");
    MockEnvironment demo = new MockEnvironment().withProperty("continuum.demo.password", "demo");
    demo.setActiveProfiles("demo");

    assertThatCode(() -> DefaultPasswordGuard.check(chosen)).doesNotThrowAnyException();
    assertThatCode(() -> DefaultPasswordGuard.check(demo)).doesNotThrowAnyException();
  }
}
