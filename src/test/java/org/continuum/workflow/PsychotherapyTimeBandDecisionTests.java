package org.continuum.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.continuum.support.IntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.operaton.bpm.dmn.engine.DmnDecisionRuleResult;
import org.operaton.bpm.engine.DecisionService;
import org.springframework.beans.factory.annotation.Autowired;

/** bpmn/psychotherapy-time-band.dmn, rule group by rule group, evaluated by the engine. */
@IntegrationTest
class PsychotherapyTimeBandDecisionTests {

  @Autowired DecisionService decisions;

  @ParameterizedTest(name = "{0} for {1} min (payer minimum {2}) → {3}, needs {4}")
  @CsvSource({
    // stand-alone psychotherapy, CMS bands
    "90837, 53, 53, 90837, 53",
    "90837, 52, 53, 90834, 53",
    "90837, 37, 53, 90832, 53",
    "90837, 15, 53, NONE, 53",
    "90834, 38, 53, 90834, 38",
    "90834, 37, 53, 90832, 38",
    "90834, 60, 53, 90837, 38",
    "90832, 16, 53, 90832, 16",
    "90832, 15, 53, NONE, 16",
    // a payer whose contract sets 60 minutes for 90837
    "90837, 59, 60, 90834, 60",
    "90837, 60, 60, 90837, 60",
    // add-ons with an E/M, same bands
    "90838, 53, 53, 90838, 53",
    "90838, 45, 53, 90836, 53",
    "90836, 30, 53, 90833, 38",
    "90833, 16, 53, 90833, 16",
    "90833, 10, 53, NONE, 16",
    // crisis
    "90839, 30, 53, 90839, 30",
    "90839, 29, 53, NONE, 30",
    "90839, 120, 53, 90839, 30",
    // family
    "90847, 26, 53, 90847, 26",
    "90846, 25, 53, NONE, 26",
    // not billed by time
    "90791, 0, 53, 90791, 0",
  })
  void findsTheCodeTheMinutesSupport(
      String code, int minutes, int payerMinimum, String supported, int required) {
    DmnDecisionRuleResult result = evaluate(code, minutes, payerMinimum, "COMMERCIAL");

    assertThat((String) result.getEntry("supportedCode")).isEqualTo(supported);
    assertThat(((Number) result.getEntry("minutesRequired")).intValue()).isEqualTo(required);
  }

  @ParameterizedTest(name = "Medicaid {0} for {1} min → {2}")
  @CsvSource({"H0004, 8, H0004", "H0004, 7, NONE", "H2019, 50, H2019"})
  void countsMedicaidFifteenMinuteCodesFromEightMinutes(
      String code, int minutes, String supported) {
    assertThat((String) evaluate(code, minutes, 53, "MEDICAID").getEntry("supportedCode"))
        .isEqualTo(supported);
  }

  @org.junit.jupiter.api.Test
  void supportsNothingWhenNoTimeIsDocumented() {
    Map<String, Object> variables = new HashMap<>();
    variables.put("procedureCode", "90834");
    variables.put("minutes", null);
    variables.put("minimumMinutesFor90837", 53);
    variables.put("payerFamily", "COMMERCIAL");

    DmnDecisionRuleResult result =
        decisions
            .evaluateDecisionTableByKey(ClaimLifecycleProcess.DECISION_TIME_BAND, variables)
            .getSingleResult();

    assertThat((String) result.getEntry("supportedCode")).isEqualTo("NONE");
  }

  private DmnDecisionRuleResult evaluate(
      String code, int minutes, int payerMinimum, String family) {
    return decisions
        .evaluateDecisionTableByKey(
            ClaimLifecycleProcess.DECISION_TIME_BAND,
            Map.of(
                "procedureCode", code,
                "minutes", minutes,
                "minimumMinutesFor90837", payerMinimum,
                "payerFamily", family))
        .getSingleResult();
  }
}
