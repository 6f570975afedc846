package org.continuum.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.continuum.support.DemoLogins;
import org.continuum.support.IntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * SQL injection probes in query parameters (filters, grouping, paging, dates): each is refused with
 * a 4xx or treated as the plain value it is, never a 500, and the data is still there.
 */
@IntegrationTest
class SqlInjectionProbeTests {

  @Autowired TestRestTemplate http;
  @Autowired JdbcTemplate jdbc;

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/api/patients?externalId=' OR '1'='1",
        "/api/patients?externalId=x'; drop table patient; --",
        "/api/patients?page=0;delete from patient&size=1",
        "/api/patients?size=1 union select 1",
        "/api/appointments?patientId=1 or 1=1",
        "/api/ar/aging?by=payer; drop table claim",
        "/api/ar/aging?by=payer&asOf=2026-01-01' or '1'='1",
        "/api/ar/aging/claims?bucket=0-30' or 1=1 --&payer=1",
        "/api/kpis?from=2026-01-01';--&to=2026-02-01",
        "/api/audit?actor=' or 1=1 --",
        "/api/audit?subjectId=1) or (1=1&from=x",
        "/api/claims/1 or 1=1"
      })
  void probeIsRefusedOrHarmless(String probe) {
    long patients = count("patient");
    long claims = count("claim");

    ResponseEntity<String> answer = DemoLogins.as(http, "admin").getForEntity(probe, String.class);

    assertThat(answer.getStatusCode().value()).as(probe).isLessThan(500);
    if (answer.getStatusCode().is2xxSuccessful()) {
      assertThat(answer.getBody())
          .as(probe)
          .satisfiesAnyOf(
              body -> assertThat(body).isEqualTo("[]"),
              body -> assertThat(body).doesNotContain("\"externalId\""));
    }
    assertThat(count("patient")).isEqualTo(patients);
    assertThat(count("claim")).isGreaterThanOrEqualTo(claims);
  }

  private long count(String table) {
    return jdbc.queryForObject("select count(*) from " + table, Long.class);
  }
}
