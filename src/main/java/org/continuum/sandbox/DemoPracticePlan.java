package org.continuum.sandbox;

import java.time.LocalDate;
import java.util.List;
import org.continuum.practice.Address;
import org.continuum.practice.CoveragePriority;
import org.continuum.practice.Credential;
import org.continuum.practice.LicensureLevel;
import org.continuum.practice.SubscriberRelationship;

/**
 * The demo practice as plain values, before anything has a database id: rows refer to each other by
 * their index in these lists, so the generator needs neither Spring nor a database and a test can
 * compare two plans with {@code equals}.
 */
record DemoPracticePlan(
    String organisationName,
    BillingProviderPlan billingProvider,
    List<ClinicianPlan> clinicians,
    List<PatientPlan> patients,
    List<CoveragePlan> coverages,
    List<AuthorizationPlan> authorizations,
    List<AppointmentPlan> appointments) {

  DemoPracticePlan {
    clinicians = List.copyOf(clinicians);
    patients = List.copyOf(patients);
    coverages = List.copyOf(coverages);
    authorizations = List.copyOf(authorizations);
    appointments = List.copyOf(appointments);
  }

  record BillingProviderPlan(
      String name, String npi, String taxId, String taxonomyCode, Address address, String phone) {}

  /** A rendering clinician and the engine user they log in as. */
  record ClinicianPlan(
      String firstName,
      String lastName,
      String npi,
      Credential credential,
      LicensureLevel licensureLevel,
      boolean prescriber,
      String taxonomyCode,
      String userId) {}

  record PatientPlan(
      String externalId,
      String firstName,
      String lastName,
      LocalDate dateOfBirth,
      String sex,
      Address address,
      String phone,
      int clinicianIndex) {}

  /**
   * A coverage by payer code; the subscriber's name and date of birth are set only when the
   * subscriber is someone other than the patient.
   */
  record CoveragePlan(
      int patientIndex,
      String payerCode,
      String memberId,
      String groupNumber,
      CoveragePriority priority,
      SubscriberRelationship subscriberRelationship,
      String subscriberFirstName,
      String subscriberLastName,
      LocalDate subscriberDateOfBirth,
      LocalDate effectiveFrom) {}

  /**
   * An active authorization; {@code unitsUsed} stands for sessions billed before the practice
   * started using Continuum, and {@code renderingClinicianIndex} is null when the payer names none.
   */
  record AuthorizationPlan(
      int patientIndex,
      String payerCode,
      String authorizationNumber,
      List<String> procedureCodes,
      int unitsApproved,
      int unitsUsed,
      LocalDate startDate,
      LocalDate endDate,
      Integer renderingClinicianIndex) {

    AuthorizationPlan {
      procedureCodes = List.copyOf(procedureCodes);
    }
  }

  /** A booked visit, from the practice's scheduling system, that forecasts an authorization. */
  record AppointmentPlan(
      int patientIndex, int clinicianIndex, String procedureCode, LocalDate scheduledDate) {}
}
