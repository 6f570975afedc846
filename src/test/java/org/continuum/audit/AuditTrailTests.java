package org.continuum.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.continuum.support.DemoLogins;
import org.continuum.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

/** The trail chains, refuses changes, shows a change made behind its back, and only to admins. */
@IntegrationTest
class AuditTrailTests {

  @Autowired AuditTrail trail;
  @Autowired JdbcTemplate jdbc;
  @Autowired TestRestTemplate http;

  @Test
  void chainsEveryEntryOntoThePreviousOneAndVerifies() {
    trail.record("auditor-probe", "VIEW", "patient", 1L, "GET /api/patients/{id} 200");
    trail.record("auditor-probe", "WRITE_OFF", "claim", 2L, "billing decision");

    List<AuditTrail.Entry> entries =
        trail.find(new AuditTrail.Filter("auditor-probe", null, null, null, null), 0, 2);
    assertThat(entries).hasSize(2);
    assertThat(entries.get(0).previousHash()).isEqualTo(entries.get(1).hash());
    assertThat(AuditTrail.hashOf(entries.get(0))).isEqualTo(entries.get(0).hash());
    assertThat(trail.verify().intact()).isTrue();
  }

  @Test
  void appendsFromManyThreadsStayOneChain() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> done =
          IntStream.range(0, 40)
              .mapToObj(
                  i ->
                      pool.submit(() -> trail.record("concurrent-probe", "VIEW", "claim", i, null)))
              .<Future<?>>map(f -> f)
              .toList();
      for (Future<?> future : done) {
        future.get();
      }
    } finally {
      pool.shutdown();
    }
    AuditTrail.Verification verification = trail.verify();
    assertThat(verification.intact()).as(verification.reason()).isTrue();
    assertThat(
            jdbc.queryForObject(
                "select count(distinct previous_hash) = count(*) from audit_entry", Boolean.class))
        .isTrue();
  }

  @Test
  void refusesToChangeOrRemoveAnEntry() {
    trail.record("tamper-probe", "VIEW", "coverage", 3L, null);
    assertThatThrownBy(
            () ->
                jdbc.update(
                    "update audit_entry set actor = 'someone' where actor = 'tamper-probe'"))
        .hasMessageContaining("append-only");
    assertThatThrownBy(() -> jdbc.update("delete from audit_entry where actor = 'tamper-probe'"))
        .hasMessageContaining("append-only");
    assertThatThrownBy(() -> jdbc.update("truncate audit_entry"))
        .hasMessageContaining("append-only");
  }

  /**
   * A superuser can switch the trigger off; the chain still shows the changed entry. The test puts
   * the entry back and the trigger on again: every other test shares this database.
   */
  @Test
  void findsTheFirstEntryChangedBehindTheTriggersBack() {
    trail.record("tamper-probe", "VIEW", "patient", 41L, "GET /api/patients/{id} 200");
    trail.record("tamper-probe", "VIEW", "patient", 42L, "GET /api/patients/{id} 200");
    long id =
        jdbc.queryForObject(
            "select id from audit_entry where actor = 'tamper-probe' and subject_id = '41'",
            Long.class);
    jdbc.execute("alter table audit_entry disable trigger audit_entry_no_update");
    try {
      jdbc.update("update audit_entry set subject_id = '40' where id = ?", id);
      AuditTrail.Verification verification = trail.verify();
      assertThat(verification.intact()).isFalse();
      assertThat(verification.firstBrokenId()).isEqualTo(id);
      assertThat(verification.reason()).contains("does not match its hash");
    } finally {
      jdbc.update("update audit_entry set subject_id = '41' where id = ?", id);
      jdbc.execute("alter table audit_entry enable trigger audit_entry_no_update");
    }
    assertThat(trail.verify().intact()).isTrue();
  }

  @Test
  void showsTheTrailToAdminsOnly() {
    trail.record("listing-probe", "VIEW", "patient", 7L, null);

    JsonNode entries =
        DemoLogins.as(http, "admin")
            .getForObject("/api/audit?actor=listing-probe&size=5", JsonNode.class);
    assertThat(entries.get(0).get("subjectType").asText()).isEqualTo("patient");
    JsonNode verification =
        DemoLogins.as(http, "admin").getForObject("/api/audit/verify", JsonNode.class);
    assertThat(verification.get("intact").asBoolean()).isTrue();

    for (String user : List.of("biller", "authorizer", "clinician", "lead", "manager", "analyst")) {
      assertThat(
              DemoLogins.as(http, user)
                  .getForEntity("/api/audit", String.class)
                  .getStatusCode()
                  .value())
          .as(user)
          .isEqualTo(403);
      assertThat(
              DemoLogins.as(http, user)
                  .getForEntity("/api/audit/verify", String.class)
                  .getStatusCode()
                  .value())
          .as(user)
          .isEqualTo(403);
    }
  }

  @Test
  void recordsWhoReadAPatientWithoutThePatientsValues() {
    long before = jdbc.queryForObject("select coalesce(max(id), 0) from audit_entry", Long.class);

    DemoLogins.as(http, "biller").getForObject("/api/patients/1", String.class);
    DemoLogins.as(http, "biller").getForObject("/api/patients?externalId=SECRET-MRN", String.class);

    List<AuditTrail.Entry> entries =
        trail.find(new AuditTrail.Filter("biller", "patient", null, null, null), 0, 10).stream()
            .filter(e -> e.id() > before)
            .toList();
    assertThat(entries)
        .extracting(AuditTrail.Entry::action, AuditTrail.Entry::subjectId)
        .contains(org.assertj.core.groups.Tuple.tuple("VIEW", "1"));
    assertThat(entries)
        .extracting(AuditTrail.Entry::detail)
        .contains("GET /api/patients 200 params externalId");
    assertThat(entries).noneMatch(e -> String.valueOf(e.detail()).contains("SECRET-MRN"));
  }
}
