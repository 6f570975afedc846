package org.continuum.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.continuum.payer.DocumentationRules;
import org.continuum.payer.PayerProfile;
import org.continuum.payer.TelehealthPolicy;
import org.continuum.practice.Credential;
import org.continuum.session.Modality;
import org.continuum.session.PatientLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Place of service, modifiers and units, without Spring. */
class ClaimCoderTests {

  private static final PayerProfile MEDICAID =
      new PayerProfile(
          1L,
          90,
          List.of(90),
          30,
          List.of(),
          14,
          new TelehealthPolicy("10", "02", "95", "93", true),
          Map.of("LCSW", "AJ"),
          new DocumentationRules(90, 53, false),
          null);

  private static final PayerProfile NO_MODIFIERS =
      new PayerProfile(
          2L,
          90,
          List.of(90),
          30,
          List.of(),
          14,
          new TelehealthPolicy("10", "02", "", "", false),
          Map.of(),
          new DocumentationRules(90, 53, false),
          null);

  @ParameterizedTest(name = "{0} with the patient at {1} → POS {2}")
  @CsvSource({
    "IN_PERSON, OFFICE, 11",
    "IN_PERSON, HOME, 12",
    "VIDEO, HOME, 10",
    "VIDEO, OFFICE, 02",
    "AUDIO_ONLY, HOME, 10",
    "AUDIO_ONLY, FACILITY, 02",
  })
  void placesTheServiceWhereThePatientWas(Modality modality, PatientLocation location, String pos) {
    assertThat(ClaimCoder.placeOfService(modality, location, MEDICAID)).isEqualTo(pos);
  }

  @Test
  void leavesThePlaceOfAnInPersonSessionAtAFacilityToABiller() {
    assertThat(ClaimCoder.placeOfService(Modality.IN_PERSON, PatientLocation.FACILITY, MEDICAID))
        .isNull();
  }

  @Test
  void addsTelehealthAndLicensureModifiersThePayerWants() {
    assertThat(ClaimCoder.modifiers(Modality.VIDEO, MEDICAID, Credential.LCSW))
        .containsExactly("95", "AJ");
    assertThat(ClaimCoder.modifiers(Modality.AUDIO_ONLY, MEDICAID, Credential.LCSW))
        .containsExactly("93", "AJ");
    assertThat(ClaimCoder.modifiers(Modality.IN_PERSON, MEDICAID, Credential.PSYCHIATRIST))
        .isEmpty();
    assertThat(ClaimCoder.modifiers(Modality.VIDEO, NO_MODIFIERS, Credential.LCSW)).isEmpty();
  }

  @ParameterizedTest(name = "{0} for {1} min → {2} units")
  @CsvSource({
    "90837, 90, 1",
    "H0004, 8, 1",
    "H0004, 22, 1",
    "H0004, 23, 2",
    "H0004, 60, 4",
    "90840, 75, 1",
    "90840, 104, 1",
    "90840, 105, 2",
    "90840, 134, 2",
    "90840, 135, 3",
  })
  void countsUnits(String code, int minutes, int units) {
    assertThat(ClaimCoder.units(code, minutes)).isEqualTo(units);
  }
}
