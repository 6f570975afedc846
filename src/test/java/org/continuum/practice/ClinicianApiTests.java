package org.continuum.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.continuum.support.JsonApi.errorFields;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.continuum.support.Fixtures;
import org.continuum.support.IntegrationTest;
import org.continuum.support.JsonApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

@IntegrationTest
class ClinicianApiTests {

  @Autowired TestRestTemplate http;
  @Autowired ClinicianRepository clinicians;

  JsonApi lead;

  @BeforeEach
  void logIn() {
    lead = JsonApi.as(http, "lead");
  }

  @Test
  void createsReadsChangesListsAndDeactivatesAClinician() {
    ObjectNode body = Fixtures.clinician();
    ResponseEntity<JsonNode> created = lead.post("/api/clinicians", body);
    assertThat(created.getStatusCode().value()).isEqualTo(201);
    long id = created.getBody().get("id").asLong();
    assertThat(created.getBody().get("active").asBoolean()).isTrue();

    JsonNode read = lead.get("/api/clinicians/" + id).getBody();
    assertThat(read.get("npi").asText()).isEqualTo(body.get("npi").asText());

    body.put("credential", "PSYCHIATRIC_NURSE_PRACTITIONER");
    body.put("prescriber", true);
    body.put("userId", "np-" + Fixtures.unique());
    ResponseEntity<JsonNode> updated = lead.put("/api/clinicians/" + id, body);
    assertThat(updated.getStatusCode().value()).isEqualTo(200);
    assertThat(updated.getBody().get("prescriber").asBoolean()).isTrue();
    assertThat(updated.getBody().get("active").asBoolean()).isTrue();

    assertThat(lead.get("/api/clinicians?active=true&size=500").getBody().findValuesAsText("id"))
        .contains(String.valueOf(id));

    assertThat(lead.delete("/api/clinicians/" + id).getStatusCode().value()).isEqualTo(204);
    JsonNode deactivated = lead.get("/api/clinicians/" + id).getBody();
    assertThat(deactivated.get("active").asBoolean()).isFalse();
    assertThat(lead.get("/api/clinicians?active=false&size=500").getBody().findValuesAsText("id"))
        .contains(String.valueOf(id));
    assertThat(lead.get("/api/clinicians?active=true&size=500").getBody().findValuesAsText("id"))
        .doesNotContain(String.valueOf(id));
  }

  static Stream<Arguments> brokenRules() {
    return Stream.of(
        broken("NPI with a wrong check digit", c -> c.put("npi", "1234567890"), "npi"),
        broken("NPI of nine digits", c -> c.put("npi", "123456789"), "npi"),
        broken("no NPI", c -> c.remove("npi"), "npi"),
        broken("no last name", c -> c.put("lastName", " "), "lastName"),
        broken("no credential", c -> c.remove("credential"), "credential"),
        broken("no licensure level", c -> c.remove("licensureLevel"), "licensureLevel"),
        broken("a prescribing LCSW", c -> c.put("prescriber", true), "prescriber"),
        broken(
            "taxonomy of nine characters",
            c -> c.put("taxonomyCode", "1041C0700"),
            "taxonomyCode"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenRules")
  void refusesAClinicianThatBreaksARuleAndStoresNothing(
      String rule, Consumer<ObjectNode> breakIt, String field) {
    ObjectNode body = Fixtures.clinician();
    breakIt.accept(body);
    long before = clinicians.count();

    ResponseEntity<JsonNode> response = lead.post("/api/clinicians", body);

    assertThat(response.getStatusCode().value()).isEqualTo(422);
    assertThat(errorFields(response)).contains(field);
    assertThat(clinicians.count()).isEqualTo(before);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenRules")
  void refusesAChangeThatBreaksARuleAndKeepsTheClinician(
      String rule, Consumer<ObjectNode> breakIt, String field) {
    ObjectNode body = Fixtures.clinician();
    long id = lead.createdId("/api/clinicians", body);
    body.put("firstName", "Changed");
    breakIt.accept(body);

    ResponseEntity<JsonNode> response = lead.put("/api/clinicians/" + id, body);

    assertThat(response.getStatusCode().value()).isEqualTo(422);
    assertThat(errorFields(response)).contains(field);
    assertThat(clinicians.findById(id).orElseThrow().getFirstName()).isEqualTo("Dana");
  }

  @Test
  void refusesAnNpiThatAnotherClinicianHas() {
    ObjectNode first = Fixtures.clinician();
    lead.createdId("/api/clinicians", first);
    ObjectNode second = Fixtures.clinician();
    second.put("npi", first.get("npi").asText());
    long before = clinicians.count();

    ResponseEntity<JsonNode> response = lead.post("/api/clinicians", second);

    assertThat(response.getStatusCode().value()).isEqualTo(422);
    assertThat(errorFields(response)).containsExactly("npi");
    assertThat(clinicians.count()).isEqualTo(before);
  }

  @Test
  void namesTheFieldOfAnUnknownEnumValueWith400() {
    ObjectNode body = Fixtures.clinician();
    body.put("credential", "SHAMAN");
    long before = clinicians.count();

    ResponseEntity<JsonNode> response = lead.post("/api/clinicians", body);

    assertThat(response.getStatusCode().value()).isEqualTo(400);
    assertThat(errorFields(response)).containsExactly("credential");
    assertThat(clinicians.count()).isEqualTo(before);
  }

  @Test
  void answers400ToABodyThatIsNotJson() {
    long before = clinicians.count();
    assertThat(lead.post("/api/clinicians", "[{").getStatusCode().value()).isEqualTo(400);
    assertThat(clinicians.count()).isEqualTo(before);
  }

  @Test
  void answers404ForAnUnknownClinician() {
    String unknown = "/api/clinicians/" + Long.MAX_VALUE;
    assertThat(lead.get(unknown).getStatusCode().value()).isEqualTo(404);
    assertThat(lead.put(unknown, Fixtures.clinician()).getStatusCode().value()).isEqualTo(404);
    assertThat(lead.delete(unknown).getStatusCode().value()).isEqualTo(404);
  }

  private static Arguments broken(String rule, Consumer<ObjectNode> breakIt, String field) {
    return Arguments.of(rule, breakIt, field);
  }
}
