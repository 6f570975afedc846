package org.continuum.claim;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.continuum.payer.DocumentationRules;
import org.continuum.session.TherapySession;

/**
 * What an auditor would reject in the note behind a claim, phrased as a question the rendering
 * clinician can answer in one step. Whether the minutes support the code comes from the
 * psychotherapy-time-band decision (bpmn/psychotherapy-time-band.dmn) and is passed in; the code
 * combinations, signature, diagnosis and treatment-plan rules are here. Sources: domain-facts §1.1
 * (time recorded, bands), §1.2 (add-ons only with an E/M by a prescriber, never with
 * 90832/90834/90837), §1.3 (crisis never with other psychotherapy or +90785; +90840 beyond 74
 * minutes), §1.4 (hosts of +90785), §9 (signature, diagnosis, current treatment plan).
 */
final class DocumentationReview {

  /** The time band decision's answer: the code the minutes support and the billed code's need. */
  record TimeBand(String supportedCode, int minutesRequired) {
    static final String NONE = "NONE";
  }

  /** The facts about the payer and clinician that the rules need. */
  record Context(
      String payerCode, DocumentationRules rules, boolean prescriber, String credential) {}

  private DocumentationReview() {}

  static List<Defect> review(TherapySession session, Context context, TimeBand band) {
    List<Defect> defects = new ArrayList<>();
    String code = TimedCodes.timedCodeOf(session.getProcedureCode(), session.getAddOnCodes());
    OptionalInt documented = session.documentedMinutes();

    if (TimedCodes.isTimed(code)) {
      if (documented.isEmpty()) {
        defects.add(
            new Defect(
                "TIME_NOT_RECORDED",
                "No session time is documented; "
                    + code
                    + " is billed by time. Enter the start and stop times or the total minutes."));
      } else {
        timeSupportsCode(code, documented.getAsInt(), band).ifPresent(defects::add);
      }
      if (context.rules() != null
          && context.rules().requiresStartAndStopTimes()
          && (session.getStartTime() == null || session.getEndTime() == null)) {
        defects.add(
            new Defect(
                "START_STOP_TIMES_REQUIRED",
                context.payerCode()
                    + " requires start and stop times, not only total minutes. Enter both times"
                    + " from the note."));
      }
    }
    notAddOns(session).forEach(defects::add);
    addOnRules(session, context).forEach(defects::add);
    crisisRules(session, documented).forEach(defects::add);
    interactiveComplexity(session).forEach(defects::add);

    if (session.getNoteSignedAt() == null) {
      defects.add(
          new Defect(
              "NOTE_NOT_SIGNED",
              "The progress note for this session is not signed. Sign it in the record and"
                  + " confirm the signature here."));
    }
    if (session.getDiagnosisCodes().isEmpty()) {
      defects.add(
          new Defect(
              "NO_DIAGNOSIS",
              "No diagnosis is documented; a claim needs at least one ICD-10-CM code. Add the"
                  + " diagnosis you treated to the note."));
    }
    treatmentPlan(session, context).ifPresent(defects::add);
    return defects;
  }

  private static java.util.Optional<Defect> timeSupportsCode(
      String code, int minutes, TimeBand band) {
    if (minutes >= band.minutesRequired()) {
      return java.util.Optional.empty();
    }
    String lead =
        minutes + " minutes documented; " + code + " needs " + band.minutesRequired() + ".";
    String advice =
        TimeBand.NONE.equals(band.supportedCode()) || band.supportedCode().equals(code)
            ? " No code of this kind is billable for "
                + minutes
                + " minutes; correct the time if the note is wrong."
            : " Bill " + band.supportedCode() + ", or correct the time if the note is wrong.";
    return java.util.Optional.of(new Defect("TIME_DOES_NOT_SUPPORT_CODE", lead + advice));
  }

  /**
   * One session, one primary code: a stand-alone code listed among the add-ons (say 90834 beside
   * 90837) is the "90837 + 90832 for 75 minutes" mistake of domain-facts §1.1.
   */
  private static Stream<Defect> notAddOns(TherapySession session) {
    return session.getAddOnCodes().stream()
        .filter(code -> !TimedCodes.ADD_ONS.contains(code))
        .map(
            code ->
                new Defect(
                    "NOT_AN_ADD_ON",
                    code
                        + " is not an add-on code and is not billed beside "
                        + session.getProcedureCode()
                        + " for the same session. Bill one code chosen from the total time,"
                        + " and remove "
                        + code
                        + "."));
  }

  private static Stream<Defect> addOnRules(TherapySession session, Context context) {
    List<Defect> defects = new ArrayList<>();
    List<String> codes = allCodes(session);
    List<String> addOns =
        codes.stream().filter(TimedCodes.PSYCHOTHERAPY_ADD_ONS::contains).toList();
    for (String addOn : addOns) {
      if (session.getEmCode() == null) {
        defects.add(
            new Defect(
                "ADD_ON_WITHOUT_EM",
                addOn
                    + " is psychotherapy added to an E/M visit, and no E/M code is documented."
                    + " Add the E/M code, or bill "
                    + TimedCodes.standaloneFor(addOn)
                    + " if there was no E/M."));
      } else if (!context.prescriber()) {
        defects.add(
            new Defect(
                "ADD_ON_BY_NON_PRESCRIBER",
                addOn
                    + " with an E/M is billed by prescribers; the rendering clinician ("
                    + context.credential()
                    + ") is not one. Bill "
                    + TimedCodes.standaloneFor(addOn)
                    + " without the E/M instead."));
      }
      List<String> standalone =
          codes.stream().filter(TimedCodes.STANDALONE_PSYCHOTHERAPY::contains).toList();
      if (!standalone.isEmpty()) {
        defects.add(
            new Defect(
                "ADD_ON_WITH_STANDALONE_PSYCHOTHERAPY",
                addOn
                    + " is never billed with "
                    + String.join(", ", standalone)
                    + " for the same session. Keep one psychotherapy code."));
      }
    }
    if (session.getEmCode() != null
        && TimedCodes.STANDALONE_PSYCHOTHERAPY.contains(session.getProcedureCode())) {
      defects.add(
          new Defect(
              "EM_WITH_STANDALONE_PSYCHOTHERAPY",
              "E/M "
                  + session.getEmCode()
                  + " with psychotherapy is billed with the add-on "
                  + TimedCodes.addOnFor(session.getProcedureCode())
                  + ", not "
                  + session.getProcedureCode()
                  + ". Confirm the code, or remove the E/M if there was none."));
    }
    return defects.stream();
  }

  private static Stream<Defect> crisisRules(TherapySession session, OptionalInt documented) {
    List<Defect> defects = new ArrayList<>();
    List<String> codes = allCodes(session);
    if (codes.contains(TimedCodes.CRISIS)) {
      List<String> others = codes.stream().filter(TimedCodes.NOT_WITH_CRISIS::contains).toList();
      if (!others.isEmpty()) {
        defects.add(
            new Defect(
                "CRISIS_WITH_OTHER_PSYCHOTHERAPY",
                "Crisis psychotherapy 90839 is never billed with "
                    + String.join(", ", others)
                    + " on the same day. Remove "
                    + (others.size() == 1 ? "it" : "them")
                    + ", or bill the session as regular psychotherapy."));
      }
    }
    if (codes.contains(TimedCodes.CRISIS_EXTENSION)) {
      int minutes = documented.orElse(0);
      if (!codes.contains(TimedCodes.CRISIS)) {
        defects.add(
            new Defect(
                "CRISIS_EXTENSION_WITHOUT_CRISIS",
                "+90840 extends crisis psychotherapy 90839, which is not billed. Bill 90839 or"
                    + " remove 90840."));
      } else if (minutes < 75) {
        defects.add(
            new Defect(
                "CRISIS_EXTENSION_TIME",
                minutes
                    + " minutes documented; +90840 needs 75 (30 beyond the 74 of 90839). Remove"
                    + " 90840, or correct the time if the note is wrong."));
      }
    }
    return defects.stream();
  }

  private static Stream<Defect> interactiveComplexity(TherapySession session) {
    if (!session.getAddOnCodes().contains(TimedCodes.INTERACTIVE_COMPLEXITY)) {
      return Stream.empty();
    }
    String primary = session.getProcedureCode();
    if (TimedCodes.INTERACTIVE_COMPLEXITY_HOSTS.contains(primary)
        || TimedCodes.CRISIS.equals(primary)) {
      return Stream.empty();
    }
    return Stream.of(
        new Defect(
            "INTERACTIVE_COMPLEXITY_NOT_ALLOWED",
            "+90785 is billed only with "
                + TimedCodes.INTERACTIVE_COMPLEXITY_HOSTS.stream()
                    .sorted()
                    .collect(Collectors.joining(", "))
                + "; this session bills "
                + primary
                + ". Remove 90785."));
  }

  private static java.util.Optional<Defect> treatmentPlan(TherapySession session, Context context) {
    if (context.rules() == null) {
      return java.util.Optional.empty();
    }
    int allowed = context.rules().treatmentPlanReviewDays();
    LocalDate reviewed = session.getTreatmentPlanReviewedOn();
    if (reviewed == null) {
      return java.util.Optional.of(
          new Defect(
              "TREATMENT_PLAN_NOT_REVIEWED",
              "No treatment-plan review is documented; "
                  + context.payerCode()
                  + " requires one within "
                  + allowed
                  + " days before the session. Enter the date of the latest review."));
    }
    long age = ChronoUnit.DAYS.between(reviewed, session.getDateOfService());
    if (age > allowed) {
      return java.util.Optional.of(
          new Defect(
              "TREATMENT_PLAN_OUT_OF_DATE",
              "Treatment plan last reviewed "
                  + reviewed
                  + ", "
                  + age
                  + " days before the session; "
                  + context.payerCode()
                  + " requires a review within "
                  + allowed
                  + " days. Review the plan, or enter the date of a later review."));
    }
    return java.util.Optional.empty();
  }

  private static List<String> allCodes(TherapySession session) {
    List<String> codes = new ArrayList<>();
    codes.add(session.getProcedureCode());
    codes.addAll(session.getAddOnCodes());
    return codes;
  }
}
