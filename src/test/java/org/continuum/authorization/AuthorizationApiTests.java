package org.continuum.authorization;

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
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class AuthorizationApiTests {

  @Autowired TestRestTemplate http;
  @Autowired AuthorizationRepository authorizations;
  @Autowired JdbcTemplate jdbc;

  JsonApi authorizer;
  long patientId;
  long payerId;
  long clinicianId;

  @BeforeEach
  void practice() {
    JsonApi admin = JsonApi.as(http, "admin");
    authorizer = JsonApi.as(http, "authorizer");
    patientId = Fixtures.createPatient(admin);
    payerId = Fixtures.createPayer(admin);
    clinicianId = Fixtures.createClinician(admin);
  }

  ObjectNode authorization() {
    ObjectNode body = JsonApi.object();
    body.put("patientId", patientId);
    body.put("payerId", payerId);
    body.put("authorizationNumber", "PA-2025-" + Fixtures.unique());
    body.putArray("procedureCodes").add("90837").add("H0004");
    body.put("unitsApproved", 12);
    body.put("startDate", "2025-01-01");
    body.put("endDate", "2025-06-30");
    body.put("renderingClinicianId", clinicianId);
    return body;
  }

  @Test
  void createsReadsChangesListsAndDeletesAnAuthorization() {
    ResponseEntity<JsonNode> created = authorizer.post("/api/authorizations", authorization());
    assertThat(created.getStatusCode().value()).isEqualTo(201);
    long id = created.getBody().get("id").asLong();
    assertThat(created.getBody().get("status").asText()).isEqualTo("ACTIVE");
    assertThat(created.getBody().get("unitsRemaining").asInt()).isEqualTo(12);

    jdbc.update("update authorization_grant set units_used = 3 where id = ?", id);
    JsonNode read = authorizer.get("/api/authorizations/" + id).getBody();
    assertThat(read.get("unitsUsed").asInt()).isEqualTo(3);
    assertThat(read.get("unitsRemaining").asInt()).isEqualTo(9);

    ObjectNode change = authorization();
    change.put("unitsApproved", 20);
    change.put("endDate", "2025-12-31");
    change.remove("renderingClinicianId");
    ResponseEntity<JsonNode> updated = authorizer.put("/api/authorizations/" + id, change);
    assertThat(updated.getStatusCode().value()).isEqualTo(200);
    assertThat(updated.getBody().get("unitsRemaining").asInt()).isEqualTo(17);
    assertThat(updated.getBody().has("renderingClinicianId")).isFalse();

    long otherPayer = Fixtures.createPayer(JsonApi.as(http, "admin"));
    ObjectNode withOtherPayer = authorization();
    withOtherPayer.put("payerId", otherPayer);
    long other = authorizer.createdId("/api/authorizations", withOtherPayer);
    assertThat(
            authorizer
                .get("/api/authorizations?patientId=" + patientId)
                .getBody()
                .findValuesAsText("id"))
        .containsExactly(String.valueOf(id), String.valueOf(other));
    assertThat(
            authorizer
                .get("/api/authorizations?patientId=" + patientId + "&payerId=" + otherPayer)
                .getBody()
                .findValuesAsText("id"))
        .containsExactly(String.valueOf(other));
    assertThat(
            authorizer
                .get("/api/authorizations?payerId=" + payerId)
                .getBody()
                .findValuesAsText("id"))
        .containsExactly(String.valueOf(id));

    assertThat(authorizer.delete("/api/authorizations/" + other).getStatusCode().value())
        .isEqualTo(204);
    assertThat(authorizer.get("/api/authorizations/" + other).getStatusCode().value())
        .isEqualTo(404);
  }

  @Test
  void keepsAnAuthorizationThatClaimsHaveUsed() {
    long id = authorizer.createdId("/api/authorizations", authorization());
    jdbc.update("update authorization_grant set units_used = 1 where id = ?", id);

    ResponseEntity<JsonNode> response = authorizer.delete("/api/authorizations/" + id);

    assertThat(response.getStatusCode().value()).isEqualTo(422);
    assertThat(errorFields(response)).containsExactly("unitsUsed");
    assertThat(authorizations.existsById(id)).isTrue();
  }

  @Test
  void refusesFewerApprovedUnitsThanClaimsHaveUsed() {
    long id = authorizer.createdId("/api/authorizations", authorization());
    jdbc.update("update authorization_grant set units_used = 5 where id = ?", id);
    ObjectNode change = authorization();
    change.put("unitsApproved", 4);

    ResponseEntity<JsonNode> response = authorizer.put("/api/authorizations/" + id, change);

    assertThat(response.getStatusCode().value()).isEqualTo(422);
    assertThat(errorFields(response)).containsExactly("unitsApproved");
    assertThat(authorizations.findById(id).orElseThrow().getUnitsApproved()).isEqualTo(12);
  }

  static Stream<Arguments> brokenRules() {
    return Stream.of(
        broken("unknown patient", a -> a.put("patientId", Long.MAX_VALUE), "patientId"),
        broken("no patient", a -> a.remove("patientId"), "patientId"),
        broken("unknown payer", a -> a.put("payerId", Long.MAX_VALUE), "payerId"),
        broken(
            "unknown clinician",
            a -> a.put("renderingClinicianId", Long.MAX_VALUE),
            "renderingClinicianId"),
        broken("no number", a -> a.put("authorizationNumber", ""), "authorizationNumber"),
        broken("no codes", a -> a.putArray("procedureCodes"), "procedureCodes"),
        broken(
            "a code of six characters",
            a -> a.putArray("procedureCodes").add("90837").add("908370"),
            "procedureCodes[1]"),
        broken(
            "a code twice",
            a -> a.putArray("procedureCodes").add("90837").add("90837"),
            "procedureCodes[1]"),
        broken("negative units", a -> a.put("unitsApproved", -1), "unitsApproved"),
        broken("no units", a -> a.remove("unitsApproved"), "unitsApproved"),
        broken("no end", a -> a.remove("endDate"), "endDate"),
        broken("ends before it starts", a -> a.put("endDate", "2024-12-31"), "endDate"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenRules")
  void refusesAnAuthorizationThatBreaksARuleAndStoresNothing(
      String rule, Consumer<ObjectNode> breakIt, String field) {
    ObjectNode body = authorization();
    breakIt.accept(body);
    long before = authorizations.count();

    ResponseEntity<JsonNode> response = authorizer.post("/api/authorizations", body);

    assertThat(response.getStatusCode().value()).isEqualTo(422);
    assertThat(errorFields(response)).contains(field);
    assertThat(authorizations.count()).isEqualTo(before);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenRules")
  void refusesAChangeThatBreaksARuleAndKeepsTheAuthorization(
      String rule, Consumer<ObjectNode> breakIt, String field) {
    long id = authorizer.createdId("/api/authorizations", authorization());
    ObjectNode body = authorization();
    body.put("authorizationNumber", "CHANGED");
    breakIt.accept(body);

    ResponseEntity<JsonNode> response = authorizer.put("/api/authorizations/" + id, body);

    assertThat(response.getStatusCode().value()).isEqualTo(422);
    assertThat(errorFields(response)).contains(field);
    assertThat(authorizations.findById(id).orElseThrow().getAuthorizationNumber())
        .isNotEqualTo("CHANGED");
  }

  @Test
  void namesTheFieldOfAnUnknownEnumValueWith400() {
    ObjectNode body = authorization();
    body.put("status", "MAYBE");
    long before = authorizations.count();

    ResponseEntity<JsonNode> response = authorizer.post("/api/authorizations", body);

    assertThat(response.getStatusCode().value()).isEqualTo(400);
    assertThat(errorFields(response)).containsExactly("status");
    assertThat(authorizations.count()).isEqualTo(before);
  }

  @Test
  void answers400ToABodyThatIsNotJson() {
    long before = authorizations.count();
    assertThat(authorizer.post("/api/authorizations", "{,}").getStatusCode().value())
        .isEqualTo(400);
    assertThat(authorizations.count()).isEqualTo(before);
  }

  @Test
  void answers404ForAnUnknownAuthorization() {
    String unknown = "/api/authorizations/" + Long.MAX_VALUE;
    assertThat(authorizer.get(unknown).getStatusCode().value()).isEqualTo(404);
    assertThat(authorizer.put(unknown, authorization()).getStatusCode().value()).isEqualTo(404);
    assertThat(authorizer.delete(unknown).getStatusCode().value()).isEqualTo(404);
  }

  private static Arguments broken(String rule, Consumer<ObjectNode> breakIt, String field) {
    return Arguments.of(rule, breakIt, field);
  }
}
