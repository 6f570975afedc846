package org.continuum.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.continuum.payer.Payer;
import org.continuum.payer.PayerRepository;
import org.continuum.practice.Clinician;
import org.continuum.practice.ClinicianRepository;
import org.continuum.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The reference data a claim's rules read is held in memory only while nobody has changed it: a
 * write to any of its tables, by this node or another, is seen by the next lookup.
 */
@IntegrationTest
class ClaimContextTests {

  @Autowired ClaimContext context;
  @Autowired PayerRepository payers;
  @Autowired ClinicianRepository clinicians;
  @Autowired JdbcTemplate jdbc;
  @Autowired TransactionTemplate transactions;

  @Test
  void holdsReferenceDataUntilAWriteMovesItsVersion() {
    long payerId = payers.findByCode("LAKESHORE").map(Payer::getId).orElseThrow();
    Clinician clinician = clinicians.findAll().get(0);
    Integer capBefore =
        jdbc.queryForObject(
            "select visit_cap_per_year from payer_profile where payer_id = ?",
            Integer.class,
            payerId);

    ClaimContext.Parties first = context.parties(payerId, clinician.getId());
    ClaimContext.Parties again = context.parties(payerId, clinician.getId());
    assertThat(again.profile()).as("held, not read again").isSameAs(first.profile());
    assertThat(again.clinician()).isSameAs(first.clinician());
    try {
      // another node's write, straight to the table
      jdbc.update("update payer_profile set visit_cap_per_year = 7 where payer_id = ?", payerId);

      ClaimContext.Parties afterWrite = context.parties(payerId, clinician.getId());
      assertThat(afterWrite.profile().getVisitCapPerYear()).isEqualTo(7);
      assertThat(afterWrite.profile()).isNotSameAs(first.profile());
    } finally {
      jdbc.update(
          "update payer_profile set visit_cap_per_year = ? where payer_id = ?", capBefore, payerId);
    }
  }

  @Test
  void neverTakesWhatARolledBackWriteShowedForALaterChange() {
    long payerId = payers.findByCode("LAKESHORE").map(Payer::getId).orElseThrow();
    long clinicianId = clinicians.findAll().get(0).getId();
    Integer capBefore =
        jdbc.queryForObject(
            "select visit_cap_per_year from payer_profile where payer_id = ?",
            Integer.class,
            payerId);
    try {
      transactions.executeWithoutResult(
          status -> {
            jdbc.update(
                "update payer_profile set visit_cap_per_year = 9 where payer_id = ?", payerId);
            assertThat(context.parties(payerId, clinicianId).profile().getVisitCapPerYear())
                .isEqualTo(9);
            status.setRollbackOnly();
          });
      // the next committed change must not meet the number the rolled-back one showed
      jdbc.update("update payer_profile set visit_cap_per_year = 7 where payer_id = ?", payerId);
      assertThat(context.parties(payerId, clinicianId).profile().getVisitCapPerYear()).isEqualTo(7);
    } finally {
      jdbc.update(
          "update payer_profile set visit_cap_per_year = ? where payer_id = ?", capBefore, payerId);
    }
  }

  @Test
  void seesAFeeChangeAtTheNextLookup() {
    long lakeshore = payers.findByCode("LAKESHORE").map(Payer::getId).orElseThrow();
    LocalDate today = LocalDate.now();
    BigDecimal before =
        context
            .feeScheduleFor(lakeshore, today)
            .orElseThrow()
            .entryFor("90834", null)
            .orElseThrow()
            .getChargeAmount();
    long scheduleId = context.feeScheduleFor(lakeshore, today).orElseThrow().getId();
    try {
      jdbc.update(
          "update fee_schedule_entry set charge_amount = charge_amount + 1"
              + " where fee_schedule_id = ? and procedure_code = '90834'",
          scheduleId);
      assertThat(
              context
                  .feeScheduleFor(lakeshore, today)
                  .orElseThrow()
                  .entryFor("90834", null)
                  .orElseThrow()
                  .getChargeAmount())
          .isEqualByComparingTo(before.add(BigDecimal.ONE));
    } finally {
      jdbc.update(
          "update fee_schedule_entry set charge_amount = charge_amount - 1"
              + " where fee_schedule_id = ? and procedure_code = '90834'",
          scheduleId);
    }
  }

  @Test
  void namesWhatIsGone() {
    long lakeshore = payers.findByCode("LAKESHORE").map(Payer::getId).orElseThrow();
    assertThatThrownBy(() -> context.parties(lakeshore, -1L))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Clinician is gone");
  }
}
