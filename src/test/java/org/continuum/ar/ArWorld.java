package org.continuum.ar;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.continuum.support.Fixtures;
import org.continuum.support.JsonApi;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A small book of claims from 2011, with its payers and clinicians created fresh, so the figures of
 * these tests are hand-computed and the demo practice (whose claims are recent) never mixes in.
 * Seeded once per test run: the application context, and so the database, is shared.
 *
 * <pre>
 * claim  payer clin DOS        status           charge  postings                        open
 * c1     A     X    2011-06-20 SUBMITTED        100     none                            100
 * c2     A     X    2011-05-10 DENIED           200     paid 0, CO-50 200               200
 * c3     A     Y    2011-04-01 PARTIALLY_PAID   200     F1 paid 100 CO-45 50;            20
 *                                                       F3 reversal -100/-50, paid 130 CO-45 50
 * c4     B     Y    2011-02-25 PATIENT_BALANCE  150     paid 90, CO-45 30, PR-2 30        30
 * c5     B     X    2011-03-15 READY_TO_SUBMIT   80     rejected by 277CA, batch history  80
 * c6     A     X    2011-01-10 PAID             100     paid 80, CO-45 20               closed
 * c7     A     X    2011-06-25 IN_REVIEW        500     never billed                  unbilled
 * </pre>
 *
 * Payer A's 2011 fee schedule contracts 90837 at 150.00; c6 is billed as 90834, which it does not
 * price. One authorization of payer A in 2011: 20 units approved, 8 used.
 */
final class ArWorld {

  static final LocalDate AS_OF = LocalDate.of(2011, 6, 30);
  static final LocalDate FROM = LocalDate.of(2011, 1, 1);

  private static ArWorld world;

  final long payerA;
  final long payerB;
  final long clinicianX;
  final long clinicianY;
  final long c1;
  final long c2;
  final long c3;
  final long c4;
  final long c5;
  final long c6;

  private final JdbcClient jdbc;
  private final long patientId;
  private final long coverageId;
  private final long billingProviderId;

  static synchronized ArWorld seed(JdbcClient jdbc, JsonApi admin) {
    if (world == null) {
      world = new ArWorld(jdbc, admin);
    }
    return world;
  }

  private ArWorld(JdbcClient jdbc, JsonApi admin) {
    this.jdbc = jdbc;
    payerA = Fixtures.createPayer(admin);
    payerB = Fixtures.createPayer(admin);
    clinicianX = Fixtures.createClinician(admin);
    clinicianY = Fixtures.createClinician(admin);
    patientId = one("select min(id) from patient");
    coverageId = one("select min(id) from coverage");
    billingProviderId = one("select min(id) from billing_provider");

    long schedule = one("select nextval('fee_schedule_seq')");
    jdbc.sql(
            "insert into fee_schedule (id, payer_id, effective_from, effective_to)"
                + " values (?, ?, date '2011-01-01', date '2011-12-31')")
        .params(schedule, payerA)
        .update();
    jdbc.sql(
            "insert into fee_schedule_entry (id, fee_schedule_id, procedure_code, charge_amount,"
                + " contracted_amount) values (nextval('fee_schedule_entry_seq'), ?, '90837',"
                + " 200.00, 150.00)")
        .param(schedule)
        .update();

    long f1 = file();
    long f2 = file();
    long f3 = file();

    c1 = claim(payerA, clinicianX, "2011-06-20", "SUBMITTED", "100.00", "90837");

    c2 = claim(payerA, clinicianX, "2011-05-10", "DENIED", "200.00", "90837");
    payment(f1, c2, null, "4", "200.00", "0.00", "2011-05-30");
    adjustment(f1, c2, "4", "CO", "50", "200.00");

    c3 = claim(payerA, clinicianY, "2011-04-01", "PARTIALLY_PAID", "200.00", "90837");
    long c3Line = line(c3);
    payment(f1, c3, c3Line, "1", "200.00", "100.00", "2011-04-21");
    adjustment(f1, c3, "1", "CO", "45", "50.00");
    payment(f3, c3, c3Line, "22", "-200.00", "-100.00", "2011-06-15");
    adjustment(f3, c3, "22", "CO", "45", "-50.00");
    payment(f3, c3, c3Line, "1", "200.00", "130.00", "2011-06-15");
    adjustment(f3, c3, "1", "CO", "45", "50.00");

    c4 = claim(payerB, clinicianY, "2011-02-25", "PATIENT_BALANCE", "150.00", "90837");
    payment(f2, c4, null, "1", "150.00", "90.00", "2011-03-20");
    adjustment(f2, c4, "1", "CO", "45", "30.00");
    adjustment(f2, c4, "1", "PR", "2", "30.00");
    defect(c4, "PAYER_EDIT", "POS_MISMATCH", true);

    c5 = claim(payerB, clinicianX, "2011-03-15", "READY_TO_SUBMIT", "80.00", "90837");
    defect(c5, "ACKNOWLEDGMENT", "CLAIM_REJECTED", true);
    long batch = one("select nextval('claim_batch_seq')");
    jdbc.sql(
            "insert into claim_batch (id, payer_id, interchange_control_number,"
                + " group_control_number, transaction_control_number, claim_count, x12)"
                + " values (?, ?, nextval('x12_interchange_control_seq'),"
                + " nextval('x12_group_control_seq'), nextval('x12_transaction_control_seq'), 1,"
                + " 'ISA~')")
        .params(batch, payerB)
        .update();
    jdbc.sql("insert into batch_claim_history (batch_id, claim_id) values (?, ?)")
        .params(batch, c5)
        .update();

    c6 = claim(payerA, clinicianX, "2011-01-10", "PAID", "100.00", "90834");
    payment(f1, c6, null, "1", "100.00", "80.00", "2011-02-09");
    adjustment(f1, c6, "1", "CO", "45", "20.00");

    claim(payerA, clinicianX, "2011-06-25", "IN_REVIEW", "500.00", "90837");

    jdbc.sql(
            "insert into authorization_grant (id, patient_id, payer_id, authorization_number,"
                + " procedure_codes, units_approved, units_used, start_date, end_date, status)"
                + " values (nextval('authorization_seq'), ?, ?, ?, '[\"90837\"]', 20, 8,"
                + " date '2011-01-01', date '2011-12-31', 'EXPIRED')")
        .params(patientId, payerA, "AR-" + Fixtures.unique())
        .update();
  }

  private long one(String sql) {
    return jdbc.sql(sql).query(Long.class).single();
  }

  private long file() {
    long id = one("select nextval('remittance_file_seq')");
    String unique = String.valueOf(Fixtures.unique());
    jdbc.sql(
            "insert into remittance_file (id, kind, sender_id, interchange_control_number,"
                + " content_sha256, summary) values (?, 'REMITTANCE_835', 'ARTEST', ?, ?, '{}')")
        .params(id, unique.substring(Math.max(0, unique.length() - 9)), "ar-test-" + id)
        .update();
    return id;
  }

  private long claim(
      long payer, long clinician, String dos, String status, String charge, String code) {
    long id = one("select nextval('claim_seq')");
    jdbc.sql(
            "insert into claim (id, patient_id, coverage_id, payer_id, billing_provider_id,"
                + " rendering_clinician_id, status, date_of_service, total_charge)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            id,
            patientId,
            coverageId,
            payer,
            billingProviderId,
            clinician,
            status,
            LocalDate.parse(dos),
            new BigDecimal(charge))
        .update();
    jdbc.sql(
            "insert into claim_line (id, claim_id, line_number, procedure_code, units, charge,"
                + " date_of_service) values (nextval('claim_line_seq'), ?, 1, ?, 1, ?, ?)")
        .params(id, code, new BigDecimal(charge), LocalDate.parse(dos))
        .update();
    return id;
  }

  private long line(long claimId) {
    return jdbc.sql("select id from claim_line where claim_id = ?")
        .param(claimId)
        .query(Long.class)
        .single();
  }

  private void payment(
      long file,
      long claimId,
      Long lineId,
      String statusCode,
      String charge,
      String amount,
      String postedOn) {
    jdbc.sql(
            "insert into payment (id, remittance_file_id, claim_id, claim_line_id,"
                + " claim_status_code, charge, amount, posted_at)"
                + " values (nextval('payment_seq'), ?, ?, ?, ?, ?, ?,"
                + " cast(? as timestamptz))")
        .params(
            file,
            claimId,
            lineId,
            statusCode,
            new BigDecimal(charge),
            new BigDecimal(amount),
            postedOn + " 12:00:00+00")
        .update();
  }

  private void adjustment(
      long file, long claimId, String statusCode, String group, String reason, String amount) {
    jdbc.sql(
            "insert into adjustment (id, remittance_file_id, claim_id, claim_status_code,"
                + " group_code, reason_code, amount) values (nextval('adjustment_seq'), ?, ?, ?,"
                + " ?, ?, ?)")
        .params(file, claimId, statusCode, group, reason, new BigDecimal(amount))
        .update();
  }

  private void defect(long claimId, String stage, String code, boolean resolved) {
    jdbc.sql(
            "insert into claim_defect (id, claim_id, stage, code, explanation, resolved_at)"
                + " values (nextval('claim_defect_seq'), ?, ?, ?, 'seeded for the AR tests', "
                + (resolved ? "now()" : "null")
                + ")")
        .params(claimId, stage, code)
        .update();
  }
}
