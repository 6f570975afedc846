package org.continuum.claim;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.continuum.payer.FeeSchedule;
import org.continuum.payer.PayerProfile;
import org.continuum.payer.TelehealthPolicy;
import org.continuum.practice.Credential;
import org.continuum.session.Modality;
import org.continuum.session.PatientLocation;
import org.continuum.session.TherapySession;

/**
 * Turns a session's documented facts into claim lines the payer expects: the E/M first, then the
 * psychotherapy code, then add-ons; place of service from modality and where the patient was;
 * telehealth and licensure modifiers from the payer profile; units (one per psychotherapy code, per
 * 15 minutes for timed HCPCS, one per 30 minutes beyond 74 for +90840); charges from the fee
 * schedule in force on the date of service. Sources: domain-facts §1.3, §1.8, §1.9, §3, §4.
 */
final class ClaimCoder {

  /** One coded service line. */
  record CodedLine(
      String procedureCode,
      List<String> modifiers,
      int units,
      BigDecimal charge,
      List<Integer> diagnosisPointers) {}

  /** The place of service (null when it cannot be derived) and the lines. */
  record Coding(String placeOfService, List<CodedLine> lines) {}

  private ClaimCoder() {}

  static Coding code(
      TherapySession session,
      PayerProfile profile,
      Credential credential,
      Optional<FeeSchedule> fees) {
    int minutes = session.documentedMinutes().orElse(0);
    List<String> modifiers = modifiers(session.getModality(), profile, credential);
    List<Integer> pointers =
        IntStream.rangeClosed(1, Math.min(4, session.getDiagnosisCodes().size())).boxed().toList();

    Set<String> codes = new LinkedHashSet<>();
    if (session.getEmCode() != null) {
      codes.add(session.getEmCode());
    }
    codes.add(session.getProcedureCode());
    codes.addAll(session.getAddOnCodes());
    if (TimedCodes.CRISIS.equals(session.getProcedureCode())
        && TimedCodes.crisisExtensionUnits(minutes) > 0) {
      codes.add(TimedCodes.CRISIS_EXTENSION);
    }

    List<CodedLine> lines = new ArrayList<>();
    for (String code : codes) {
      int units = units(code, minutes);
      lines.add(
          new CodedLine(code, modifiers, units, charge(fees, code, modifiers, units), pointers));
    }
    return new Coding(
        placeOfService(session.getModality(), session.getPatientLocation(), profile), lines);
  }

  static String placeOfService(Modality modality, PatientLocation location, PayerProfile profile) {
    if (modality == Modality.IN_PERSON) {
      return switch (location) {
        case OFFICE -> "11";
        case HOME -> "12";
        case FACILITY, OTHER -> null;
      };
    }
    TelehealthPolicy policy = profile.getTelehealthPolicy();
    return location == PatientLocation.HOME
        ? policy.homePlaceOfService()
        : policy.otherPlaceOfService();
  }

  static List<String> modifiers(Modality modality, PayerProfile profile, Credential credential) {
    List<String> modifiers = new ArrayList<>();
    TelehealthPolicy policy = profile.getTelehealthPolicy();
    String telehealth =
        switch (modality) {
          case VIDEO -> policy.videoModifier();
          case AUDIO_ONLY -> policy.audioOnlyModifier();
          case IN_PERSON -> null;
        };
    if (telehealth != null && !telehealth.isBlank()) {
      modifiers.add(telehealth);
    }
    String licensure =
        credential == null ? null : profile.getLicensureModifiers().get(credential.name());
    if (licensure != null && !licensure.isBlank() && !modifiers.contains(licensure)) {
      modifiers.add(licensure);
    }
    return List.copyOf(modifiers);
  }

  static int units(String code, int minutes) {
    if (TimedCodes.PER_FIFTEEN_MINUTES.contains(code)) {
      return TimedCodes.fifteenMinuteUnits(minutes);
    }
    if (TimedCodes.CRISIS_EXTENSION.equals(code)) {
      return Math.max(1, TimedCodes.crisisExtensionUnits(minutes));
    }
    return 1;
  }

  private static BigDecimal charge(
      Optional<FeeSchedule> fees, String code, List<String> modifiers, int units) {
    String modifier = modifiers.isEmpty() ? null : modifiers.get(0);
    return fees.flatMap(f -> f.entryFor(code, modifier))
        .map(e -> e.getChargeAmount().multiply(BigDecimal.valueOf(units)))
        .orElse(BigDecimal.ZERO)
        .setScale(2, RoundingMode.HALF_UP);
  }
}
