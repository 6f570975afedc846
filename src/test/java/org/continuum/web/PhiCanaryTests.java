package org.continuum.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.core.OutputStreamAppender;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.continuum.remittance.Inbox;
import org.continuum.support.ClaimWorld;
import org.continuum.support.DemoLogins;
import org.continuum.support.IntegrationTest;
import org.continuum.support.Sessions;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;

/**
 * A canary patient, with a name, birth date and member id found nowhere else, goes through the demo
 * flow (patient and coverage through the API, a session, its claim, a batch, the sandbox payer's
 * 999, 277CA and 835), while every log line of the application, with its stack trace, is captured.
 * None may contain a canary value.
 */
@IntegrationTest
class PhiCanaryTests {

  private static final String FIRST_NAME = "Quillona";
  private static final String LAST_NAME = "Zephyrcanary";
  private static final String BIRTH_DATE = "1937-11-29";
  private static final String MEMBER_ID = "CNRY7Q2X9K4W";

  @Autowired TestRestTemplate http;
  @Autowired ClaimWorld.Repositories repositories;
  @Autowired Inbox inbox;

  @Test
  @SuppressWarnings("unchecked")
  void noLogLineNamesTheCanaryPatient() throws Exception {
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    OutputStreamAppender<ch.qos.logback.classic.spi.ILoggingEvent> appender = capture(captured);
    try {
      ClaimWorld world = new ClaimWorld(repositories);
      ClaimWorld.Insured insured = world.patientCoveredBy(world.medicaid());
      TestRestTemplate biller = DemoLogins.as(http, "biller");

      Map<String, Object> patient =
          biller.getForObject("/api/patients/" + insured.patientId(), Map.class);
      patient.put("firstName", FIRST_NAME);
      patient.put("lastName", LAST_NAME);
      patient.put("dateOfBirth", BIRTH_DATE);
      assertThat(put(biller, "/api/patients/" + insured.patientId(), patient)).isEqualTo(200);
      Map<String, Object> coverage =
          biller.getForObject("/api/coverages/" + insured.coverageId(), Map.class);
      coverage.put("memberId", MEMBER_ID);
      assertThat(put(biller, "/api/coverages/" + insured.coverageId(), coverage)).isEqualTo(200);

      // the same values refused: the error must not echo them into a log either
      patient.put("dateOfBirth", "2999-01-01");
      put(biller, "/api/patients/" + insured.patientId(), patient);

      long claimId =
          ((Number)
                  biller
                      .postForEntity(
                          "/api/sessions",
                          Sessions.fortyFiveMinuteOfficeSession()
                              .by(insured, world.lcsw(null).getId()),
                          Map.class)
                      .getBody()
                      .get("claimId"))
              .longValue();
      await().atMost(Duration.ofSeconds(60)).until(() -> "READY_TO_SUBMIT".equals(status(claimId)));
      biller.postForEntity("/api/edi/outbound/batches", null, Map.class);
      await()
          .atMost(Duration.ofSeconds(60))
          .until(
              () -> {
                inbox.postWaitingFiles();
                return !Set.of("READY_TO_SUBMIT", "SUBMITTED", "ACCEPTED")
                    .contains(status(claimId));
              });
      List<Map<String, Object>> batches =
          DemoLogins.as(http, "manager").getForObject("/api/edi/outbound/batches", List.class);
      assertThat(batches).isNotEmpty();
    } finally {
      ((Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).detachAppender(appender);
      appender.stop();
    }

    String logs = captured.toString(StandardCharsets.UTF_8);
    assertThat(logs).as("captured log output").isNotBlank();
    for (String canary :
        List.of(FIRST_NAME, LAST_NAME, BIRTH_DATE, BIRTH_DATE.replace("-", ""), MEMBER_ID)) {
      assertThat(logs).as("log output").doesNotContainIgnoringCase(canary);
    }
  }

  private String status(long claimId) {
    return (String)
        DemoLogins.as(http, "biller")
            .getForObject("/api/claims/" + claimId, Map.class)
            .get("status");
  }

  private static int put(TestRestTemplate client, String path, Map<String, Object> body) {
    return client
        .exchange(path, HttpMethod.PUT, new HttpEntity<>(body), String.class)
        .getStatusCode()
        .value();
  }

  /** Every event of every logger, as the console would print it, with stack traces. */
  private static OutputStreamAppender<ch.qos.logback.classic.spi.ILoggingEvent> capture(
      ByteArrayOutputStream target) {
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    PatternLayoutEncoder encoder = new PatternLayoutEncoder();
    encoder.setContext(context);
    encoder.setPattern("%level %logger %thread %mdc %msg%n%ex");
    encoder.start();
    OutputStreamAppender<ch.qos.logback.classic.spi.ILoggingEvent> appender =
        new OutputStreamAppender<>();
    appender.setContext(context);
    appender.setEncoder(encoder);
    appender.setOutputStream(target);
    appender.start();
    ((Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).addAppender(appender);
    return appender;
  }
}
