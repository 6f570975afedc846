package org.continuum.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.function.BiConsumer;
import org.continuum.payer.Payer;
import org.continuum.payer.PayerRepository;
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
    changingLakeshoresVisitCap(
        (payerId, clinicianId) -> {
          ClaimContext.Parties first = context.parties(payerId, clinicianId);
          ClaimContext.Parties again = context.parties(payerId, clinicianId);
          assertThat(again.profile()).as("held, not read again").isSameAs(first.profile());
          assertThat(again.clinician()).isSameAs(first.clinician());

          // another node's write, straight to the table
          setVisitCap(payerId, 7);

          ClaimContext.Parties afterWrite = context.parties(payerId, clinicianId);
          assertThat(afterWrite.profile().getVisitCapPerYear()).isEqualTo(7);
          assertThat(afterWrite.profile()).isNotSameAs(first.profile());
        });
  }

  @Test
  void neverTakesWhatARolledBackWriteShowedForALaterChange() {
    changingLakeshoresVisitCap(
        (payerId, clinicianId) -> {
          transactions.executeWithoutResult(
              status -> {
                setVisitCap(payerId, 9);
                assertThat(context.parties(payerId, clinicianId).profile().getVisitCapPerYear())
                    .isEqualTo(9);
                status.setRollbackOnly();
              });
          // the next committed change must not meet the number the rolled-back one showed
          setVisitCap(payerId, 7);
          assertThat(context.parties(payerId, clinicianId).profile().getVisitCapPerYear())
              .isEqualTo(7);
        });
  }

  @Test
  void readsTheVersionOncePerTransaction() {
    changingLakeshoresVisitCap(
        (payerId, clinicianId) -> {
          transactions.executeWithoutResult(
              status -> {
                ClaimContext.Parties first = context.parties(payerId, clinicianId);
                // another node commits a change while this transaction runs
                Thread writer = new Thread(() -> setVisitCap(payerId, 7));
                writer.start();
                try {
                  writer.join();
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
                assertThat(context.parties(payerId, clinicianId).profile())
                    .as("the rest of the transaction keeps what it started with")
                    .isSameAs(first.profile());
              });
          assertThat(context.parties(payerId, clinicianId).profile().getVisitCapPerYear())
              .as("the next transaction sees the change")
              .isEqualTo(7);
        });
  }

  /** Runs a test that changes Lakeshore's yearly visit cap, and puts the cap back after it. */
  private void changingLakeshoresVisitCap(BiConsumer<Long, Long> test) {
    long payerId = payers.findByCode("LAKESHORE").map(Payer::getId).orElseThrow();
    long clinicianId = clinicians.findAll().get(0).getId();
    Integer capBefore =
        jdbc.queryForObject(
            "select visit_cap_per_year from payer_profile where payer_id = ?",
            Integer.class,
            payerId);
    try {
      test.accept(payerId, clinicianId);
    } finally {
      setVisitCap(payerId, capBefore);
    }
  }

  private void setVisitCap(long payerId, Integer cap) {
    jdbc.update("update payer_profile set visit_cap_per_year = ? where payer_id = ?", cap, payerId);
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
