package org.continuum;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTests {

  @Test
  void modulesRespectTheirBoundaries() {
    ApplicationModules.of(ContinuumApplication.class).verify();
  }
}
