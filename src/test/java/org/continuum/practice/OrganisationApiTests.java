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

/**
 * The organisation has no create endpoint (one per installation, set up by migration or the demo),
 * so these tests store it through the repositories when the database has none yet.
 */
@IntegrationTest
class OrganisationApiTests {

  @Autowired TestRestTemplate http;
  @Autowired OrganisationRepository organisations;
  @Autowired BillingProviderRepository billingProviders;

  JsonApi lead;
  long billingProviderId;
  String storedNpi;

  @BeforeEach
  void organisationWithABillingProvider() {
    lead = JsonApi.as(http, "lead");
    Organisation organisation =
        organisations.findAll().stream()
            .min((a, b) -> a.getId().compareTo(b.getId()))
            .orElseGet(() -> organisations.save(new Organisation("Riverbend Counseling Group")));
    storedNpi = Fixtures.npi();
    billingProviderId =
        billingProviders
            .save(
                new BillingProvider(
                    organisation.getId(),
                    "Riverbend Counseling Group PLLC",
                    storedNpi,
                    "831234567",
                    "251S00000X",
                    new Address("200 Main Street", "Suite 4", "Springfield", "IL", "627011234"),
                    "217-555-0100"))
            .getId();
  }

  ObjectNode billingProvider() {
    ObjectNode body = JsonApi.object();
    body.put("name", "Riverbend Counseling Group LLC");
    body.put("npi", Fixtures.npi());
    body.put("taxId", "839876543");
    body.put("taxonomyCode", "261QM0801X");
    ObjectNode address = body.putObject("address");
    address.put("line1", "12 Elm Avenue");
    address.put("city", "Springfield");
    address.put("state", "IL");
    address.put("postalCode", "627029876");
    body.put("phone", "217-555-0199");
    return body;
  }

  @Test
  void showsTheOrganisationWithItsBillingProvidersAndChangesOne() {
    JsonNode organisation = lead.get("/api/organisation").getBody();
    assertThat(organisation.get("billingProviders").findValuesAsText("id"))
        .contains(String.valueOf(billingProviderId));

    ObjectNode change = billingProvider();
    ResponseEntity<JsonNode> updated =
        lead.put("/api/organisation/billing-providers/" + billingProviderId, change);
    assertThat(updated.getStatusCode().value()).isEqualTo(200);
    assertThat(updated.getBody().get("taxId").asText()).isEqualTo("839876543");
    assertThat(updated.getBody().at("/address/postalCode").asText()).isEqualTo("627029876");

    JsonNode reread = lead.get("/api/organisation").getBody();
    assertThat(reread.get("billingProviders").findValuesAsText("npi"))
        .contains(change.get("npi").asText());
  }

  static Stream<Arguments> brokenRules() {
    return Stream.of(
        broken("NPI with a wrong check digit", b -> b.put("npi", "1234567890"), "npi"),
        broken("tax id of eight digits", b -> b.put("taxId", "12345678"), "taxId"),
        broken("tax id with a hyphen", b -> b.put("taxId", "83-1234567"), "taxId"),
        broken(
            "taxonomy of nine characters", b -> b.put("taxonomyCode", "261QM0801"), "taxonomyCode"),
        broken("no taxonomy", b -> b.remove("taxonomyCode"), "taxonomyCode"),
        broken("no address", b -> b.remove("address"), "address"),
        broken("no street", b -> address(b).remove("line1"), "address.line1"),
        broken("a PO box", b -> address(b).put("line1", "P.O. Box 77"), "address.line1"),
        broken("no city", b -> address(b).remove("city"), "address.city"),
        broken("a lower-case state", b -> address(b).put("state", "il"), "address.state"),
        broken(
            "a five-digit ZIP", b -> address(b).put("postalCode", "62701"), "address.postalCode"),
        broken("no name", b -> b.remove("name"), "name"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenRules")
  void refusesABillingProviderThatBreaksARuleAndKeepsTheOldOne(
      String rule, Consumer<ObjectNode> breakIt, String field) {
    ObjectNode body = billingProvider();
    breakIt.accept(body);

    ResponseEntity<JsonNode> response =
        lead.put("/api/organisation/billing-providers/" + billingProviderId, body);

    assertThat(response.getStatusCode().value()).isEqualTo(422);
    assertThat(errorFields(response)).contains(field);
    BillingProvider stored = billingProviders.findById(billingProviderId).orElseThrow();
    assertThat(stored.getNpi()).isEqualTo(storedNpi);
    assertThat(stored.getTaxId()).isEqualTo("831234567");
  }

  @Test
  void answers400ToABodyThatIsNotJson() {
    assertThat(
            lead.put("/api/organisation/billing-providers/" + billingProviderId, "{\"name\"")
                .getStatusCode()
                .value())
        .isEqualTo(400);
  }

  @Test
  void answers404ForAnUnknownBillingProvider() {
    assertThat(
            lead.put("/api/organisation/billing-providers/" + Long.MAX_VALUE, billingProvider())
                .getStatusCode()
                .value())
        .isEqualTo(404);
  }

  private static ObjectNode address(ObjectNode billingProvider) {
    return (ObjectNode) billingProvider.get("address");
  }

  private static Arguments broken(String rule, Consumer<ObjectNode> breakIt, String field) {
    return Arguments.of(rule, breakIt, field);
  }
}
