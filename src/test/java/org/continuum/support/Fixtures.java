package org.continuum.support;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.concurrent.atomic.AtomicLong;
import org.continuum.practice.Npi;

/**
 * Valid request bodies and records made through the API, unique per call so that test classes can
 * share one database without seeing each other's rows as conflicts.
 */
public final class Fixtures {

  private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 10_000_000L);

  private Fixtures() {}

  /** A number not handed out before in this JVM, for codes and ids that must be unique. */
  public static long unique() {
    return SEQUENCE.incrementAndGet();
  }

  /** A fresh NPI with a valid check digit. */
  public static String npi() {
    String nine = String.format("1%08d", unique() % 100_000_000L);
    for (char check = '0'; check <= '9'; check++) {
      if (Npi.isValid(nine + check)) {
        return nine + check;
      }
    }
    throw new IllegalStateException("no check digit fits " + nine);
  }

  /** A profile as a commercial payer might have it. */
  public static ObjectNode payerProfile() {
    ObjectNode profile = JsonApi.object();
    profile.put("timelyFilingDays", 90);
    profile.putArray("appealWindowDays").add(180);
    profile.put("expectedTurnaroundDays", 30);
    profile.putArray("authRequiredCodes").add("90837");
    profile.put("authRenewalLeadDays", 14);
    ObjectNode telehealth = profile.putObject("telehealthPolicy");
    telehealth.put("homePlaceOfService", "10");
    telehealth.put("otherPlaceOfService", "02");
    telehealth.put("videoModifier", "95");
    telehealth.put("audioOnlyModifier", "93");
    telehealth.put("audioOnlyCovered", true);
    profile.putObject("licensureModifiers").put("LCSW", "AJ");
    ObjectNode documentation = profile.putObject("documentationRules");
    documentation.put("treatmentPlanReviewDays", 90);
    documentation.put("minimumMinutesFor90837", 53);
    documentation.put("requiresStartAndStopTimes", false);
    return profile;
  }

  public static ObjectNode payer() {
    ObjectNode payer = JsonApi.object();
    payer.put("code", "TEST" + unique());
    payer.put("name", "Test Health Plan");
    payer.put("payerId", "TP" + unique());
    payer.put("family", "COMMERCIAL");
    payer.set("profile", payerProfile());
    return payer;
  }

  public static ObjectNode patient() {
    ObjectNode patient = JsonApi.object();
    patient.put("externalId", "EHR-" + unique());
    patient.put("firstName", "Test");
    patient.put("lastName", "Patient");
    patient.put("dateOfBirth", "1990-04-01");
    patient.put("sex", "F");
    return patient;
  }

  public static ObjectNode clinician() {
    ObjectNode clinician = JsonApi.object();
    clinician.put("firstName", "Dana");
    clinician.put("lastName", "Reyes");
    clinician.put("npi", npi());
    clinician.put("credential", "LCSW");
    clinician.put("licensureLevel", "MASTERS");
    clinician.put("prescriber", false);
    clinician.put("taxonomyCode", "1041C0700X");
    return clinician;
  }

  /** A payer created through the API by the admin; its id. */
  public static long createPayer(JsonApi admin) {
    return admin.createdId("/api/payers", payer());
  }

  public static long createPatient(JsonApi admin) {
    return admin.createdId("/api/patients", patient());
  }

  public static long createClinician(JsonApi admin) {
    return admin.createdId("/api/clinicians", clinician());
  }
}
