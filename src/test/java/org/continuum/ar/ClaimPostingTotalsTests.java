package org.continuum.ar;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import org.continuum.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The posting totals the AR figures read from the claim row follow every insert, update and delete
 * of payments, adjustments and batch history, including several rows in one statement as the 835
 * posting's batches write them. The claim is from 2009, before any other test's dates of service,
 * and is removed at the end.
 */
@IntegrationTest
class ClaimPostingTotalsTests {

  @Autowired JdbcClient jdbc;

  @Test
  void keepsPaidContractualDeniedAndBilledOnTheClaim() {
    long claim = one("select nextval('claim_seq')");
    long file = one("select nextval('remittance_file_seq')");
    long batch = one("select nextval('claim_batch_seq')");
    try {
      jdbc.sql(
              "insert into claim (id, patient_id, coverage_id, payer_id, billing_provider_id,"
                  + " rendering_clinician_id, status, date_of_service, total_charge)"
                  + " select ?, c.patient_id, c.id, c.payer_id, (select min(id) from"
                  + " billing_provider), (select min(id) from clinician), 'SUBMITTED',"
                  + " date '2009-03-02', 200.00 from coverage c order by c.id limit 1")
          .param(claim)
          .update();
      jdbc.sql(
              "insert into remittance_file (id, kind, sender_id, interchange_control_number,"
                  + " content_sha256, summary) values (?, 'REMITTANCE_835', 'TOTALS', '1', ?,"
                  + " '{}')")
          .params(file, "totals-" + file)
          .update();
      assertThat(totals(claim))
          .containsEntry("paid_amount", new BigDecimal("0.00"))
          .containsEntry("adjudicated", false)
          .containsEntry("ever_billed", false);

      jdbc.sql(
              "insert into payment (id, remittance_file_id, claim_id, claim_status_code, charge,"
                  + " amount, posted_at) values"
                  + " (nextval('payment_seq'), ?, ?, '1', 200.00, 100.00, '2009-04-01 12:00Z'),"
                  + " (nextval('payment_seq'), ?, ?, '2', 200.00, 30.00, '2009-05-01 12:00Z')")
          .params(file, claim, file, claim)
          .update();
      jdbc.sql(
              "insert into adjustment (id, remittance_file_id, claim_id, claim_status_code,"
                  + " group_code, reason_code, amount) values"
                  + " (nextval('adjustment_seq'), ?, ?, '1', 'CO', '45', 40.00),"
                  + " (nextval('adjustment_seq'), ?, ?, '1', 'CO', '50', 20.00),"
                  + " (nextval('adjustment_seq'), ?, ?, '1', 'PR', '2', 10.00)")
          .params(file, claim, file, claim, file, claim)
          .update();
      assertThat(totals(claim))
          .containsEntry("paid_amount", new BigDecimal("130.00"))
          .containsEntry("contractual_adjustment_amount", new BigDecimal("40.00"))
          .containsEntry("denied_amount", new BigDecimal("20.00"))
          .containsEntry("adjudicated", true)
          .containsEntry("first_paid_on", java.sql.Date.valueOf("2009-04-01"));

      jdbc.sql("update payment set amount = 0 where claim_id = ? and claim_status_code = '1'")
          .param(claim)
          .update();
      jdbc.sql("delete from adjustment where claim_id = ? and reason_code = '45'")
          .param(claim)
          .update();
      assertThat(totals(claim))
          .containsEntry("paid_amount", new BigDecimal("30.00"))
          .containsEntry("contractual_adjustment_amount", new BigDecimal("0.00"))
          .containsEntry("first_paid_on", java.sql.Date.valueOf("2009-05-01"));

      jdbc.sql(
              "insert into claim_batch (id, payer_id, interchange_control_number,"
                  + " group_control_number, transaction_control_number, claim_count, x12)"
                  + " select ?, payer_id, nextval('x12_interchange_control_seq'),"
                  + " nextval('x12_group_control_seq'), nextval('x12_transaction_control_seq'), 1,"
                  + " 'ISA~' from claim where id = ?")
          .params(batch, claim)
          .update();
      jdbc.sql("insert into batch_claim_history (batch_id, claim_id) values (?, ?)")
          .params(batch, claim)
          .update();
      assertThat(totals(claim)).containsEntry("ever_billed", true);
      jdbc.sql("delete from batch_claim_history where claim_id = ?").param(claim).update();
      assertThat(totals(claim)).containsEntry("ever_billed", false);
    } finally {
      for (String table : new String[] {"batch_claim_history", "adjustment", "payment"}) {
        jdbc.sql("delete from " + table + " where claim_id = ?").param(claim).update();
      }
      jdbc.sql("delete from claim where id = ?").param(claim).update();
      jdbc.sql("delete from claim_batch where id = ?").param(batch).update();
      jdbc.sql("delete from remittance_file where id = ?").param(file).update();
    }
  }

  private Map<String, Object> totals(long claim) {
    return jdbc.sql(
            "select paid_amount, contractual_adjustment_amount, denied_amount, adjudicated,"
                + " ever_billed, first_paid_at::date as first_paid_on from claim where id = ?")
        .param(claim)
        .query()
        .singleRow();
  }

  private long one(String sql) {
    return jdbc.sql(sql).query(Long.class).single();
  }
}
