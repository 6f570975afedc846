package org.continuum.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.continuum.payer.PayerProfile;
import org.continuum.payer.PayerProfileRepository;
import org.continuum.payer.PayerRepository;
import org.continuum.practice.Clinician;
import org.continuum.practice.ClinicianRepository;
import org.continuum.sandbox.DemoPracticePlan.ClinicianPlan;
import org.continuum.sandbox.DemoPracticePlan.PatientPlan;
import org.continuum.security.Roles;
import org.continuum.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.IdentityService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class DemoPracticeTests {

  @Autowired DemoPractice practice;
  @Autowired ClinicianRepository clinicians;
  @Autowired PayerRepository payers;
  @Autowired PayerProfileRepository payerProfiles;
  @Autowired IdentityService identityService;
  @Autowired JdbcTemplate jdbc;

  @Test
  void seedsTwelveCliniciansThreeHundredPatientsAndFivePayers() {
    DemoPracticePlan plan = practice.plan();
    String[] npis = plan.clinicians().stream().map(ClinicianPlan::npi).toArray(String[]::new);
    String[] externalIds =
        plan.patients().stream().map(PatientPlan::externalId).toArray(String[]::new);

    assertThat(count("select count(*) from clinician where npi = any(?)", (Object) npis))
        .isEqualTo(12);
    assertThat(
            count("select count(*) from patient where external_id = any(?)", (Object) externalIds))
        .isEqualTo(300);
    assertThat(
            count(
                "select count(*) from payer where code in"
                    + " ('MEDICARE', 'MEDICAID', 'SUMMIT', 'LAKESHORE', 'BRIGHTPATH')"))
        .isEqualTo(5);
    assertThat(
            count(
                "select count(*) from organisation where name = ?",
                DemoPracticeGenerator.ORGANISATION_NAME))
        .isOne();
  }

  @Test
  void givesEveryDemoPatientAPrimaryCoverage() {
    String[] externalIds =
        practice.plan().patients().stream().map(PatientPlan::externalId).toArray(String[]::new);

    assertThat(
            count(
                "select count(*) from patient p where p.external_id = any(?) and not exists"
                    + " (select 1 from coverage c where c.patient_id = p.id"
                    + " and c.priority = 'PRIMARY')",
                (Object) externalIds))
        .isZero();
  }

  @Test
  void linksTheDemoUserClinicianToExactlyOneLcsw() {
    List<Clinician> linked =
        clinicians.findAll().stream().filter(c -> "clinician".equals(c.getUserId())).toList();

    assertThat(linked).singleElement().extracting(Clinician::getCredential).hasToString("LCSW");
  }

  @Test
  void givesEveryDemoClinicianAUserInTheCliniciansGroup() {
    for (ClinicianPlan plan : practice.plan().clinicians()) {
      Clinician clinician = clinicians.findByNpi(plan.npi()).orElseThrow();

      assertThat(clinician.getUserId()).isEqualTo(plan.userId());
      assertThat(
              identityService
                  .createUserQuery()
                  .userId(clinician.getUserId())
                  .memberOfGroup(Roles.CLINICIANS)
                  .count())
          .as(clinician.getUserId())
          .isOne();
    }
    assertThat(identityService.checkPassword("cfernsby", "demo")).isTrue();
  }

  @Test
  void requiresAuthorizationFor90837AtSummitButNotAtLakeshore() {
    PayerProfile summit = profileOf(DemoPayers.SUMMIT);
    PayerProfile lakeshore = profileOf(DemoPayers.LAKESHORE);

    assertThat(summit.requiresAuthorization("90837")).isTrue();
    assertThat(summit.getDocumentationRules().minimumMinutesFor90837()).isEqualTo(53);
    assertThat(summit.getTelehealthPolicy().audioOnlyCovered()).isFalse();
    assertThat(lakeshore.requiresAuthorization("90837")).isFalse();
    assertThat(lakeshore.getTelehealthPolicy().videoModifier()).isEmpty();
    assertThat(profileOf(DemoPayers.MEDICAID).getLicensureModifiers())
        .containsEntry("ASSOCIATE", "HN");
    assertThat(profileOf(DemoPayers.BRIGHTPATH).getVisitCapPerYear()).isEqualTo(6);
  }

  @Test
  void pricesEveryCodeBelowTheChargeFromJanuary2025() {
    assertThat(
            count(
                "select count(*) from fee_schedule_entry e join fee_schedule s"
                    + " on s.id = e.fee_schedule_id join payer p on p.id = s.payer_id"
                    + " where p.code = 'MEDICAID' and e.procedure_code in ('H0004', 'H2019')"
                    + " and s.effective_from = date '2025-01-01' and s.effective_to is null"))
        .isEqualTo(2);
    assertThat(
            count(
                "select count(*) from fee_schedule_entry e join fee_schedule s"
                    + " on s.id = e.fee_schedule_id join payer p on p.id = s.payer_id"
                    + " where p.code in ('MEDICARE', 'MEDICAID', 'SUMMIT', 'LAKESHORE', 'BRIGHTPATH')"
                    + " and e.contracted_amount >= e.charge_amount"))
        .isZero();
  }

  @Test
  void seedsAuthorizationsWithUnitsAlreadyUsed() {
    assertThat(
            count(
                "select count(*) from authorization_grant a join patient p on p.id = a.patient_id"
                    + " where p.external_id like 'EHR-%' and a.status = 'ACTIVE'"))
        .isEqualTo(practice.plan().authorizations().size());
    assertThat(
            count(
                "select count(*) from authorization_grant"
                    + " where units_approved - units_used between 1 and 2"))
        .isPositive();
  }

  @Test
  void seedsOnlyOnceWhenStartedAgainOnTheSameDatabase() {
    int patientsBefore = count("select count(*) from patient");
    int clinicansBefore = count("select count(*) from clinician");
    int coveragesBefore = count("select count(*) from coverage");

    boolean seeded = practice.seed();

    assertThat(seeded).isFalse();
    assertThat(count("select count(*) from patient")).isEqualTo(patientsBefore);
    assertThat(count("select count(*) from clinician")).isEqualTo(clinicansBefore);
    assertThat(count("select count(*) from coverage")).isEqualTo(coveragesBefore);
    assertThat(
            count(
                "select count(*) from organisation where name = ?",
                DemoPracticeGenerator.ORGANISATION_NAME))
        .isOne();
  }

  private PayerProfile profileOf(String code) {
    return payerProfiles.findById(payers.findByCode(code).orElseThrow().getId()).orElseThrow();
  }

  private int count(String sql, Object... args) {
    return jdbc.queryForObject(sql, Integer.class, args);
  }
}
