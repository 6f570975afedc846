package org.continuum.payer;

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
class PayerApiTests {

  @Autowired TestRestTemplate http;
  @Autowired PayerRepository payers;
  @Autowired PayerProfileRepository profiles;

  JsonApi analyst;

  @BeforeEach
  void logIn() {
    analyst = JsonApi.as(http, "analyst");
  }

  @Test
  void createsAPayerWithItsProfileThenChangesListsAndDeactivatesIt() {
    ObjectNode body = Fixtures.payer();
    ResponseEntity<JsonNode> created = analyst.post("/api/payers", body);
    assertThat(created.getStatusCode().value()).isEqualTo(201);
    long id = created.getBody().get("id").asLong();

    JsonNode read = analyst.get("/api/payers/" + id).getBody();
    assertThat(read.get("code").asText()).isEqualTo(body.get("code").asText());
    assertThat(read.at("/profile/timelyFilingDays").asInt()).isEqualTo(90);
    assertThat(read.at("/profile/telehealthPolicy/homePlaceOfService").asText()).isEqualTo("10");
    assertThat(read.at("/profile/licensureModifiers/LCSW").asText()).isEqualTo("AJ");

    body.put("name", "Test Health Plan of Illinois");
    body.remove("profile");
    ResponseEntity<JsonNode> updated = analyst.put("/api/payers/" + id, body);
    assertThat(updated.getStatusCode().value()).isEqualTo(200);
    assertThat(updated.getBody().get("name").asText()).isEqualTo("Test Health Plan of Illinois");
    assertThat(updated.getBody().at("/profile/timelyFilingDays").asInt())
        .as("an update without a profile keeps it")
        .isEqualTo(90);

    ObjectNode profile = Fixtures.payerProfile();
    profile.put("timelyFilingDays", 365);
    profile.putArray("appealWindowDays").add(120).add(180).add(60).add(60).add(60);
    ResponseEntity<JsonNode> newRules = analyst.put("/api/payers/" + id + "/profile", profile);
    assertThat(newRules.getStatusCode().value()).isEqualTo(200);
    JsonNode reread = analyst.get("/api/payers/" + id + "/profile").getBody();
    assertThat(reread.get("timelyFilingDays").asInt()).isEqualTo(365);
    assertThat(reread.get("appealWindowDays")).hasSize(5);

    assertThat(analyst.get("/api/payers?active=true&size=500").getBody().findValuesAsText("code"))
        .contains(body.get("code").asText());
    assertThat(analyst.delete("/api/payers/" + id).getStatusCode().value()).isEqualTo(204);
    assertThat(analyst.get("/api/payers/" + id).getBody().get("active").asBoolean()).isFalse();
    assertThat(analyst.get("/api/payers?active=true&size=500").getBody().findValuesAsText("code"))
        .doesNotContain(body.get("code").asText());
  }

  static Stream<Arguments> brokenRules() {
    return Stream.of(
        broken("no code", p -> p.remove("code"), "code"),
        broken("lower-case code", p -> p.put("code", "medicare"), "code"),
        broken("no electronic payer id", p -> p.remove("payerId"), "payerId"),
        broken("no family", p -> p.remove("family"), "family"),
        broken("no profile", p -> p.remove("profile"), "profile"),
        broken(
            "no timely filing",
            p -> profile(p).remove("timelyFilingDays"),
            "profile.timelyFilingDays"),
        broken(
            "zero timely filing days",
            p -> profile(p).put("timelyFilingDays", 0),
            "profile.timelyFilingDays"),
        broken(
            "timely filing over two years",
            p -> profile(p).put("timelyFilingDays", 731),
            "profile.timelyFilingDays"),
        broken(
            "no appeal windows",
            p -> profile(p).putArray("appealWindowDays"),
            "profile.appealWindowDays"),
        broken(
            "a negative appeal window",
            p -> profile(p).putArray("appealWindowDays").add(120).add(-1),
            "profile.appealWindowDays[1]"),
        broken(
            "no telehealth policy",
            p -> profile(p).remove("telehealthPolicy"),
            "profile.telehealthPolicy"),
        broken(
            "a three-digit place of service",
            p -> ((ObjectNode) profile(p).get("telehealthPolicy")).put("homePlaceOfService", "100"),
            "profile.telehealthPolicy.homePlaceOfService"),
        broken(
            "no documentation rules",
            p -> profile(p).remove("documentationRules"),
            "profile.documentationRules"),
        broken(
            "zero minutes for 90837",
            p ->
                ((ObjectNode) profile(p).get("documentationRules"))
                    .put("minimumMinutesFor90837", 0),
            "profile.documentationRules.minimumMinutesFor90837"),
        broken(
            "a licensure modifier of three characters",
            p -> ((ObjectNode) profile(p).get("licensureModifiers")).put("LCSW", "AJX"),
            "profile.licensureModifiers[LCSW]"),
        broken(
            "a procedure code of four characters",
            p -> profile(p).putArray("authRequiredCodes").add("9083"),
            "profile.authRequiredCodes[0]"),
        broken(
            "a lower-case HCPCS code",
            p -> profile(p).putArray("authRequiredCodes").add("90837").add("h0004"),
            "profile.authRequiredCodes[1]"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenRules")
  void refusesAPayerThatBreaksARuleAndStoresNothing(
      String rule, Consumer<ObjectNode> breakIt, String field) {
    ObjectNode body = Fixtures.payer();
    breakIt.accept(body);
    long payersBefore = payers.count();
    long profilesBefore = profiles.count();

    ResponseEntity<JsonNode> response = analyst.post("/api/payers", body);

    assertThat(response.getStatusCode().value()).isEqualTo(422);
    assertThat(errorFields(response)).contains(field);
    assertThat(payers.count()).isEqualTo(payersBefore);
    assertThat(profiles.count()).isEqualTo(profilesBefore);
  }

  @Test
  void refusesAProfileChangeThatBreaksARuleAndKeepsTheRules() {
    long id = Fixtures.createPayer(analyst);
    ObjectNode profile = Fixtures.payerProfile();
    profile.put("timelyFilingDays", 180);
    ((ObjectNode) profile.get("telehealthPolicy")).put("videoModifier", "9");

    ResponseEntity<JsonNode> response = analyst.put("/api/payers/" + id + "/profile", profile);

    assertThat(response.getStatusCode().value()).isEqualTo(422);
    assertThat(errorFields(response)).containsExactly("telehealthPolicy.videoModifier");
    assertThat(profiles.findById(id).orElseThrow().getTimelyFilingDays()).isEqualTo(90);
  }

  @Test
  void refusesACodeAnotherPayerHas() {
    ObjectNode first = Fixtures.payer();
    analyst.createdId("/api/payers", first);
    ObjectNode second = Fixtures.payer();
    second.put("code", first.get("code").asText());
    long before = payers.count();

    ResponseEntity<JsonNode> response = analyst.post("/api/payers", second);

    assertThat(response.getStatusCode().value()).isEqualTo(422);
    assertThat(errorFields(response)).containsExactly("code");
    assertThat(payers.count()).isEqualTo(before);
  }

  @Test
  void namesTheFieldOfAnUnknownEnumValueWith400() {
    ObjectNode body = Fixtures.payer();
    body.put("family", "CHARITY");
    long before = payers.count();

    ResponseEntity<JsonNode> response = analyst.post("/api/payers", body);

    assertThat(response.getStatusCode().value()).isEqualTo(400);
    assertThat(errorFields(response)).containsExactly("family");
    assertThat(payers.count()).isEqualTo(before);
  }

  @Test
  void answers400ToABodyThatIsNotJson() {
    long before = payers.count();
    assertThat(analyst.post("/api/payers", "code=MEDICARE").getStatusCode().value()).isEqualTo(400);
    assertThat(payers.count()).isEqualTo(before);
  }

  @Test
  void answers404ForAnUnknownPayer() {
    String unknown = "/api/payers/" + Long.MAX_VALUE;
    assertThat(analyst.get(unknown).getStatusCode().value()).isEqualTo(404);
    assertThat(analyst.put(unknown, Fixtures.payer()).getStatusCode().value()).isEqualTo(404);
    assertThat(analyst.delete(unknown).getStatusCode().value()).isEqualTo(404);
    assertThat(analyst.get(unknown + "/profile").getStatusCode().value()).isEqualTo(404);
    assertThat(analyst.put(unknown + "/profile", Fixtures.payerProfile()).getStatusCode().value())
        .isEqualTo(404);
  }

  private static ObjectNode profile(ObjectNode payer) {
    return (ObjectNode) payer.get("profile");
  }

  private static Arguments broken(String rule, Consumer<ObjectNode> breakIt, String field) {
    return Arguments.of(rule, breakIt, field);
  }
}
