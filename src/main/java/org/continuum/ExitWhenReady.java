package org.continuum;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The build's class-data-sharing training run (pom.xml, README.md "Start-up and memory") starts the
 * application with {@code continuum.exit-when-ready=true}: once it is ready, the demo practice
 * seeded, it closes the application and exits the JVM normally. The JVM then archives every class a
 * whole start-up loaded, and the embedded PostgreSQL stops with the application rather than being
 * left running, as an exit straight after the context refresh would leave it.
 */
@Component
@ConditionalOnProperty(name = "continuum.exit-when-ready", havingValue = "true")
class ExitWhenReady {

  private static final Logger log = LoggerFactory.getLogger(ExitWhenReady.class);

  @EventListener
  @Order(Ordered.LOWEST_PRECEDENCE)
  void on(ApplicationReadyEvent ready) {
    log.info("Ready: exiting, as continuum.exit-when-ready asks");
    // Not on the thread publishing the event: exiting waits for the application to close.
    Thread exit =
        new Thread(
            () -> System.exit(SpringApplication.exit(ready.getApplicationContext())),
            "exit-when-ready");
    exit.start();
  }
}
