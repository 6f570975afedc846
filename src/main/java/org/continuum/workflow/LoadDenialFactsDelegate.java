package org.continuum.workflow;

import static org.continuum.workflow.DenialWorkProcess.*;

import java.time.LocalDate;
import org.continuum.appeal.AppealFacts;
import org.continuum.appeal.Appeals;
import org.continuum.appeal.DeniedClaimFacts;
import org.continuum.claim.FilingDeadlines;
import org.continuum.claim.TimelyFilingClock;
import org.operaton.bpm.engine.delegate.DelegateExecution;
import org.operaton.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Load denial facts": what the Work denial form shows beside the codes: the billed codes and the
 * documented minutes, the authorization, when the claim was first sent and its filing limit, and
 * the level-1 appeal deadline or why there is none. Codes and dates only; no patient data.
 */
@Component
class LoadDenialFactsDelegate implements JavaDelegate {

  private final DeniedClaimFacts facts;
  private final FilingDeadlines filing;
  private final Appeals appeals;

  LoadDenialFactsDelegate(DeniedClaimFacts facts, FilingDeadlines filing, Appeals appeals) {
    this.facts = facts;
    this.filing = filing;
    this.appeals = appeals;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long claimId = ((Number) execution.getVariable(CLAIM_ID)).longValue();
    AppealFacts claim = facts.of(claimId);
    TimelyFilingClock clock = filing.clockOf(claimId);
    execution.setVariable(PAYER_NAME, claim.payerName());
    execution.setVariable(DATE_OF_SERVICE, claim.dateOfService().toString());
    execution.setVariable(PROCEDURE_CODES, claim.procedureCodes());
    execution.setVariable(DOCUMENTED_MINUTES, claim.documentedMinutes());
    execution.setVariable(
        AUTHORIZATION,
        claim.authorization() == null ? "none on file" : claim.authorization().summary());
    execution.setVariable(
        FILED_ON, claim.firstSentOn() == null ? "never sent" : claim.firstSentOn().toString());
    execution.setVariable(FILING_DEADLINE, clock.fileBy().toString());
    String remarks = (String) execution.getVariable(REMARK_CODES);
    execution.setVariable(
        AppealProcess.DENIAL_CODES,
        execution.getVariable(GROUP_CODE)
            + "-"
            + execution.getVariable(REASON_CODE)
            + (remarks == null || remarks.isBlank() ? "" : " (" + remarks + ")"));
    Object deniedOn = execution.getVariable(AppealProcess.DENIED_ON);
    LocalDate decidedOn = deniedOn == null ? LocalDate.now() : LocalDate.parse(deniedOn.toString());
    String fileBy = appeals.deadline(claimId, decidedOn, 1).fileBy().toString();
    execution.setVariable(APPEAL_DEADLINE, fileBy);
    execution.setVariable(APPEAL_NOTE, appealNote(execution, fileBy));
  }

  private static String appealNote(DelegateExecution execution, String fileBy) {
    if ("TIMELY_FILING".equals(execution.getVariable(CATEGORY))) {
      return "Not appealable without proof of timely filing (a payer acceptance of the original"
          + " within the limit). With proof: level 1 appeal by "
          + fileBy
          + ".";
    }
    if (!Boolean.TRUE.equals(execution.getVariable(APPEALABLE))) {
      return "Not appealable: no appeal rights for these codes; correct and resubmit.";
    }
    return "Level 1 appeal by " + fileBy + ".";
  }
}
