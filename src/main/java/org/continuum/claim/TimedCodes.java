package org.continuum.claim;

import java.util.Set;

/**
 * Code groups the rules talk about. Sources: docs/research domain-facts §1.1–1.8 (CPT psychotherapy
 * families, E/M add-ons, crisis, interactive complexity, family therapy, per-15-minute HCPCS).
 * Which minutes a code needs is not here: that is the psychotherapy-time-band decision in bpmn/.
 */
final class TimedCodes {

  static final Set<String> STANDALONE_PSYCHOTHERAPY = Set.of("90832", "90834", "90837");
  static final Set<String> PSYCHOTHERAPY_ADD_ONS = Set.of("90833", "90836", "90838");

  /**
   * Every code that is reported only beside a primary service: psychotherapy with E/M, crisis
   * extension, interactive complexity, testing additional hours or units, prolonged services.
   */
  static final Set<String> ADD_ONS =
      Set.of(
          "90785", "90833", "90836", "90838", "90840", "96131", "96133", "96137", "96139", "99354",
          "99355", "99417");

  static final String CRISIS = "90839";
  static final String CRISIS_EXTENSION = "90840";
  static final String INTERACTIVE_COMPLEXITY = "90785";

  /** Primary services +90785 may accompany (domain-facts §1.4). */
  static final Set<String> INTERACTIVE_COMPLEXITY_HOSTS =
      Set.of("90791", "90792", "90832", "90833", "90834", "90836", "90837", "90838", "90853");

  /** Every psychotherapy or evaluation code crisis psychotherapy is never reported with (§1.3). */
  static final Set<String> NOT_WITH_CRISIS =
      Set.of(
          "90785", "90791", "90792", "90832", "90833", "90834", "90836", "90837", "90838", "90846",
          "90847", "90853");

  /** Codes that are not billed by time, so a session without minutes is no defect for them. */
  static final Set<String> UNTIMED = Set.of("90791", "90792", "90853");

  /** HCPCS codes billed per 15 minutes (§1.8). */
  static final Set<String> PER_FIFTEEN_MINUTES =
      Set.of("H0004", "H0031", "H0036", "H2017", "H2019");

  /**
   * The code whose minutes the time band decides: the psychotherapy add-on of an E/M visit (the E/M
   * itself is chosen on medical decision making, §1.2), otherwise the primary code.
   */
  static String timedCodeOf(String procedureCode, java.util.List<String> addOnCodes) {
    return addOnCodes.stream()
        .filter(PSYCHOTHERAPY_ADD_ONS::contains)
        .findFirst()
        .orElse(procedureCode);
  }

  /** Whether a code is billed by documented minutes (E/M visits and evaluations are not). */
  static boolean isTimed(String code) {
    return !UNTIMED.contains(code) && !code.startsWith("992");
  }

  /** The stand-alone code of the same time band as an add-on, for "bill this instead" advice. */
  static String standaloneFor(String addOn) {
    return switch (addOn) {
      case "90833" -> "90832";
      case "90836" -> "90834";
      case "90838" -> "90837";
      default -> addOn;
    };
  }

  /** The add-on of the same time band as a stand-alone code. */
  static String addOnFor(String standalone) {
    return switch (standalone) {
      case "90832" -> "90833";
      case "90834" -> "90836";
      case "90837" -> "90838";
      default -> standalone;
    };
  }

  /**
   * Units of a per-15-minute code: the first unit from 8 minutes, one more per 15 (8–22 → 1, 23–37
   * → 2); state plans may differ (§1.8, §2).
   */
  static int fifteenMinuteUnits(int minutes) {
    return Math.max(1, (minutes + 7) / 15);
  }

  /** Units of +90840: one per 30 minutes beyond 74 (75–104 → 1, 105–134 → 2; §1.3). */
  static int crisisExtensionUnits(int minutes) {
    return minutes < 75 ? 0 : (minutes - 75) / 30 + 1;
  }

  private TimedCodes() {}
}
