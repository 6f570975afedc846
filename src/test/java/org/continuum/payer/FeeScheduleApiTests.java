package org.continuum.payer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.continuum.support.JsonApi.errorFields;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
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
class FeeScheduleApiTests {

  @Autowired TestRestTemplate http;
  @Autowired FeeScheduleRepository schedules;

  JsonApi lead;
  long payerId;
  String path;

  @BeforeEach
  void payer() {
    lead = JsonApi.as(http, "lead");
    payerId = Fixtures.createPayer(lead);
    path = "/api/payers/" + payerId + "/fee-schedules";
  }

  static ObjectNode schedule(String from, String to) {
    ObjectNode body = JsonApi.object();
    body.put("effectiveFrom", from);
    if (to != null) {
      body.put("effectiveTo", to);
    }
    ArrayNode entries = body.putArray("entries");
    entries.add(entry("90834", null, "150.00", "98.50"));
    entries.add(entry("90837", null, "200.00", "131.25"));
    entries.add(entry("90837", "95", "200.00", "125"));
    return body;
  }

  static ObjectNode entry(String code, String modifier, String charge, String contracted) {
    ObjectNode entry = JsonApi.object();
    entry.put("procedureCode", code);
    if (modifier != null) {
      entry.put("modifier", modifier);
    }
    entry.put("chargeAmount", new BigDecimal(charge));
    entry.put("contractedAmount", new BigDecimal(contracted));
    return entry;
  }

  @Test
  void addsSchedulesForConsecutiveYearsAndReadsThemBack() {
    ResponseEntity<JsonNode> created = lead.post(path, schedule("2025-01-01", "2025-12-31"));
    assertThat(created.getStatusCode().value()).isEqualTo(201);
    long id = created.getBody().get("id").asLong();
    long next = lead.createdId(path, schedule("2026-01-01", null));

    JsonNode read = lead.get(path + "/" + id).getBody();
    assertThat(read.get("entries")).hasSize(3);
    assertThat(read.get("entries").findValues("contractedAmount"))
        .map(amount -> amount.decimalValue().setScale(2))
        .containsExactly(
            new BigDecimal("98.50"), new BigDecimal("131.25"), new BigDecimal("125.00"));
    assertThat(schedules.findById(id).orElseThrow().entryFor("90837", "95").orElseThrow())
        .extracting(FeeScheduleEntry::getContractedAmount)
        .isEqualTo(new BigDecimal("125.00"));

    assertThat(lead.get(path).getBody().findValuesAsText("id"))
        .containsExactly(String.valueOf(next), String.valueOf(id));
  }

  static Stream<Arguments> brokenRules() {
    return Stream.of(
        broken("no start", s -> s.remove("effectiveFrom"), "effectiveFrom"),
        broken("ends before it starts", s -> s.put("effectiveTo", "2024-12-31"), "effectiveTo"),
        broken("no entries", s -> s.putArray("entries"), "entries"),
        broken(
            "a code twice without modifier",
            s -> entries(s).add(entry("90834", "", "1.00", "1.00")),
            "entries[3].procedureCode"),
        broken(
            "a code twice with one modifier",
            s -> entries(s).add(entry("90837", "95", "1.00", "1.00")),
            "entries[3].procedureCode"),
        broken(
            "a code of four characters",
            s -> entries(s).add(entry("9083", null, "1.00", "1.00")),
            "entries[3].procedureCode"),
        broken(
            "a modifier of one character",
            s -> entries(s).add(entry("90846", "9", "1.00", "1.00")),
            "entries[3].modifier"),
        broken(
            "a negative contracted amount",
            s -> entries(s).add(entry("90846", null, "1.00", "-0.01")),
            "entries[3].contractedAmount"),
        broken(
            "a charge with three decimals",
            s -> entries(s).add(entry("90846", null, "1.005", "1.00")),
            "entries[3].chargeAmount"),
        broken(
            "no charge",
            s -> ((ObjectNode) entries(s).get(0)).remove("chargeAmount"),
            "entries[0].chargeAmount"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenRules")
  void refusesAScheduleThatBreaksARuleAndStoresNothing(
      String rule, Consumer<ObjectNode> breakIt, String field) {
    ObjectNode body = schedule("2025-01-01", null);
    breakIt.accept(body);
    long before = schedules.count();

    ResponseEntity<JsonNode> response = lead.post(path, body);

    assertThat(response.getStatusCode().value()).isEqualTo(422);
    assertThat(errorFields(response)).contains(field);
    assertThat(schedules.count()).isEqualTo(before);
  }

  static Stream<Arguments> overlaps() {
    return Stream.of(
        Arguments.of("2025-06-01", "2025-06-30", "inside"),
        Arguments.of("2024-07-01", "2025-01-01", "across the start"),
        Arguments.of("2025-12-31", null, "across the end, open-ended"),
        Arguments.of("2024-01-01", null, "around it, open-ended"));
  }

  @ParameterizedTest(name = "{2}")
  @MethodSource("overlaps")
  void refusesAScheduleInForceOnADayAnotherIs(String from, String to, String how) {
    lead.createdId(path, schedule("2025-01-01", "2025-12-31"));
    long before = schedules.count();

    ResponseEntity<JsonNode> response = lead.post(path, schedule(from, to));

    assertThat(response.getStatusCode().value()).isEqualTo(422);
    assertThat(errorFields(response)).containsExactly("effectiveFrom");
    assertThat(schedules.count()).isEqualTo(before);
  }

  @Test
  void letsAnotherPayerHaveAScheduleForTheSameDates() {
    lead.createdId(path, schedule("2025-01-01", null));
    long otherPayer = Fixtures.createPayer(lead);

    assertThat(
            lead.post("/api/payers/" + otherPayer + "/fee-schedules", schedule("2025-01-01", null))
                .getStatusCode()
                .value())
        .isEqualTo(201);
  }

  @Test
  void answers400ToABodyThatIsNotJsonOrAnAmountThatIsNoNumber() {
    long before = schedules.count();
    assertThat(lead.post(path, "{\"entries\": [").getStatusCode().value()).isEqualTo(400);
    ObjectNode body = schedule("2025-01-01", null);
    ((ObjectNode) entries(body).get(1)).put("chargeAmount", "a lot");
    ResponseEntity<JsonNode> response = lead.post(path, body);
    assertThat(response.getStatusCode().value()).isEqualTo(400);
    assertThat(errorFields(response)).containsExactly("entries[1].chargeAmount");
    assertThat(schedules.count()).isEqualTo(before);
  }

  @Test
  void answers404ForAnUnknownPayerOrScheduleOrAScheduleOfAnotherPayer() {
    long id = lead.createdId(path, schedule("2025-01-01", null));
    long otherPayer = Fixtures.createPayer(lead);
    String unknownPayer = "/api/payers/" + Long.MAX_VALUE + "/fee-schedules";

    assertThat(lead.get(unknownPayer).getStatusCode().value()).isEqualTo(404);
    assertThat(lead.post(unknownPayer, schedule("2025-01-01", null)).getStatusCode().value())
        .isEqualTo(404);
    assertThat(lead.get(path + "/" + Long.MAX_VALUE).getStatusCode().value()).isEqualTo(404);
    assertThat(
            lead.get("/api/payers/" + otherPayer + "/fee-schedules/" + id).getStatusCode().value())
        .isEqualTo(404);
  }

  private static ArrayNode entries(ObjectNode schedule) {
    return (ArrayNode) schedule.get("entries");
  }

  private static Arguments broken(String rule, Consumer<ObjectNode> breakIt, String field) {
    return Arguments.of(rule, breakIt, field);
  }
}
