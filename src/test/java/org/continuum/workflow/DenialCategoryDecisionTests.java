package org.continuum.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.continuum.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.DecisionService;
import org.springframework.beans.factory.annotation.Autowired;

/** bpmn/denial-category.dmn, one test per rule group, evaluated by the engine. */
@IntegrationTest
class DenialCategoryDecisionTests {

  @Autowired DecisionService decisions;

  @Test
  void sendsCo16ToACorrectedClaimNotAnAppeal() {
    Map<String, Object> route = route("CO", "16", "M51");
    assertThat(route)
        .containsEntry("category", "DOCUMENTATION")
        .containsEntry("candidateGroup", "billers")
        .containsEntry("recommendedAction", "CORRECTED_CLAIM")
        .containsEntry("appealable", false);
  }

  @Test
  void tellsTheBillerAnMa130ClaimHasNoAppealRights() {
    assertThat((String) route("CO", "16", "N290,MA130").get("recommendation"))
        .contains("no appeal rights");
  }

  @Test
  void routesMissingOrExceededAuthorizationToTheAuthorizationQueue() {
    for (String carc : new String[] {"197", "198", "15"}) {
      assertThat(route("CO", carc, ""))
          .as(carc)
          .containsEntry("category", "AUTHORIZATION")
          .containsEntry("candidateGroup", "authorizations");
    }
  }

  @Test
  void routesBenefitMaximumToAuthorizationExtension() {
    assertThat(route("CO", "119", "")).containsEntry("category", "AUTHORIZATION");
  }

  @Test
  void marksTimelyFilingNotAppealableAndNeverPatientBillable() {
    Map<String, Object> route = route("CO", "29", "");
    assertThat(route)
        .containsEntry("category", "TIMELY_FILING")
        .containsEntry("candidateGroup", "billing-leads")
        .containsEntry("recommendedAction", "WRITE_OFF")
        .containsEntry("appealable", false);
    assertThat((String) route.get("recommendation")).contains("never bill the patient");
  }

  @Test
  void treatsCarc18AsADuplicateWhateverTheGroup() {
    assertThat(route("OA", "18", "")).containsEntry("category", "DUPLICATE");
    assertThat(route("CO", "18", "")).containsEntry("category", "DUPLICATE");
  }

  @Test
  void writesOffContractualAdjustmentsButWarnsOfUnderpayment() {
    Map<String, Object> route = route("CO", "45", "");
    assertThat(route)
        .containsEntry("category", "CONTRACTUAL")
        .containsEntry("recommendedAction", "WRITE_OFF");
    assertThat((String) route.get("recommendation")).contains("contracted rate");
  }

  @Test
  void billsThePatientForDeductibleCoinsuranceAndCopay() {
    for (String carc : new String[] {"1", "2", "3"}) {
      assertThat(route("PR", carc, ""))
          .as(carc)
          .containsEntry("category", "PATIENT_RESPONSIBILITY")
          .containsEntry("recommendedAction", "BILL_PATIENT");
    }
  }

  @Test
  void routesByGroupCodeAndCarcNeverByCarcAlone() {
    assertThat(route("CO", "2", ""))
        .containsEntry("category", "OTHER")
        .doesNotContainEntry("recommendedAction", "BILL_PATIENT");
    assertThat(route("PR", "96", "")).containsEntry("category", "PATIENT_RESPONSIBILITY");
  }

  @Test
  void appealsMedicalNecessityDenials() {
    assertThat(route("CO", "50", ""))
        .containsEntry("category", "MEDICAL_NECESSITY")
        .containsEntry("recommendedAction", "APPEAL")
        .containsEntry("appealable", true);
  }

  @Test
  void correctsBundlingModifierAndDiagnosisDenials() {
    for (String carc : new String[] {"97", "4", "11"}) {
      assertThat(route("CO", carc, ""))
          .as(carc)
          .containsEntry("category", "CODING")
          .containsEntry("recommendedAction", "CORRECTED_CLAIM");
    }
  }

  @Test
  void reverifiesEligibilityWhenCoverageEndedOrThePayerIsWrong() {
    assertThat(route("CO", "27", "")).containsEntry("category", "ELIGIBILITY");
    assertThat(route("CO", "109", "")).containsEntry("category", "ELIGIBILITY");
  }

  @Test
  void billsThePrimaryFirstOnCoordinationOfBenefits() {
    assertThat(route("CO", "22", "")).containsEntry("category", "COORDINATION_OF_BENEFITS");
  }

  @Test
  void leavesAnUnknownCodeToABillerWithoutARecommendation() {
    assertThat(route("PI", "999", ""))
        .containsEntry("category", "OTHER")
        .containsEntry("candidateGroup", "billers")
        .containsEntry("recommendedAction", "REVIEW");
  }

  private Map<String, Object> route(String group, String carc, String remarks) {
    Map<String, Object> facts = new HashMap<>();
    facts.put("groupCode", group);
    facts.put("reasonCode", carc);
    facts.put("remarkCodes", remarks);
    return decisions
        .evaluateDecisionTableByKey(DenialWorkProcess.DECISION_DENIAL_CATEGORY, facts)
        .getSingleResult()
        .getEntryMap();
  }
}
