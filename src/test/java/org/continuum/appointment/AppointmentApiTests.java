package org.continuum.appointment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.stream.StreamSupport;
import org.continuum.support.DemoLogins;
import org.continuum.support.Fixtures;
import org.continuum.support.IntegrationTest;
import org.continuum.support.JsonApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** POST /api/appointments, its CSV import with a result per row, and who may do what. */
@IntegrationTest
class AppointmentApiTests {

  @Autowired TestRestTemplate http;

  JsonApi coordinator;
  long patientId;
  long clinicianId;

  @BeforeEach
  void practice() {
    JsonApi admin = JsonApi.as(http, "admin");
    coordinator = JsonApi.as(http, "authorizer");
    patientId = Fixtures.createPatient(admin);
    clinicianId = Fixtures.createClinician(admin);
  }

  @Test
  void booksAnAppointmentAndListsThePatientsAppointmentsInDateOrder() {
    ResponseEntity<JsonNode> later =
        coordinator.post("/api/appointments", appointment("2026-05-11"));
    ResponseEntity<JsonNode> sooner =
        coordinator.post("/api/appointments", appointment("2026-05-04"));

    assertThat(later.getStatusCode().value()).isEqualTo(201);
    assertThat(later.getBody().get("status").asText()).isEqualTo("SCHEDULED");
    JsonNode listed =
        JsonApi.as(http, "manager").get("/api/appointments?patientId=" + patientId).getBody();
    assertThat(StreamSupport.stream(listed.spliterator(), false).map(a -> a.get("id").asLong()))
        .containsExactly(sooner.getBody().get("id").asLong(), later.getBody().get("id").asLong());
  }

  @Test
  void refusesAnAppointmentForNoPatientOrWithABadCodeNamingTheField() {
    ObjectNode noPatient = appointment("2026-05-04");
    noPatient.put("patientId", 987654321L);
    ObjectNode badCode = appointment("2026-05-04");
    badCode.put("procedureCode", "psychotherapy");

    ResponseEntity<JsonNode> refused = coordinator.post("/api/appointments", noPatient);
    ResponseEntity<JsonNode> invalid = coordinator.post("/api/appointments", badCode);

    assertThat(refused.getStatusCode().value()).isEqualTo(422);
    assertThat(JsonApi.errorFields(refused)).containsExactly("patientId");
    assertThat(invalid.getStatusCode().value()).isEqualTo(422);
    assertThat(JsonApi.errorFields(invalid)).containsExactly("procedureCode");
  }

  @Test
  void importsAFileAndAnswersEachRowOnItsOwn() {
    String csv =
        "patientId,clinicianId,procedureCode,scheduledDate,status\n"
            + row(patientId, clinicianId, "90837", "2026-06-01", "")
            + row(patientId, clinicianId, "90837", "first of June", "")
            + row(987654321L, clinicianId, "90837", "2026-06-08", "")
            + row(patientId, clinicianId, "", "2026-06-15", "")
            + "\n"
            + row(patientId, clinicianId, "90837", "2026-06-22", "cancelled");

    ResponseEntity<JsonNode> response = importCsv("authorizer", csv);

    assertThat(response.getStatusCode().value()).isEqualTo(200);
    List<JsonNode> rows = StreamSupport.stream(response.getBody().spliterator(), false).toList();
    assertThat(rows)
        .extracting(r -> r.get("row").asInt() + ":" + r.get("status").asText())
        .containsExactly("1:CREATED", "2:REJECTED", "3:REJECTED", "4:REJECTED", "6:CREATED");
    assertThat(fields(rows.get(1))).containsExactly("scheduledDate");
    assertThat(fields(rows.get(2))).containsExactly("patientId");
    assertThat(fields(rows.get(3))).containsExactly("procedureCode");
    JsonNode listed = coordinator.get("/api/appointments?patientId=" + patientId).getBody();
    assertThat(StreamSupport.stream(listed.spliterator(), false).map(a -> a.get("status").asText()))
        .containsExactly("SCHEDULED", "CANCELLED");
  }

  @Test
  void refusesAFileWithoutTheRequiredColumns() {
    ResponseEntity<JsonNode> response = importCsv("authorizer", "patientId,when\n1,2026-06-01\n");

    assertThat(response.getStatusCode().value()).isEqualTo(422);
    assertThat(JsonApi.errorFields(response)).contains("header");
  }

  @Test
  void managersReadAppointmentsButOnlyBookingStaffWriteAndCliniciansNeither() {
    assertThat(
            JsonApi.as(http, "manager")
                .post("/api/appointments", appointment("2026-05-04"))
                .getStatusCode()
                .value())
        .isEqualTo(403);
    assertThat(
            JsonApi.as(http, "biller")
                .post("/api/appointments", appointment("2026-05-04"))
                .getStatusCode()
                .value())
        .isEqualTo(201);
    assertThat(
            JsonApi.as(http, "clinician")
                .get("/api/appointments?patientId=" + patientId)
                .getStatusCode()
                .value())
        .isEqualTo(403);
    assertThat(importCsv("analyst", "patientId\n").getStatusCode().value()).isEqualTo(403);
  }

  private ObjectNode appointment(String date) {
    ObjectNode body = JsonApi.object();
    body.put("patientId", patientId);
    body.put("clinicianId", clinicianId);
    body.put("procedureCode", "90837");
    body.put("scheduledDate", date);
    return body;
  }

  private static String row(long patient, long clinician, String code, String date, String status) {
    return patient + "," + clinician + "," + code + "," + date + "," + status + "\n";
  }

  private static List<String> fields(JsonNode row) {
    return StreamSupport.stream(row.get("errors").spliterator(), false)
        .map(e -> e.get("field").asText())
        .toList();
  }

  private ResponseEntity<JsonNode> importCsv(String user, String csv) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.parseMediaType("text/csv"));
    headers.setAccept(List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON));
    return DemoLogins.as(http, user)
        .postForEntity("/api/appointments/import", new HttpEntity<>(csv, headers), JsonNode.class);
  }
}
