package org.continuum.web;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.Logger;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * The application's logback-spring.xml, loaded into a logging context of its own (the shared one
 * belongs to the test application), keeps a message with line breaks on one line.
 */
@ExtendWith(OutputCaptureExtension.class)
class LogInjectionTests {

  private final LoggerContext logging = new LoggerContext();

  @BeforeEach
  void configureLikeTheApplication() throws Exception {
    logging.setMDCAdapter(new LogbackMDCAdapter());
    JoranConfigurator configurator = new JoranConfigurator();
    configurator.setContext(logging);
    configurator.doConfigure(getClass().getResource("/logback-spring.xml"));
  }

  @AfterEach
  void stop() {
    logging.stop();
  }

  @Test
  void aLineBreakInAMessageCannotForgeALogLine(CapturedOutput output) {
    Logger log = logging.getLogger("org.continuum.edi.InboundFiles");

    log.info("Received file {}", "remit.x12\n2026-01-01 INFO forged");
    log.warn("Refused\r\n2026-01-01 INFO forged too");

    List<String> lines = Arrays.stream(output.getOut().split("\n")).toList();
    assertThat(lines).noneMatch(line -> line.startsWith("2026-01-01 INFO forged"));
    assertThat(lines)
        .filteredOn(line -> line.contains("forged"))
        .hasSize(2)
        .anySatisfy(
            line ->
                assertThat(line)
                    .contains("org.continuum.edi.InboundFiles")
                    .endsWith("Received file remit.x12\\n2026-01-01 INFO forged"))
        .anySatisfy(line -> assertThat(line).endsWith("Refused\\r\\n2026-01-01 INFO forged too"));
  }

  @Test
  void keepsSpringBootsConsolePattern(CapturedOutput output) {
    logging.getLogger("org.continuum.claim.Claims").info("plain message");

    assertThat(output.getOut())
        .containsPattern(
            "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}.*  INFO .*--- \\[.*\\]"
                + " .*org\\.continuum\\.claim\\.Claims\\s+: plain message");
  }
}
