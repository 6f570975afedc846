package org.continuum.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.continuum.claim.ClaimRepository;
import org.continuum.practice.Clinician;
import org.continuum.support.ClaimWorld;
import org.continuum.support.DemoLogins;
import org.continuum.support.IntegrationTest;
import org.continuum.support.Sessions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.RuntimeService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** POST /api/sessions and /api/sessions/import as the EHR integration uses them. */
@IntegrationTest
class SessionApiTests {

  @Autowired TestRestTemplate http;
  @Autowired TherapySessionRepository sessions;
  @Autowired ClaimRepository claims;
  @Autowired RuntimeService runtime;
  @Autowired ClaimWorld.Repositories repositories;

  ClaimWorld world;
  ClaimWorld.Insured insured;
  Clinician clinician;

  @BeforeEach
  void setUp() {
    world = new ClaimWorld(repositories);
    insured = world.patientCoveredBy(world.medicaid());
    clinician = world.lcsw(null);
  }

  @Test
  void recordsASessionAndStartsTheLifecycleOfItsClaim() {
    ResponseEntity<Map> response =
        post(Sessions.fortyFiveMinuteOfficeSession().by(insured, clinician.getId()));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    long sessionId = ((Number) response.getBody().get("sessionId")).longValue();
    long claimId = ((Number) response.getBody().get("claimId")).longValue();
    assertThat(claims.findById(claimId).orElseThrow().getSessionId()).isEqualTo(sessionId);
    assertThat(
            runtime
                .createProcessInstanceQuery()
                .processDefinitionKey("claim-lifecycle")
                .processInstanceBusinessKey(String.valueOf(claimId))
                .count())
        .isOne();
  }

  @Test
  void namesEveryMissingFieldAndRecordsNothing() {
    long before = sessions.count();

    ResponseEntity<Map> response = post(Map.of("minutes", 45));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat(fields(response))
        .contains(
            "patientId",
            "clinicianId",
            "coverageId",
            "dateOfService",
            "procedureCode",
            "modality",
            "patientLocation");
    assertThat(sessions.count()).isEqualTo(before);
  }

  @Test
  void refusesIdsThatNameNothingAndRecordsNothing() {
    long before = claims.count();
    Map<String, Object> body =
        Sessions.fortyFiveMinuteOfficeSession().by(insured, clinician.getId());
    body.put("clinicianId", 987_654_321L);
    body.put("coverageId", 987_654_321L);

    ResponseEntity<Map> response = post(body);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat(fields(response)).containsExactlyInAnyOrder("clinicianId", "coverageId");
    assertThat(claims.count()).isEqualTo(before);
  }

  @Test
  void refusesACoverageOfAnotherPatient() {
    ClaimWorld.Insured someoneElse = world.patientCoveredBy(world.medicaid());
    Map<String, Object> body =
        Sessions.fortyFiveMinuteOfficeSession().by(insured, clinician.getId());
    body.put("coverageId", someoneElse.coverageId());

    assertThat(fields(post(body))).containsExactly("coverageId");
  }

  @Test
  void refusesADiagnosisThatIsNotIcd10Cm() {
    Map<String, Object> body =
        Sessions.fortyFiveMinuteOfficeSession()
            .set("diagnosisCodes", List.of("F32.A", "depression"))
            .by(insured, clinician.getId());

    ResponseEntity<Map> response = post(body);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat(fields(response)).containsExactly("diagnosisCodes[1]");
  }

  @Test
  void answersTheSameEhrSessionWithTheSameIdsAndNoSecondClaim() {
    Map<String, Object> body =
        Sessions.fortyFiveMinuteOfficeSession().by(insured, clinician.getId());

    ResponseEntity<Map> first = post(body);
    ResponseEntity<Map> again = post(body);

    assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(again.getBody()).isEqualTo(first.getBody());
  }

  @Test
  void givesOneClaimWhenTheSameEhrSessionArrivesTwiceAtOnce() throws Exception {
    Map<String, Object> body =
        Sessions.fortyFiveMinuteOfficeSession().by(insured, clinician.getId());
    CountDownLatch start = new CountDownLatch(1);
    List<CompletableFuture<ResponseEntity<Map>>> calls = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      calls.add(
          CompletableFuture.supplyAsync(
              () -> {
                try {
                  start.await();
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
                return post(body);
              }));
    }
    start.countDown();
    List<ResponseEntity<Map>> responses = calls.stream().map(CompletableFuture::join).toList();

    assertThat(responses)
        .extracting(ResponseEntity::getStatusCode)
        .containsExactlyInAnyOrder(HttpStatus.CREATED, HttpStatus.OK);
    assertThat(responses.get(0).getBody()).isEqualTo(responses.get(1).getBody());
    assertThat(sessions.findBySourceSessionId((String) body.get("sourceSessionId"))).isPresent();
  }

  @Test
  void importsACsvFileRowByRowWithoutStoppingAtABadRow() {
    String csv =
        String.join(
            "\n",
            "patientId,clinicianId,coverageId,dateOfService,minutes,procedureCode,addOnCodes,modality,patientLocation,diagnosisCodes,noteSignedAt,treatmentPlanReviewedOn,sourceSessionId",
            row(
                insured.patientId(),
                insured.coverageId(),
                "2026-03-16",
                "45",
                "90834",
                "EHR-CSV-A"),
            row(
                insured.patientId(),
                insured.coverageId(),
                "2026-03-16",
                "45",
                "90834",
                "EHR-CSV-A"),
            row(insured.patientId(), insured.coverageId(), "16/03/2026", "45", "", "EHR-CSV-C"),
            row(987_654_321L, insured.coverageId(), "2026-03-17", "45", "90834", "EHR-CSV-D"),
            row(
                insured.patientId(),
                insured.coverageId(),
                "2026-03-18",
                "53",
                "90837",
                "EHR-CSV-E"));
    String unique = "-" + System.nanoTime();
    csv = csv.replace("EHR-CSV-", "EHR-CSV" + unique + "-");
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.parseMediaType("text/csv"));

    ResponseEntity<List> response =
        DemoLogins.as(http, "biller")
            .postForEntity("/api/sessions/import", new HttpEntity<>(csv, headers), List.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    List<Map<String, Object>> rows = response.getBody();
    assertThat(rows)
        .extracting(r -> r.get("row") + ":" + r.get("status"))
        .containsExactly("1:CREATED", "2:DUPLICATE", "3:REJECTED", "4:REJECTED", "5:CREATED");
    assertThat(rows.get(1).get("claimId")).isEqualTo(rows.get(0).get("claimId"));
    assertThat(errorFields(rows.get(2)))
        .containsExactlyInAnyOrder("dateOfService", "procedureCode");
    assertThat(errorFields(rows.get(3))).containsExactly("patientId");
    assertThat(rows.get(4).get("claimId")).isNotNull();
  }

  @Test
  void onlyBillingStaffRecordSessions() {
    Map<String, Object> body =
        Sessions.fortyFiveMinuteOfficeSession().by(insured, clinician.getId());
    for (String refused : List.of("clinician", "manager", "analyst", "authorizer")) {
      assertThat(
              DemoLogins.as(http, refused)
                  .postForEntity("/api/sessions", body, String.class)
                  .getStatusCode())
          .as(refused)
          .isEqualTo(HttpStatus.FORBIDDEN);
    }
    assertThat(http.postForEntity("/api/sessions", body, String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  private String row(
      long patientId, long coverageId, String date, String minutes, String code, String source) {
    return String.join(
        ",",
        String.valueOf(patientId),
        String.valueOf(clinician.getId()),
        String.valueOf(coverageId),
        date,
        minutes,
        code,
        "",
        "IN_PERSON",
        "OFFICE",
        "\"F41.1;F32.A\"",
        "2026-03-16T16:00:00Z",
        "2026-02-20",
        source);
  }

  private ResponseEntity<Map> post(Map<String, Object> body) {
    return DemoLogins.as(http, "biller").postForEntity("/api/sessions", body, Map.class);
  }

  @SuppressWarnings("unchecked")
  private static List<String> fields(ResponseEntity<Map> response) {
    List<Map<String, String>> errors = (List<Map<String, String>>) response.getBody().get("errors");
    return errors.stream().map(e -> e.get("field")).toList();
  }

  @SuppressWarnings("unchecked")
  private static List<String> errorFields(Map<String, Object> row) {
    return ((List<Map<String, String>>) row.get("errors"))
        .stream().map(e -> e.get("field")).toList();
  }
}
