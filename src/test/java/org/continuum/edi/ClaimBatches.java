package org.continuum.edi;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.continuum.edi.ClaimBatch837P.Address;
import org.continuum.edi.ClaimBatch837P.BillingProvider;
import org.continuum.edi.ClaimBatch837P.Claim;
import org.continuum.edi.ClaimBatch837P.Interchange;
import org.continuum.edi.ClaimBatch837P.Patient;
import org.continuum.edi.ClaimBatch837P.Payer;
import org.continuum.edi.ClaimBatch837P.Receiver;
import org.continuum.edi.ClaimBatch837P.RenderingProvider;
import org.continuum.edi.ClaimBatch837P.ServiceLine;
import org.continuum.edi.ClaimBatch837P.Submitter;
import org.continuum.edi.ClaimBatch837P.Subscriber;

/** 837P batches that read like the billing scenarios they stand for; all people are fictional. */
final class ClaimBatches {

  private ClaimBatches() {}

  /**
   * Two claims from one group practice: an adult who is her own subscriber (90837 via telehealth
   * with a prior authorisation), and a child on a parent's plan whose earlier claim is being
   * replaced (90834 + 90785, frequency 7 with REF*F8).
   */
  static ClaimBatch837P twoClaimsSelfAndDependentReplacement() {
    return new ClaimBatch837P(
        interchange(),
        new Submitter("RIVERBEND COUNSELING", "RBC0001", "BILLING OFFICE", "5035550100"),
        new Receiver("SANDBOX CLEARINGHOUSE", "CLEARHOUSE01"),
        billingProvider(),
        List.of(adultSelfTelehealthClaim(), childReplacementClaim()));
  }

  static ClaimBatch837P withClaims(Claim... claims) {
    ClaimBatch837P batch = twoClaimsSelfAndDependentReplacement();
    return new ClaimBatch837P(
        batch.interchange(),
        batch.submitter(),
        batch.receiver(),
        batch.billingProvider(),
        List.of(claims));
  }

  static Interchange interchange() {
    return new Interchange(
        "RBC0001", "CLEARHOUSE01", 4711, 4711, 1, LocalDateTime.of(2026, 11, 2, 9, 30), false);
  }

  static BillingProvider billingProvider() {
    return new BillingProvider(
        "RIVERBEND COUNSELING LLC",
        "1234567893",
        "931234567",
        "101YP2500X",
        new Address("100 MAIN ST", "SUITE 2", "PORTLAND", "OR", "972041234"));
  }

  static Claim adultSelfTelehealthClaim() {
    return new Claim(
        "CNT-2026-0001",
        new BigDecimal("180.00"),
        "10",
        "1",
        new Subscriber(
            "MBR100200300",
            "DOE",
            "JANE",
            LocalDate.of(1988, 4, 12),
            "F",
            new Address("12 ELM ST", null, "PORTLAND", "OR", "97205"),
            "18",
            "P",
            "GRP77",
            "CI",
            new Payer("ACME HEALTH PLAN", "ACME01")),
        null,
        "PA-555123",
        null,
        List.of("F41.1", "F33.1"),
        new RenderingProvider("1245319599", "RIVERS", "ALEX", "101YP2500X"),
        List.of(
            new ServiceLine(
                "90837",
                List.of("95"),
                new BigDecimal("180.00"),
                BigDecimal.ONE,
                List.of(1, 2),
                LocalDate.of(2026, 10, 20),
                "CNT-2026-0001-1")));
  }

  static Claim childReplacementClaim() {
    return new Claim(
        "CNT-2026-0002",
        new BigDecimal("155.00"),
        "11",
        "7",
        new Subscriber(
            "MBR900800700",
            "ROE",
            "RICHARD",
            null,
            null,
            new Address("400 OAK AVE", null, "SALEM", "OR", "97301"),
            "19",
            "P",
            null,
            "MC",
            new Payer("STATE MEDICAID", "SKOR0")),
        new Patient(
            "ROE",
            "SAM",
            LocalDate.of(2015, 6, 1),
            "M",
            new Address("400 OAK AVE", null, "SALEM", "OR", "97301")),
        null,
        "PCN8800112233",
        List.of("F90.2"),
        null,
        List.of(
            new ServiceLine(
                "90834",
                List.of(),
                new BigDecimal("140.00"),
                BigDecimal.ONE,
                List.of(1),
                LocalDate.of(2026, 10, 21),
                "CNT-2026-0002-1"),
            new ServiceLine(
                "90785",
                List.of(),
                new BigDecimal("15.00"),
                BigDecimal.ONE,
                List.of(1),
                LocalDate.of(2026, 10, 21),
                "CNT-2026-0002-2")));
  }
}
