package org.continuum.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.continuum.payer.DocumentationRules;
import org.continuum.session.Modality;
import org.continuum.session.PatientLocation;
import org.continuum.session.TherapySession;
import org.junit.jupiter.api.Test;

/** The documentation rules, one defect kind at a time, without Spring. */
class DocumentationReviewTests {

  private static final LocalDate DOS = LocalDate.of(2026, 3, 16);
  private static final DocumentationReview.Context THERAPIST =
      new DocumentationReview.Context(
          "SUMMIT", new DocumentationRules(90, 53, false), false, "LCSW");
  private static final DocumentationReview.Context PSYCHIATRIST =
      new DocumentationReview.Context(
          "SUMMIT", new DocumentationRules(90, 53, false), true, "PSYCHIATRIST");

  @Test
  void findsNothingWrongWithACompleteNote() {
    assertThat(codes(review(session("90834", 45, List.of(), null), THERAPIST, band("90834", 38))))
        .isEmpty();
  }

  @Test
  void explainsMinutesShortOfTheBilledCodeWithTheExactNumbers() {
    List<Defect> defects =
        review(session("90837", 52, List.of(), null), THERAPIST, band("90834", 53));

    assertThat(defects)
        .singleElement()
        .isEqualTo(
            new Defect(
                "TIME_DOES_NOT_SUPPORT_CODE",
                "52 minutes documented; 90837 needs 53. Bill 90834, or correct the time if the note"
                    + " is wrong."));
  }

  @Test
  void refusesASecondPsychotherapyCodeListedAsAnAddOn() {
    List<Defect> defects =
        review(session("90837", 75, List.of("90832"), null), THERAPIST, band("90837", 53));

    assertThat(defects)
        .singleElement()
        .isEqualTo(
            new Defect(
                "NOT_AN_ADD_ON",
                "90832 is not an add-on code and is not billed beside 90837 for the same session."
                    + " Bill one code chosen from the total time, and remove 90832."));
  }

  @Test
  void holdsThePsychotherapyAddOnOfAnEmVisitToItsTimeBand() {
    List<Defect> defects =
        review(session("99214", 50, List.of("90838"), "99214"), PSYCHIATRIST, band("90836", 53));

    assertThat(defects)
        .singleElement()
        .extracting(Defect::explanation)
        .isEqualTo(
            "50 minutes documented; 90838 needs 53. Bill 90836, or correct the time if the note is"
                + " wrong.");
  }

  @Test
  void asksNoMinutesForAnEmVisitAlone() {
    assertThat(
            codes(
                review(session("99214", null, List.of(), "99214"), PSYCHIATRIST, band("NONE", 0))))
        .isEmpty();
  }

  @Test
  void acceptsInteractiveComplexityAsAnAddOn() {
    assertThat(
            codes(
                review(session("90834", 45, List.of("90785"), null), THERAPIST, band("90834", 38))))
        .isEmpty();
  }

  @Test
  void saysNothingIsBillableUnderSixteenMinutes() {
    List<Defect> defects =
        review(session("90832", 12, List.of(), null), THERAPIST, band("NONE", 16));

    assertThat(defects.get(0).explanation())
        .isEqualTo(
            "12 minutes documented; 90832 needs 16. No code of this kind is billable for 12"
                + " minutes; correct the time if the note is wrong.");
  }

  @Test
  void asksForTheTimeWhenNeitherStartAndStopNorMinutesAreRecorded() {
    TherapySession untimed =
        new TherapySession(
            null,
            1L,
            1L,
            1L,
            DOS,
            null,
            null,
            null,
            "90834",
            List.of(),
            null,
            Modality.VIDEO,
            PatientLocation.HOME,
            List.of("F41.1"),
            Instant.now(),
            DOS.minusDays(10));

    assertThat(codes(review(untimed, THERAPIST, band("NONE", 38))))
        .containsExactly("TIME_NOT_RECORDED");
  }

  @Test
  void acceptsStartAndStopTimesInsteadOfMinutes() {
    TherapySession timed =
        new TherapySession(
            null,
            1L,
            1L,
            1L,
            DOS,
            LocalTime.of(14, 0),
            LocalTime.of(14, 53),
            null,
            "90837",
            List.of(),
            null,
            Modality.VIDEO,
            PatientLocation.HOME,
            List.of("F41.1"),
            Instant.now(),
            DOS.minusDays(10));

    assertThat(review(timed, THERAPIST, band("90837", 53))).isEmpty();
  }

  @Test
  void asksForStartAndStopWhenThePayerRequiresThem() {
    DocumentationReview.Context strict =
        new DocumentationReview.Context(
            "STRICT", new DocumentationRules(90, 53, true), false, "LCSW");

    assertThat(codes(review(session("90834", 45, List.of(), null), strict, band("90834", 38))))
        .containsExactly("START_STOP_TIMES_REQUIRED");
  }

  @Test
  void refusesAnAddOnWithoutAnEmVisit() {
    assertThat(
            codes(review(session("90833", 30, List.of(), null), PSYCHIATRIST, band("90833", 16))))
        .containsExactly("ADD_ON_WITHOUT_EM");
  }

  @Test
  void refusesAnAddOnByAClinicianWhoDoesNotPrescribe() {
    List<Defect> defects =
        review(session("90836", 45, List.of(), "99214"), THERAPIST, band("90836", 38));

    assertThat(codes(defects)).containsExactly("ADD_ON_BY_NON_PRESCRIBER");
    assertThat(defects.get(0).explanation()).contains("(LCSW)").contains("Bill 90834");
  }

  @Test
  void acceptsAnAddOnWithAnEmByAPrescriber() {
    assertThat(review(session("90833", 30, List.of(), "99214"), PSYCHIATRIST, band("90833", 16)))
        .isEmpty();
  }

  @Test
  void refusesAnAddOnWithStandAlonePsychotherapy() {
    assertThat(
            codes(
                review(
                    session("90834", 45, List.of("90836"), "99214"),
                    PSYCHIATRIST,
                    band("90834", 38))))
        .contains("ADD_ON_WITH_STANDALONE_PSYCHOTHERAPY", "EM_WITH_STANDALONE_PSYCHOTHERAPY");
  }

  @Test
  void refusesCrisisPsychotherapyWithInteractiveComplexity() {
    List<Defect> defects =
        review(session("90839", 60, List.of("90785"), null), THERAPIST, band("90839", 30));

    assertThat(codes(defects)).containsExactly("CRISIS_WITH_OTHER_PSYCHOTHERAPY");
    assertThat(defects.get(0).explanation()).contains("90785");
  }

  @Test
  void refusesACrisisExtensionBefore75Minutes() {
    List<Defect> defects =
        review(session("90839", 70, List.of("90840"), null), THERAPIST, band("90839", 30));

    assertThat(defects)
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.code()).isEqualTo("CRISIS_EXTENSION_TIME");
              assertThat(d.explanation()).startsWith("70 minutes documented; +90840 needs 75");
            });
  }

  @Test
  void refusesInteractiveComplexityWithFamilyTherapy() {
    assertThat(
            codes(
                review(session("90847", 50, List.of("90785"), null), THERAPIST, band("90847", 26))))
        .containsExactly("INTERACTIVE_COMPLEXITY_NOT_ALLOWED");
  }

  @Test
  void acceptsInteractiveComplexityWithIndividualPsychotherapy() {
    assertThat(review(session("90834", 45, List.of("90785"), null), THERAPIST, band("90834", 38)))
        .isEmpty();
  }

  @Test
  void asksForASignatureAndADiagnosis() {
    TherapySession bare =
        new TherapySession(
            null,
            1L,
            1L,
            1L,
            DOS,
            null,
            null,
            45,
            "90834",
            List.of(),
            null,
            Modality.IN_PERSON,
            PatientLocation.OFFICE,
            List.of(),
            null,
            DOS.minusDays(10));

    assertThat(codes(review(bare, THERAPIST, band("90834", 38))))
        .containsExactly("NOTE_NOT_SIGNED", "NO_DIAGNOSIS");
  }

  @Test
  void explainsATreatmentPlanReviewThatIsTooOld() {
    TherapySession stale =
        new TherapySession(
            null,
            1L,
            1L,
            1L,
            DOS,
            null,
            null,
            45,
            "90834",
            List.of(),
            null,
            Modality.IN_PERSON,
            PatientLocation.OFFICE,
            List.of("F41.1"),
            Instant.now(),
            DOS.minusDays(95));

    assertThat(review(stale, THERAPIST, band("90834", 38)))
        .singleElement()
        .isEqualTo(
            new Defect(
                "TREATMENT_PLAN_OUT_OF_DATE",
                "Treatment plan last reviewed 2025-12-11, 95 days before the session; SUMMIT"
                    + " requires a review within 90 days. Review the plan, or enter the date of a"
                    + " later review."));
  }

  @Test
  void asksForATreatmentPlanReviewWhenNoneIsDocumented() {
    TherapySession none =
        new TherapySession(
            null,
            1L,
            1L,
            1L,
            DOS,
            null,
            null,
            45,
            "90834",
            List.of(),
            null,
            Modality.IN_PERSON,
            PatientLocation.OFFICE,
            List.of("F41.1"),
            Instant.now(),
            null);

    assertThat(codes(review(none, THERAPIST, band("90834", 38))))
        .containsExactly("TREATMENT_PLAN_NOT_REVIEWED");
  }

  private static TherapySession session(
      String code, Integer minutes, List<String> addOns, String emCode) {
    return new TherapySession(
        null,
        1L,
        1L,
        1L,
        DOS,
        null,
        null,
        minutes,
        code,
        addOns,
        emCode,
        Modality.VIDEO,
        PatientLocation.HOME,
        List.of("F41.1"),
        Instant.now(),
        DOS.minusDays(30));
  }

  private static DocumentationReview.TimeBand band(String supported, int required) {
    return new DocumentationReview.TimeBand(supported, required);
  }

  private static List<Defect> review(
      TherapySession session,
      DocumentationReview.Context context,
      DocumentationReview.TimeBand band) {
    return DocumentationReview.review(session, context, band);
  }

  private static List<String> codes(List<Defect> defects) {
    return defects.stream().map(Defect::code).toList();
  }
}
