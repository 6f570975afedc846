package org.continuum.sandbox;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.continuum.appointment.Appointment;
import org.continuum.appointment.AppointmentRepository;
import org.continuum.appointment.AppointmentStatus;
import org.continuum.authorization.Authorization;
import org.continuum.authorization.AuthorizationRepository;
import org.continuum.authorization.AuthorizationStatus;
import org.continuum.payer.FeeScheduleRepository;
import org.continuum.payer.Payer;
import org.continuum.payer.PayerProfileRepository;
import org.continuum.payer.PayerRepository;
import org.continuum.practice.BillingProvider;
import org.continuum.practice.BillingProviderRepository;
import org.continuum.practice.Clinician;
import org.continuum.practice.ClinicianRepository;
import org.continuum.practice.Coverage;
import org.continuum.practice.CoverageRepository;
import org.continuum.practice.Organisation;
import org.continuum.practice.OrganisationRepository;
import org.continuum.practice.Patient;
import org.continuum.practice.PatientRepository;
import org.continuum.sandbox.DemoPayers.PayerPlan;
import org.continuum.sandbox.DemoPracticePlan.AuthorizationPlan;
import org.continuum.sandbox.DemoPracticePlan.ClinicianPlan;
import org.continuum.sandbox.DemoPracticePlan.CoveragePlan;
import org.continuum.sandbox.DemoPracticePlan.PatientPlan;
import org.continuum.security.Roles;
import org.continuum.workflow.WorkflowUsers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Saves the demo practice of {@link DemoPracticeGenerator} once per database: a restart on a kept
 * database finds the organisation and leaves everything alone, and two nodes starting together
 * queue on a PostgreSQL advisory lock so only the first one seeds. Each clinician gets an engine
 * user in the clinicians group; the LCSW the demo user {@code clinician} stands for gets that user.
 * Demo profile only; logs counts, never names.
 */
@Component
@Profile("demo")
class DemoPractice {

  /** Runs after {@link DemoUsers} (10), so the user {@code clinician} exists. */
  static final int ORDER = 20;

  /** Advisory lock key that serialises demo seeding across nodes ("DEMO" in ASCII). */
  private static final long SEED_LOCK = 0x44454D4FL;

  private static final Logger log = LoggerFactory.getLogger(DemoPractice.class);

  private final OrganisationRepository organisations;
  private final BillingProviderRepository billingProviders;
  private final ClinicianRepository clinicians;
  private final PatientRepository patients;
  private final CoverageRepository coverages;
  private final PayerRepository payers;
  private final PayerProfileRepository payerProfiles;
  private final FeeScheduleRepository feeSchedules;
  private final AuthorizationRepository authorizations;
  private final AppointmentRepository appointments;
  private final WorkflowUsers users;
  private final JdbcTemplate jdbc;
  private final TransactionTemplate transaction;
  private final Clock clock;
  private final String password;

  DemoPractice(
      OrganisationRepository organisations,
      BillingProviderRepository billingProviders,
      ClinicianRepository clinicians,
      PatientRepository patients,
      CoverageRepository coverages,
      PayerRepository payers,
      PayerProfileRepository payerProfiles,
      FeeScheduleRepository feeSchedules,
      AuthorizationRepository authorizations,
      AppointmentRepository appointments,
      WorkflowUsers users,
      JdbcTemplate jdbc,
      PlatformTransactionManager transactionManager,
      ObjectProvider<Clock> clock,
      @Value("${continuum.demo.password}") String password) {
    this.organisations = organisations;
    this.billingProviders = billingProviders;
    this.clinicians = clinicians;
    this.patients = patients;
    this.coverages = coverages;
    this.payers = payers;
    this.payerProfiles = payerProfiles;
    this.feeSchedules = feeSchedules;
    this.authorizations = authorizations;
    this.appointments = appointments;
    this.users = users;
    this.jdbc = jdbc;
    this.transaction = new TransactionTemplate(transactionManager);
    this.clock = clock.getIfAvailable(Clock::systemUTC);
    this.password = password;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(ORDER)
  void onApplicationReady() {
    seed();
  }

  /** Seeds the practice unless it exists; returns whether this call seeded it. */
  boolean seed() {
    long started = System.nanoTime();
    Map<String, Integer> counts = transaction.execute(status -> seedUnlessPresent());
    if (counts == null) {
      log.info("Demo practice already present: nothing seeded");
      return false;
    }
    log.info(
        "Demo practice seeded in {} ms: {}", (System.nanoTime() - started) / 1_000_000, counts);
    return true;
  }

  /** The practice this installation is seeded with today. */
  DemoPracticePlan plan() {
    return DemoPracticeGenerator.standard(LocalDate.now(clock));
  }

  private Map<String, Integer> seedUnlessPresent() {
    jdbc.query("select pg_advisory_xact_lock(?)", (RowCallbackHandler) row -> {}, SEED_LOCK);
    boolean present =
        organisations.findAll().stream()
            .anyMatch(o -> DemoPracticeGenerator.ORGANISATION_NAME.equals(o.getName()));
    if (present) {
      return null;
    }
    DemoPracticePlan plan = plan();
    Map<String, Integer> counts = new LinkedHashMap<>();

    Organisation organisation = organisations.save(new Organisation(plan.organisationName()));
    var provider = plan.billingProvider();
    billingProviders.save(
        new BillingProvider(
            organisation.getId(),
            provider.name(),
            provider.npi(),
            provider.taxId(),
            provider.taxonomyCode(),
            provider.address(),
            provider.phone()));

    Map<String, Long> payerIds = savePayers();
    counts.put("payers", payerIds.size());

    List<Clinician> savedClinicians = clinicians.saveAll(clinicians(plan.clinicians()));
    counts.put("clinicians", savedClinicians.size());

    List<Patient> savedPatients = patients.saveAll(patients(plan.patients(), savedClinicians));
    counts.put("patients", savedPatients.size());

    List<Coverage> newCoverages = new ArrayList<>();
    for (CoveragePlan c : plan.coverages()) {
      newCoverages.add(
          new Coverage(
              savedPatients.get(c.patientIndex()).getId(),
              payerIds.get(c.payerCode()),
              c.memberId(),
              c.groupNumber(),
              c.priority(),
              c.subscriberRelationship(),
              c.subscriberFirstName(),
              c.subscriberLastName(),
              c.subscriberDateOfBirth(),
              c.effectiveFrom(),
              null));
    }
    counts.put("coverages", coverages.saveAll(newCoverages).size());

    counts.put(
        "authorizations",
        saveAuthorizations(plan.authorizations(), payerIds, savedPatients, savedClinicians));
    counts.put(
        "appointments",
        appointments
            .saveAll(
                plan.appointments().stream()
                    .map(
                        a ->
                            new Appointment(
                                savedPatients.get(a.patientIndex()).getId(),
                                savedClinicians.get(a.clinicianIndex()).getId(),
                                a.procedureCode(),
                                a.scheduledDate(),
                                AppointmentStatus.SCHEDULED))
                    .toList())
            .size());
    return counts;
  }

  /** Saves each payer unless its code exists, with its profile and fee schedule. */
  private Map<String, Long> savePayers() {
    Map<String, Long> ids = new HashMap<>();
    for (PayerPlan plan : DemoPayers.all()) {
      Payer payer = payers.findByCode(plan.code()).orElseGet(() -> payers.save(plan.toPayer()));
      if (!payerProfiles.existsById(payer.getId())) {
        payerProfiles.save(plan.toProfile(payer.getId()));
      }
      if (feeSchedules.findByPayerIdOrderByEffectiveFromDesc(payer.getId()).isEmpty()) {
        feeSchedules.save(plan.toFeeSchedule(payer.getId()));
      }
      ids.put(plan.code(), payer.getId());
    }
    return ids;
  }

  private List<Clinician> clinicians(List<ClinicianPlan> plans) {
    List<Clinician> result = new ArrayList<>();
    for (ClinicianPlan c : plans) {
      users.ensureUser(
          c.userId(),
          c.firstName(),
          c.lastName(),
          c.userId() + "@demo.continuum.invalid",
          password,
          List.of(Roles.CLINICIANS));
      result.add(
          new Clinician(
              c.firstName(),
              c.lastName(),
              c.npi(),
              c.credential(),
              c.licensureLevel(),
              c.prescriber(),
              c.taxonomyCode(),
              c.userId()));
    }
    return result;
  }

  private static List<Patient> patients(List<PatientPlan> plans, List<Clinician> clinicians) {
    return plans.stream()
        .map(
            p ->
                new Patient(
                    p.externalId(),
                    p.firstName(),
                    p.lastName(),
                    p.dateOfBirth(),
                    p.sex(),
                    p.address(),
                    p.phone(),
                    clinicians.get(p.clinicianIndex()).getId()))
        .toList();
  }

  /**
   * Saves the authorizations, then records the units used before the demo began: the entity only
   * lets claims consume units, and the demo has no claim history behind those units.
   */
  private int saveAuthorizations(
      List<AuthorizationPlan> plans,
      Map<String, Long> payerIds,
      List<Patient> patients,
      List<Clinician> clinicians) {
    List<Authorization> entities =
        plans.stream()
            .map(
                a ->
                    new Authorization(
                        patients.get(a.patientIndex()).getId(),
                        payerIds.get(a.payerCode()),
                        a.authorizationNumber(),
                        a.procedureCodes(),
                        a.unitsApproved(),
                        a.startDate(),
                        a.endDate(),
                        a.renderingClinicianIndex() == null
                            ? null
                            : clinicians.get(a.renderingClinicianIndex()).getId(),
                        AuthorizationStatus.ACTIVE))
            .toList();
    List<Authorization> saved = authorizations.saveAllAndFlush(entities);
    List<Object[]> used = new ArrayList<>();
    for (int i = 0; i < saved.size(); i++) {
      if (plans.get(i).unitsUsed() > 0) {
        used.add(new Object[] {plans.get(i).unitsUsed(), saved.get(i).getId()});
      }
    }
    jdbc.batchUpdate("update authorization_grant set units_used = ? where id = ?", used);
    return saved.size();
  }
}
