package org.continuum.sandbox;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.continuum.payer.DocumentationRules;
import org.continuum.payer.FeeSchedule;
import org.continuum.payer.FeeScheduleEntry;
import org.continuum.payer.Payer;
import org.continuum.payer.PayerFamily;
import org.continuum.payer.PayerProfile;
import org.continuum.payer.TelehealthPolicy;

/**
 * The five demo payers, chosen so that the same session is billed five different ways: Medicare
 * with its five appeal levels and AJ/AH modifiers, a state Medicaid plan with HO/HP/HN modifiers,
 * H-codes and prior authorization, a strict commercial plan (auth and start/stop times for 90837,
 * no audio-only), a lenient one (no auth, no telehealth modifier), and an EAP with a visit cap.
 * Amounts are illustrative, near 2025 Medicare national rates; the practice charges every payer the
 * same (its charge master) and each payer's contracted amount is lower.
 */
final class DemoPayers {

  static final String MEDICARE = "MEDICARE";
  static final String MEDICAID = "MEDICAID";
  static final String SUMMIT = "SUMMIT";
  static final String LAKESHORE = "LAKESHORE";
  static final String BRIGHTPATH = "BRIGHTPATH";

  /** Every demo fee schedule starts on this date and has no end. */
  static final LocalDate FEE_SCHEDULE_START = LocalDate.of(2025, 1, 1);

  private static final List<String> PSYCHOTHERAPY =
      List.of(
          "90791", "90792", "90832", "90833", "90834", "90836", "90837", "90838", "90839", "90840",
          "90785", "90846", "90847", "90853", "99213", "99214");
  private static final List<String> H_CODES = List.of("H0004", "H2019");
  private static final List<String> EAP_CODES =
      List.of("90791", "90832", "90834", "90837", "90846", "90847");

  /** The practice's charge per code, the same for every payer. */
  private static final Map<String, String> CHARGES =
      ordered(
          "90791", "250.00", "90792", "280.00", "90832", "120.00", "90833", "110.00", "90834",
          "160.00", "90836", "140.00", "90837", "220.00", "90838", "180.00", "90839", "210.00",
          "90840", "100.00", "90785", "30.00", "90846", "150.00", "90847", "160.00", "90853",
          "60.00", "99213", "140.00", "99214", "200.00", "H0004", "40.00", "H2019", "30.00");

  /** Medicare-like allowed amounts; other payers pay a share of these. */
  private static final Map<String, String> BASE_ALLOWED =
      ordered(
          "90791", "174.86", "90792", "195.26", "90832", "77.36", "90833", "70.76", "90834",
          "102.24", "90836", "89.93", "90837", "151.10", "90838", "118.81", "90839", "144.87",
          "90840", "69.39", "90785", "14.78", "90846", "99.71", "90847", "103.35", "90853", "27.47",
          "99213", "88.60", "99214", "125.42", "H0004", "24.00", "H2019", "18.00");

  /** EAPs pay a flat rate per session whatever its length. */
  private static final Map<String, String> EAP_ALLOWED =
      ordered(
          "90791", "110.00", "90832", "80.00", "90834", "80.00", "90837", "80.00", "90846", "80.00",
          "90847", "80.00");

  private DemoPayers() {}

  /** One payer with its profile and fee schedule, ready to be saved once the payer has an id. */
  record PayerPlan(
      String code,
      String name,
      String payerId,
      PayerFamily family,
      int timelyFilingDays,
      List<Integer> appealWindowDays,
      int expectedTurnaroundDays,
      List<String> authRequiredCodes,
      int authRenewalLeadDays,
      TelehealthPolicy telehealthPolicy,
      Map<String, String> licensureModifiers,
      DocumentationRules documentationRules,
      Integer visitCapPerYear,
      Map<String, BigDecimal> contractedAmounts) {

    Payer toPayer() {
      return new Payer(code, name, payerId, family);
    }

    PayerProfile toProfile(Long payerEntityId) {
      return new PayerProfile(
          payerEntityId,
          timelyFilingDays,
          appealWindowDays,
          expectedTurnaroundDays,
          authRequiredCodes,
          authRenewalLeadDays,
          telehealthPolicy,
          licensureModifiers,
          documentationRules,
          visitCapPerYear);
    }

    FeeSchedule toFeeSchedule(Long payerEntityId) {
      List<FeeScheduleEntry> entries =
          contractedAmounts.entrySet().stream()
              .map(
                  e ->
                      new FeeScheduleEntry(
                          e.getKey(), "", new BigDecimal(CHARGES.get(e.getKey())), e.getValue()))
              .toList();
      return new FeeSchedule(payerEntityId, FEE_SCHEDULE_START, null, entries);
    }
  }

  static List<PayerPlan> all() {
    return List.of(medicare(), medicaid(), summit(), lakeshore(), brightPath());
  }

  private static PayerPlan medicare() {
    return new PayerPlan(
        MEDICARE,
        "Medicare Part B",
        "MCR01",
        PayerFamily.MEDICARE,
        365,
        List.of(120, 180, 60, 60, 60),
        14,
        List.of(),
        14,
        new TelehealthPolicy("10", "02", "95", "93", true),
        Map.of("LCSW", "AJ", "PSYCHOLOGIST", "AH"),
        new DocumentationRules(90, 53, false),
        null,
        shareOf(BASE_ALLOWED, PSYCHOTHERAPY, "1.00"));
  }

  private static PayerPlan medicaid() {
    return new PayerPlan(
        MEDICAID,
        "State Medicaid",
        "MCD01",
        PayerFamily.MEDICAID,
        180,
        List.of(60),
        21,
        List.of("90837", "H0004"),
        21,
        new TelehealthPolicy("10", "02", "GT", "93", true),
        Map.of(
            "PSYCHIATRIST", "HP",
            "PSYCHOLOGIST", "HP",
            "LCSW", "HO",
            "LPC", "HO",
            "LMFT", "HO",
            "PSYCHIATRIC_NURSE_PRACTITIONER", "HO",
            "ASSOCIATE", "HN"),
        new DocumentationRules(90, 53, false),
        null,
        shareOf(
            BASE_ALLOWED,
            concat(PSYCHOTHERAPY, H_CODES),
            "0.72",
            Map.of("H0004", "24.00", "H2019", "18.00")));
  }

  private static PayerPlan summit() {
    return new PayerPlan(
        SUMMIT,
        "Summit Health Plan",
        "SHP01",
        PayerFamily.COMMERCIAL,
        90,
        List.of(180, 60),
        18,
        List.of("90837"),
        14,
        new TelehealthPolicy("10", "02", "95", "", false),
        Map.of(),
        new DocumentationRules(180, 53, true),
        null,
        shareOf(BASE_ALLOWED, PSYCHOTHERAPY, "1.08"));
  }

  private static PayerPlan lakeshore() {
    return new PayerPlan(
        LAKESHORE,
        "Lakeshore Mutual",
        "LKM01",
        PayerFamily.COMMERCIAL,
        180,
        List.of(180),
        10,
        List.of(),
        14,
        new TelehealthPolicy("10", "02", "", "93", true),
        Map.of(),
        new DocumentationRules(365, 53, false),
        null,
        shareOf(BASE_ALLOWED, PSYCHOTHERAPY, "1.04"));
  }

  private static PayerPlan brightPath() {
    return new PayerPlan(
        BRIGHTPATH,
        "BrightPath EAP",
        "BPEAP",
        PayerFamily.EAP,
        90,
        List.of(60),
        30,
        List.of("90834", "90837"),
        7,
        new TelehealthPolicy("10", "02", "95", "93", true),
        Map.of(),
        new DocumentationRules(365, 53, false),
        6,
        shareOf(EAP_ALLOWED, EAP_CODES, "1.00"));
  }

  private static Map<String, BigDecimal> shareOf(
      Map<String, String> allowed, List<String> codes, String share) {
    return shareOf(allowed, codes, share, Map.of());
  }

  /** The payer's contracted amount per code: a share of the base, or a fixed amount. */
  private static Map<String, BigDecimal> shareOf(
      Map<String, String> allowed, List<String> codes, String share, Map<String, String> fixed) {
    Map<String, BigDecimal> amounts = new LinkedHashMap<>();
    BigDecimal factor = new BigDecimal(share);
    for (String code : codes) {
      BigDecimal amount =
          fixed.containsKey(code)
              ? new BigDecimal(fixed.get(code))
              : new BigDecimal(allowed.get(code)).multiply(factor);
      amounts.put(code, amount.setScale(2, RoundingMode.HALF_UP));
    }
    return amounts;
  }

  private static List<String> concat(List<String> first, List<String> second) {
    return Stream.concat(first.stream(), second.stream()).toList();
  }

  private static Map<String, String> ordered(String... codeThenAmount) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < codeThenAmount.length; i += 2) {
      map.put(codeThenAmount[i], codeThenAmount[i + 1]);
    }
    return map;
  }
}
