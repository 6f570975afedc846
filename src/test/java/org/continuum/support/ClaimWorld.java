package org.continuum.support;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.continuum.authorization.Authorization;
import org.continuum.authorization.AuthorizationRepository;
import org.continuum.authorization.AuthorizationStatus;
import org.continuum.payer.DocumentationRules;
import org.continuum.payer.FeeSchedule;
import org.continuum.payer.FeeScheduleEntry;
import org.continuum.payer.FeeScheduleRepository;
import org.continuum.payer.Payer;
import org.continuum.payer.PayerFamily;
import org.continuum.payer.PayerProfile;
import org.continuum.payer.PayerProfileRepository;
import org.continuum.payer.PayerRepository;
import org.continuum.payer.TelehealthPolicy;
import org.continuum.practice.Address;
import org.continuum.practice.BillingProvider;
import org.continuum.practice.BillingProviderRepository;
import org.continuum.practice.Clinician;
import org.continuum.practice.ClinicianRepository;
import org.continuum.practice.Coverage;
import org.continuum.practice.CoveragePriority;
import org.continuum.practice.CoverageRepository;
import org.continuum.practice.Credential;
import org.continuum.practice.LicensureLevel;
import org.continuum.practice.Organisation;
import org.continuum.practice.OrganisationRepository;
import org.continuum.practice.Patient;
import org.continuum.practice.PatientRepository;
import org.continuum.practice.SubscriberRelationship;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Builds the practice a claim test needs, fresh for each test: payers shaped like the demo's
 * (Summit: commercial, 90837 needs 53 minutes and prior authorization; Lakeshore EAP: CMS bands,
 * six visits a year; a state Medicaid plan with licensure modifiers and audio-only coverage),
 * clinicians, and insured patients. Codes and NPIs are unique per call, so tests never collide with
 * each other or with the demo rows.
 */
public final class ClaimWorld {

  private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 1_000_000);

  /** The repositories the world writes to. */
  @Component
  public static class Repositories {
    @Autowired PayerRepository payers;
    @Autowired PayerProfileRepository profiles;
    @Autowired FeeScheduleRepository feeSchedules;
    @Autowired ClinicianRepository clinicians;
    @Autowired PatientRepository patients;
    @Autowired CoverageRepository coverages;
    @Autowired BillingProviderRepository billingProviders;
    @Autowired OrganisationRepository organisations;
    @Autowired AuthorizationRepository authorizations;
  }

  /** A patient with one coverage. */
  public record Insured(long patientId, long coverageId, long payerId) {}

  private final Repositories repos;

  public ClaimWorld(Repositories repos) {
    this.repos = repos;
    if (repos.billingProviders.count() == 0) {
      Organisation organisation = repos.organisations.save(new Organisation("Test practice"));
      repos.billingProviders.save(
          new BillingProvider(
              organisation.getId(),
              "Test practice billing",
              npi(),
              "123456789",
              "261QM0801X",
              new Address("1 Main St", null, "Springfield", "IL", "62701"),
              null));
    }
  }

  /** Summit: commercial; 90837 only from 53 minutes and only with prior authorization. */
  public Payer summit() {
    return payer(
        "SUMMIT",
        PayerFamily.COMMERCIAL,
        List.of("90837"),
        new TelehealthPolicy("10", "02", "95", "93", false),
        Map.of(),
        new DocumentationRules(90, 53, false),
        null);
  }

  /** Lakeshore EAP: CMS bands, no authorization, six visits a calendar year. */
  public Payer lakeshoreEap() {
    return payer(
        "LAKESHORE",
        PayerFamily.EAP,
        List.of(),
        new TelehealthPolicy("10", "02", "95", "", false),
        Map.of(),
        new DocumentationRules(180, 53, false),
        6);
  }

  /** A state Medicaid plan: licensure modifiers, audio-only covered with 93, H-codes priced. */
  public Payer medicaid() {
    return payer(
        "MEDICAID",
        PayerFamily.MEDICAID,
        List.of(),
        new TelehealthPolicy("10", "02", "95", "93", true),
        Map.of("LCSW", "AJ", "LPC", "HO", "PSYCHOLOGIST", "AH"),
        new DocumentationRules(90, 53, false),
        null);
  }

  /** A payer whose contract sets 60 minutes for 90837. */
  public Payer strictCommercial() {
    return payer(
        "STRICT",
        PayerFamily.COMMERCIAL,
        List.of(),
        new TelehealthPolicy("10", "02", "95", "93", true),
        Map.of(),
        new DocumentationRules(90, 60, false),
        null);
  }

  private Payer payer(
      String code,
      PayerFamily family,
      List<String> authRequired,
      TelehealthPolicy telehealth,
      Map<String, String> licensure,
      DocumentationRules rules,
      Integer visitCap) {
    String unique = code + "-" + SEQUENCE.incrementAndGet();
    Payer payer = repos.payers.save(new Payer(unique, code + " test plan", unique, family));
    repos.profiles.save(
        new PayerProfile(
            payer.getId(),
            90,
            List.of(180),
            30,
            authRequired,
            14,
            telehealth,
            licensure,
            rules,
            visitCap));
    repos.feeSchedules.save(
        new FeeSchedule(
            payer.getId(),
            LocalDate.of(2020, 1, 1),
            null,
            List.of(
                fee("90791", "200.00"),
                fee("90832", "90.00"),
                fee("90833", "80.00"),
                fee("90834", "130.00"),
                fee("90836", "110.00"),
                fee("90837", "180.00"),
                fee("90838", "150.00"),
                fee("90839", "220.00"),
                fee("90840", "100.00"),
                fee("90785", "20.00"),
                fee("90847", "140.00"),
                fee("99214", "160.00"),
                fee("H0004", "25.00"))));
    return payer;
  }

  private static FeeScheduleEntry fee(String code, String charge) {
    BigDecimal amount = new BigDecimal(charge);
    return new FeeScheduleEntry(code, null, amount, amount.multiply(new BigDecimal("0.80")));
  }

  public Clinician lcsw(String userId) {
    return clinician(Credential.LCSW, LicensureLevel.MASTERS, false, userId);
  }

  public Clinician psychiatrist(String userId) {
    return clinician(Credential.PSYCHIATRIST, LicensureLevel.DOCTORAL, true, userId);
  }

  private Clinician clinician(
      Credential credential, LicensureLevel level, boolean prescriber, String userId) {
    return repos.clinicians.save(
        new Clinician(
            "Test", credential.name(), npi(), credential, level, prescriber, null, userId));
  }

  public Insured patientCoveredBy(Payer payer) {
    Patient patient =
        repos.patients.save(
            new Patient(
                null,
                "Pat",
                "Test" + SEQUENCE.incrementAndGet(),
                LocalDate.of(1985, 5, 17),
                "F",
                new Address("12 Elm St", null, "Springfield", "IL", "62701"),
                null,
                null));
    Coverage coverage =
        repos.coverages.save(
            new Coverage(
                patient.getId(),
                payer.getId(),
                "M" + SEQUENCE.incrementAndGet(),
                null,
                CoveragePriority.PRIMARY,
                SubscriberRelationship.SELF,
                null,
                null,
                null,
                LocalDate.of(2020, 1, 1),
                null));
    return new Insured(patient.getId(), coverage.getId(), payer.getId());
  }

  /** An active authorization for codes, with units, for the whole of 2026. */
  public Authorization authorize(
      Insured insured, List<String> codes, int units, Long renderingClinicianId) {
    return repos.authorizations.save(
        new Authorization(
            insured.patientId(),
            insured.payerId(),
            "AUTH-" + SEQUENCE.incrementAndGet(),
            codes,
            units,
            LocalDate.of(2026, 1, 1),
            LocalDate.of(2026, 12, 31),
            renderingClinicianId,
            AuthorizationStatus.ACTIVE));
  }

  private static String npi() {
    return String.format(
        "%010d", 1_000_000_000L + SEQUENCE.incrementAndGet() * 7919 % 8_999_999_999L);
  }
}
