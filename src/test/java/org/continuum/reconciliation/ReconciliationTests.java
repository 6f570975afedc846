package org.continuum.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.continuum.support.DemoLogins;
import org.continuum.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The reconciliation finds what it should, by id, and only administrators may run it. */
@IntegrationTest
class ReconciliationTests {

  @Autowired TestRestTemplate http;
  @Autowired Reconciliation reconciliation;
  @Autowired JdbcClient jdbc;

  @Test
  void administratorsRunItOthersAreRefused() {
    ResponseEntity<Map> admin =
        DemoLogins.as(http, "admin").getForEntity("/api/admin/reconciliation", Map.class);
    ResponseEntity<Map> biller =
        DemoLogins.as(http, "biller").getForEntity("/api/admin/reconciliation", Map.class);

    assertThat(admin.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(admin.getBody()).containsKeys("clean", "findings", "openIncidents");
    assertThat(biller.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void namesASettledClaimWhoseMoneyIsNotAccountedFor() {
    long claimId = jdbc.sql("select nextval('claim_seq')").query(Long.class).single();
    long fileId = jdbc.sql("select nextval('remittance_file_seq')").query(Long.class).single();
    jdbc.sql(
            """
            insert into claim (id, patient_id, coverage_id, payer_id, billing_provider_id,
                               rendering_clinician_id, status, date_of_service, total_charge)
            select ?, c.patient_id, c.id, c.payer_id, (select min(id) from billing_provider),
                   (select min(id) from clinician), 'PAID', date '2012-01-10', 130.00
            from coverage c order by c.id limit 1
            """)
        .param(claimId)
        .update();
    jdbc.sql(
            "insert into remittance_file (id, kind, sender_id, interchange_control_number,"
                + " content_sha256, summary) values (?, 'REMITTANCE_835', 'RECONTEST', ?, ?, '{}')")
        .params(fileId, String.valueOf(fileId % 1_000_000_000), "reconciliation-" + fileId)
        .update();
    jdbc.sql(
            "insert into payment (id, remittance_file_id, claim_id, claim_status_code, charge,"
                + " amount) values (nextval('payment_seq'), ?, ?, '1', 130.00, 100.00)")
        .params(fileId, claimId)
        .update();
    try {
      assertThat(reconciliation.run().findings())
          .contains(new Reconciliation.Finding("settled-with-open-balance", "claim", claimId));
    } finally {
      jdbc.sql("delete from payment where claim_id = ?").param(claimId).update();
      jdbc.sql("delete from remittance_file where id = ?").param(fileId).update();
      jdbc.sql("delete from claim where id = ?").param(claimId).update();
    }
    assertThat(reconciliation.run().findings())
        .noneMatch(f -> f.id() == claimId && f.subject().equals("claim"));
  }
}
