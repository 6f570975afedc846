package org.continuum.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.continuum.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.DecisionService;
import org.springframework.beans.factory.annotation.Autowired;

/** bpmn/payer-edits.dmn, one test per edit, evaluated by the engine. */
@IntegrationTest
class PayerEditsDecisionTests {

  @Autowired DecisionService decisions;

  @Test
  void passesACleanVideoClaim() {
    assertThat(edits(clean())).isEmpty();
  }

  @Test
  void rejectsAudioOnlyWhenThePayerDoesNotCoverIt() {
    Map<String, Object> facts = clean();
    facts.put("modality", "AUDIO_ONLY");
    facts.put("audioOnlyCovered", false);
    facts.put("modifiers", "93");

    assertThat(edits(facts)).containsExactly("AUDIO_ONLY_NOT_COVERED");
    assertThat(explanations(facts).get(0)).startsWith("SUMMIT does not pay audio-only sessions.");
  }

  @Test
  void acceptsAudioOnlyWhenThePayerCoversIt() {
    Map<String, Object> facts = clean();
    facts.put("modality", "AUDIO_ONLY");
    facts.put("audioOnlyCovered", true);
    facts.put("modifiers", "93");

    assertThat(edits(facts)).isEmpty();
  }

  @Test
  void asksForAPlaceOfServiceWhenNoneCouldBeDerived() {
    Map<String, Object> facts = clean();
    facts.put("modality", "IN_PERSON");
    facts.put("placeOfService", "");
    facts.put("modifiers", "");

    assertThat(edits(facts)).containsExactly("PLACE_OF_SERVICE_MISSING");
  }

  @Test
  void rejectsATelehealthModifierWithAnInPersonPlaceOfService() {
    Map<String, Object> facts = clean();
    facts.put("placeOfService", "11");
    facts.put("modifiers", "95,AJ");

    assertThat(edits(facts)).containsExactly("TELEHEALTH_MODIFIER_IN_PERSON");
    assertThat(explanations(facts).get(0)).contains("place of service is 11");
  }

  @Test
  void rejectsATelehealthPlaceOfServiceOnAnInPersonSession() {
    Map<String, Object> facts = clean();
    facts.put("modality", "IN_PERSON");
    facts.put("placeOfService", "10");
    facts.put("modifiers", "");

    assertThat(edits(facts)).containsExactly("TELEHEALTH_POS_IN_PERSON");
  }

  @Test
  void stopsTheVisitAfterTheYearlyCap() {
    Map<String, Object> facts = clean();
    facts.put("payerCode", "LAKESHORE");
    facts.put("visitCapPerYear", 6);
    facts.put("visitsThisYear", 6L);

    assertThat(edits(facts)).containsExactly("VISIT_CAP_REACHED");
    assertThat(explanations(facts).get(0))
        .isEqualTo(
            "LAKESHORE pays 6 visits a calendar year; 6 are already billed, so this would be visit"
                + " 7. Bill the patient's other coverage or the patient, as the plan allows.");
  }

  @Test
  void allowsTheLastVisitUnderTheCap() {
    Map<String, Object> facts = clean();
    facts.put("visitCapPerYear", 6);
    facts.put("visitsThisYear", 5L);

    assertThat(edits(facts)).isEmpty();
  }

  @Test
  void reportsEveryFailedEditAtOnce() {
    Map<String, Object> facts = clean();
    facts.put("modality", "AUDIO_ONLY");
    facts.put("audioOnlyCovered", false);
    facts.put("visitCapPerYear", 6);
    facts.put("visitsThisYear", 9L);

    assertThat(edits(facts)).containsExactly("AUDIO_ONLY_NOT_COVERED", "VISIT_CAP_REACHED");
  }

  private static Map<String, Object> clean() {
    Map<String, Object> facts = new HashMap<>();
    facts.put("payerCode", "SUMMIT");
    facts.put("payerFamily", "COMMERCIAL");
    facts.put("modality", "VIDEO");
    facts.put("audioOnlyCovered", false);
    facts.put("placeOfService", "10");
    facts.put("modifiers", "95");
    facts.put("visitCapPerYear", null);
    facts.put("visitsThisYear", 0L);
    return facts;
  }

  private List<String> edits(Map<String, Object> facts) {
    return decisions
        .evaluateDecisionTableByKey(ClaimLifecycleProcess.DECISION_PAYER_EDITS, facts)
        .collectEntries("editCode");
  }

  private List<String> explanations(Map<String, Object> facts) {
    return decisions
        .evaluateDecisionTableByKey(ClaimLifecycleProcess.DECISION_PAYER_EDITS, facts)
        .collectEntries("explanation");
  }
}
