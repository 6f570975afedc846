package org.continuum.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.continuum.support.DemoLogins;
import org.continuum.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

@IntegrationTest
class ApiDocsTests {

  @Autowired TestRestTemplate http;

  @Test
  void describesThePublicApiForALoggedInIntegrator() {
    ResponseEntity<String> docs =
        DemoLogins.as(http, "biller").getForEntity("/v3/api-docs", String.class);

    assertThat(docs.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(docs.getBody())
        .contains("\"openapi\"")
        .contains("/api/patients")
        .contains("/api/coverages")
        .contains("/api/clinicians")
        .contains("/api/payers")
        .contains("/api/authorizations")
        .contains("/api/sessions")
        .contains("/api/claims/{id}");
  }

  @Test
  void keepsTheApiDescriptionFromAnonymousCallers() {
    assertThat(http.getForEntity("/v3/api-docs", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void answersAMalformedIdWith400NamingIt() {
    ResponseEntity<String> response =
        DemoLogins.as(http, "biller").getForEntity("/api/patients/not-a-number", String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody()).contains("\"field\":\"id\"");
  }

  @Test
  void answersAnUnknownIdWith404() {
    ResponseEntity<String> response =
        DemoLogins.as(http, "biller").getForEntity("/api/patients/987654321", String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(response.getBody()).contains("Patient 987654321 does not exist");
  }
}
