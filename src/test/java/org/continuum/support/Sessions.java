package org.continuum.support;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Sessions as the EHR posts them, named for what they are. Each starts as a complete, billable note
 * (signed, diagnosed, treatment plan reviewed last month) that tests then spoil one fact at a time;
 * {@link #by} fills in who and whose coverage.
 */
public final class Sessions {

  public static final LocalDate DATE_OF_SERVICE = LocalDate.of(2026, 3, 16);

  private final Map<String, Object> fields = new LinkedHashMap<>();

  private Sessions() {
    fields.put("dateOfService", DATE_OF_SERVICE.toString());
    fields.put("procedureCode", "90834");
    fields.put("addOnCodes", List.of());
    fields.put("modality", "IN_PERSON");
    fields.put("patientLocation", "OFFICE");
    fields.put("diagnosisCodes", List.of("F41.1"));
    fields.put("noteSignedAt", "2026-03-16T16:00:00Z");
    fields.put("treatmentPlanReviewedOn", "2026-02-20");
    fields.put("sourceSessionId", "EHR-" + UUID.randomUUID());
  }

  public static Sessions fortyEightMinuteVideoSessionFromHome() {
    return new Sessions().minutes(48).set("modality", "VIDEO").set("patientLocation", "HOME");
  }

  public static Sessions fortyFiveMinuteOfficeSession() {
    return new Sessions().set("startTime", "14:00").set("endTime", "14:45");
  }

  public static Sessions fiftyTwoMinuteSessionBilledAs90837() {
    return new Sessions().minutes(52).code("90837");
  }

  /** 90837 needs 53 minutes: a documentation query for the rendering clinician. */
  public static Sessions fortyEightMinuteSessionBilledAs90837() {
    return new Sessions().minutes(48).code("90837");
  }

  public static Sessions sixtyMinuteSessionBilledAs90837() {
    return new Sessions().minutes(60).code("90837");
  }

  public static Sessions audioOnlySessionFromHome() {
    return new Sessions().minutes(45).set("modality", "AUDIO_ONLY").set("patientLocation", "HOME");
  }

  public static Sessions psychiatristVisitWithThirtyMinutesOfPsychotherapy() {
    return new Sessions().minutes(30).code("90833").set("emCode", "99214");
  }

  public static Sessions ninetyMinuteCrisisSession() {
    return new Sessions().minutes(90).code("90839");
  }

  public static Sessions inPersonSessionAtAFacility() {
    return new Sessions().minutes(45).set("patientLocation", "FACILITY");
  }

  public Sessions minutes(int minutes) {
    fields.remove("startTime");
    fields.remove("endTime");
    return set("minutes", minutes);
  }

  public Sessions code(String code) {
    return set("procedureCode", code);
  }

  public Sessions addOns(String... codes) {
    return set("addOnCodes", List.of(codes));
  }

  public Sessions unsigned() {
    return set("noteSignedAt", null);
  }

  public Sessions withoutTime() {
    fields.remove("startTime");
    fields.remove("endTime");
    return set("minutes", null);
  }

  public Sessions withoutDiagnosis() {
    return set("diagnosisCodes", List.of());
  }

  public Sessions treatmentPlanReviewedOn(String date) {
    return set("treatmentPlanReviewedOn", date);
  }

  public Sessions on(LocalDate date) {
    return set("dateOfService", date.toString());
  }

  public Sessions set(String field, Object value) {
    if (value == null) {
      fields.remove(field);
    } else {
      fields.put(field, value);
    }
    return this;
  }

  public Object get(String field) {
    return fields.get(field);
  }

  /** The JSON body, for a patient's coverage and a rendering clinician. */
  public Map<String, Object> by(ClaimWorld.Insured insured, long clinicianId) {
    Map<String, Object> body = new LinkedHashMap<>(fields);
    body.put("patientId", insured.patientId());
    body.put("coverageId", insured.coverageId());
    body.put("clinicianId", clinicianId);
    return body;
  }
}
