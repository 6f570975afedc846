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
class CoverageApiTests {

  @Autowired TestRestTemplate http;
  @Autowired CoverageRepository coverages;

  JsonApi biller;
  long patientId;
  long payerId;

  @BeforeEach
  void practice() {
    JsonApi admin = JsonApi.as(http, "admin");
    biller = JsonApi.as(http, "biller");
    patientId = Fixtures.createPatient(admin);
    payerId = Fixtures.createPayer(admin);
  }

  ObjectNode coverage() {
    ObjectNode body = JsonApi.object();
    body.put("patientId", patientId);
    body.put("payerId", payerId);
    body.put("memberId", "XK4-1002938");
    body.put("groupNumber", "GRP-77");
    body.put("priority", "PRIMARY");
    body.put("subscriberRelationship", "SELF");
    body.put("effectiveFrom", "2025-01-01");
    return body;
  }

  @Test
  void createsReadsChangesListsAndDeletesACoverage() {
    ResponseEntity<JsonNode> created = biller.post("/api/coverages", coverage());
    assertThat(created.getStatusCode().value()).isEqualTo(201);
    long id = created.getBody().get("id").asLong();

    JsonNode read = biller.get("/api/coverages/" + id).getBody();
    assertThat(read.get("memberId").asText()).isEqualTo("XK4-1002938");
    assertThat(read.get("payerId").asLong()).isEqualTo(payerId);

    ObjectNode change = coverage();
    change.put("subscriberRelationship", "CHILD");
    change.put("subscriberFirstName", "Morgan");
    change.put("subscriberLastName", "Patient");
    change.put("subscriberDateOfBirth", "1965-02-03");
    change.put("effectiveTo", "2025-12-31");
    ResponseEntity<JsonNode> updated = biller.put("/api/coverages/" + id, change);
    assertThat(updated.getStatusCode().value()).isEqualTo(200);
    assertThat(updated.getBody().get("subscriberRelationship").asText()).isEqualTo("CHILD");
    assertThat(updated.getBody().get("effectiveTo").asText()).isEqualTo("2025-12-31");
    assertThat(updated.getBody().get("version").asLong()).isEqualTo(1);

    ObjectNode secondary = coverage();
    secondary.put("priority", "SECONDARY");
    secondary.put("memberId", "SEC-1");
    long secondaryId = biller.createdId("/api/coverages", secondary);

    JsonNode listed = biller.get("/api/coverages?patientId=" + patientId).getBody();
    assertThat(listed).hasSize(2);
    JsonNode ofPatient = biller.get("/api/patients/" + patientId + "/coverages").getBody();
    assertThat(ofPatient.findValuesAsText("priority")).containsExactly("PRIMARY", "SECONDARY");
    assertThat(ofPatient.findValuesAsText("id"))
        .containsExactly(String.valueOf(id), String.valueOf(secondaryId));

    assertThat(biller.delete("/api/coverages/" + id).getStatusCode().value()).isEqualTo(204);
    assertThat(biller.get("/api/coverages/" + id).getStatusCode().value()).isEqualTo(404);
  }

  static Stream<Arguments> brokenRules() {
    return Stream.of(
        broken("unknown patient", c -> c.put("patientId", Long.MAX_VALUE), "patientId"),
        broken("unknown payer", c -> c.put("payerId", Long.MAX_VALUE), "payerId"),
        broken("no payer", c -> c.remove("payerId"), "payerId"),
        broken("member id with spaces", c -> c.put("memberId", "12 34"), "memberId"),
        broken("one-character member id", c -> c.put("memberId", "1"), "memberId"),
        broken("no member id", c -> c.remove("memberId"), "memberId"),
        broken("no priority", c -> c.remove("priority"), "priority"),
        broken(
            "no relationship", c -> c.remove("subscriberRelationship"), "subscriberRelationship"),
        broken("no start", c -> c.remove("effectiveFrom"), "effectiveFrom"),
        broken("ends before it starts", c -> c.put("effectiveTo", "2024-12-31"), "effectiveTo"),
        broken(
            "subscriber born in the future",
            c -> c.put("subscriberDateOfBirth", "2999-01-01"),
            "subscriberDateOfBirth"),
        broken(
            "another subscriber without a name",
            c -> c.put("subscriberRelationship", "SPOUSE"),
            "subscriberLastName"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenRules")
  void refusesACoverageThatBreaksARuleAndStoresNothing(
      String rule, Consumer<ObjectNode> breakIt, String field) {
    ObjectNode body = coverage();
    breakIt.accept(body);
    long before = coverages.count();

    ResponseEntity<JsonNode> response = biller.post("/api/coverages", body);

    assertThat(response.getStatusCode().value()).isEqualTo(422);
    assertThat(errorFields(response)).contains(field);
    assertThat(coverages.count()).isEqualTo(before);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenRules")
  void refusesAChangeThatBreaksARuleAndKeepsTheCoverage(
      String rule, Consumer<ObjectNode> breakIt, String field) {
    long id = biller.createdId("/api/coverages", coverage());
    ObjectNode body = coverage();
    body.put("memberId", "CHANGED-1");
    breakIt.accept(body);

    ResponseEntity<JsonNode> response = biller.put("/api/coverages/" + id, body);

    assertThat(response.getStatusCode().value()).isEqualTo(422);
    assertThat(errorFields(response)).contains(field);
    assertThat(coverages.findById(id).orElseThrow().getMemberId()).isEqualTo("XK4-1002938");
  }

  @Test
  void refusesToMoveACoverageToAnotherPatient() {
    long id = biller.createdId("/api/coverages", coverage());
    ObjectNode body = coverage();
    body.put("patientId", Fixtures.createPatient(JsonApi.as(http, "admin")));

    ResponseEntity<JsonNode> response = biller.put("/api/coverages/" + id, body);

    assertThat(response.getStatusCode().value()).isEqualTo(422);
    assertThat(errorFields(response)).containsExactly("patientId");
  }

  @Test
  void namesTheFieldOfAnUnknownEnumValueWith400() {
    ObjectNode body = coverage();
    body.put("priority", "QUATERNARY");
    long before = coverages.count();

    ResponseEntity<JsonNode> response = biller.post("/api/coverages", body);

    assertThat(response.getStatusCode().value()).isEqualTo(400);
    assertThat(errorFields(response)).containsExactly("priority");
    assertThat(coverages.count()).isEqualTo(before);
  }

  @Test
  void answers400ToABodyThatIsNotJson() {
    long before = coverages.count();

    ResponseEntity<JsonNode> response = biller.post("/api/coverages", "{\"patientId\": ");

    assertThat(response.getStatusCode().value()).isEqualTo(400);
    assertThat(coverages.count()).isEqualTo(before);
  }

  @Test
  void answers404ForAnUnknownCoverageOrPatient() {
    assertThat(biller.get("/api/coverages/" + Long.MAX_VALUE).getStatusCode().value())
        .isEqualTo(404);
    assertThat(biller.put("/api/coverages/" + Long.MAX_VALUE, coverage()).getStatusCode().value())
        .isEqualTo(404);
    assertThat(biller.delete("/api/coverages/" + Long.MAX_VALUE).getStatusCode().value())
        .isEqualTo(404);
    assertThat(biller.get("/api/patients/" + Long.MAX_VALUE + "/coverages").getStatusCode().value())
        .isEqualTo(404);
  }

  private static Arguments broken(String rule, Consumer<ObjectNode> breakIt, String field) {
    return Arguments.of(rule, breakIt, field);
  }
}
