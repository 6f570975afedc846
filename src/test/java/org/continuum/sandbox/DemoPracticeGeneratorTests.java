package org.continuum.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.continuum.practice.CoveragePriority;
import org.continuum.practice.Credential;
import org.continuum.practice.SubscriberRelationship;
import org.continuum.sandbox.DemoPracticePlan.AuthorizationPlan;
import org.continuum.sandbox.DemoPracticePlan.ClinicianPlan;
import org.continuum.sandbox.DemoPracticePlan.CoveragePlan;
import org.junit.jupiter.api.Test;

class DemoPracticeGeneratorTests {

  private static final LocalDate TODAY = LocalDate.of(2025, 6, 1);

  @Test
  void inventsTheSamePracticeFromTheSameSeed() {
    DemoPracticePlan first =
        new DemoPracticeGenerator(DemoPracticeGenerator.SEED, TODAY).generate();
    DemoPracticePlan second =
        new DemoPracticeGenerator(DemoPracticeGenerator.SEED, TODAY).generate();

    assertThat(second.patients().subList(0, 5)).isEqualTo(first.patients().subList(0, 5));
    assertThat(second).isEqualTo(first);
  }

  @Test
  void inventsAnotherPracticeFromAnotherSeed() {
    DemoPracticePlan standard = DemoPracticeGenerator.standard(TODAY);
    DemoPracticePlan other = new DemoPracticeGenerator(7L, TODAY).generate();

    assertThat(other.patients().get(0)).isNotEqualTo(standard.patients().get(0));
  }

  @Test
  void keepsDemographicsWhenOnlyTheDayChanges() {
    DemoPracticePlan today = DemoPracticeGenerator.standard(TODAY);
    DemoPracticePlan nextMonth = DemoPracticeGenerator.standard(TODAY.plusDays(30));

    assertThat(nextMonth.patients()).isEqualTo(today.patients());
    assertThat(nextMonth.coverages()).isEqualTo(today.coverages());
    assertThat(nextMonth.authorizations().get(0).startDate())
        .isEqualTo(today.authorizations().get(0).startDate().plusDays(30));
  }

  @Test
  void staffsTwelveCliniciansAcrossEveryCredentialWithValidNpis() {
    DemoPracticePlan plan = DemoPracticeGenerator.standard(TODAY);

    Map<Credential, Long> byCredential =
        plan.clinicians().stream()
            .collect(Collectors.groupingBy(ClinicianPlan::credential, Collectors.counting()));
    assertThat(plan.clinicians()).hasSize(12);
    assertThat(byCredential)
        .containsEntry(Credential.PSYCHIATRIST, 2L)
        .containsEntry(Credential.PSYCHIATRIC_NURSE_PRACTITIONER, 1L)
        .containsEntry(Credential.PSYCHOLOGIST, 2L)
        .containsEntry(Credential.LCSW, 2L)
        .containsEntry(Credential.LPC, 2L)
        .containsEntry(Credential.LMFT, 2L)
        .containsEntry(Credential.ASSOCIATE, 1L);
    assertThat(plan.clinicians())
        .allSatisfy(c -> assertThat(NpiCheckDigit.isValid(c.npi())).as(c.npi()).isTrue());
    assertThat(NpiCheckDigit.isValid(plan.billingProvider().npi())).isTrue();
    assertThat(plan.billingProvider().taxId()).matches("\\d{9}");
    assertThat(plan.clinicians().stream().filter(c -> c.userId().equals("clinician")))
        .singleElement()
        .extracting(ClinicianPlan::credential)
        .isEqualTo(Credential.LCSW);
    assertThat(plan.clinicians().stream().map(ClinicianPlan::userId).distinct()).hasSize(12);
  }

  @Test
  void givesEveryPatientOnePrimaryCoverageAndSomeASecondary() {
    DemoPracticePlan plan = DemoPracticeGenerator.standard(TODAY);

    Map<Integer, Long> primaries =
        plan.coverages().stream()
            .filter(c -> c.priority() == CoveragePriority.PRIMARY)
            .collect(Collectors.groupingBy(CoveragePlan::patientIndex, Collectors.counting()));
    long secondaries =
        plan.coverages().stream().filter(c -> c.priority() == CoveragePriority.SECONDARY).count();
    Map<String, Long> byPayer =
        plan.coverages().stream()
            .filter(c -> c.priority() == CoveragePriority.PRIMARY)
            .collect(Collectors.groupingBy(CoveragePlan::payerCode, Collectors.counting()));

    assertThat(plan.patients()).hasSize(300);
    assertThat(plan.patients().get(122).externalId()).isEqualTo("EHR-000123");
    assertThat(primaries).hasSize(300).allSatisfy((patient, count) -> assertThat(count).isOne());
    assertThat(secondaries).isBetween(15L, 50L);
    assertThat(byPayer.get(DemoPayers.MEDICARE)).isBetween(55L, 95L);
    assertThat(byPayer.get(DemoPayers.BRIGHTPATH)).isBetween(15L, 50L);
    assertThat(plan.coverages())
        .anyMatch(c -> c.subscriberRelationship() == SubscriberRelationship.CHILD)
        .filteredOn(c -> c.payerCode().equals(DemoPayers.MEDICARE))
        .allSatisfy(
            c ->
                assertThat(c.memberId())
                    .matches("[1-9][A-Z][A-Z0-9]\\d[A-Z][A-Z0-9]\\d[A-Z]{2}\\d{2}"));
  }

  @Test
  void authorizesPatientsOfPayersThatRequireIt() {
    DemoPracticePlan plan = DemoPracticeGenerator.standard(TODAY);
    Map<Integer, String> primaryPayer =
        plan.coverages().stream()
            .filter(c -> c.priority() == CoveragePriority.PRIMARY)
            .collect(Collectors.toMap(CoveragePlan::patientIndex, CoveragePlan::payerCode));
    Map<Integer, Long> perPatient =
        plan.authorizations().stream()
            .collect(Collectors.groupingBy(AuthorizationPlan::patientIndex, Collectors.counting()));

    assertThat(plan.authorizations())
        .isNotEmpty()
        .allSatisfy(
            a -> {
              assertThat(a.unitsApproved()).isBetween(12, 24);
              assertThat(a.unitsUsed()).isBetween(0, a.unitsApproved() - 1);
              assertThat(a.endDate()).isAfter(TODAY);
              assertThat(a.payerCode())
                  .isEqualTo(primaryPayer.get(a.patientIndex()))
                  .isIn(DemoPayers.MEDICAID, DemoPayers.SUMMIT, DemoPayers.BRIGHTPATH);
            });
    assertThat(plan.authorizations()).anyMatch(a -> a.endDate().isBefore(TODAY.plusDays(14)));
    assertThat(plan.authorizations()).anyMatch(a -> a.unitsApproved() - a.unitsUsed() <= 2);
    Map<Integer, Long> twice =
        perPatient.entrySet().stream()
            .filter(e -> e.getValue() > 1)
            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    assertThat(twice).hasSize(1);
    assertThat(
            plan.authorizations().stream()
                .filter(a -> twice.containsKey(a.patientIndex()))
                .map(AuthorizationPlan::procedureCodes)
                .collect(Collectors.toMap(Function.identity(), c -> 1)))
        .hasSize(2);
  }
}
