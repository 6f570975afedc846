package org.continuum.workflow;

import static org.continuum.workflow.AppealProcess.*;

import org.continuum.appeal.AppealLetters;
import org.continuum.claim.ClaimActions;
import org.operaton.bpm.engine.delegate.DelegateExecution;
import org.operaton.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Generate appeal letter": a draft PDF from the biller's argument, or, once the biller finalises
 * it, the final letter, recorded on the claim as the appeal filed at this level.
 */
@Component
class GenerateAppealLetterDelegate implements JavaDelegate {

  private final AppealLetters letters;
  private final ClaimActions claims;

  GenerateAppealLetterDelegate(AppealLetters letters, ClaimActions claims) {
    this.letters = letters;
    this.claims = claims;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long claimId = ((Number) execution.getVariable(DenialWorkProcess.CLAIM_ID)).longValue();
    int level = ((Number) execution.getVariable(LEVEL)).intValue();
    boolean last = Boolean.TRUE.equals(execution.getVariable(FINALISE));
    String actor = DeniedClaimVariables.actor(execution);
    String occasion = StepOccasion.of(execution);
    long letterId =
        letters.write(
            new AppealLetters.LetterRequest(
                claimId,
                level,
                (String) execution.getVariable(DENIAL_CODES),
                (String) execution.getVariable(DenialWorkProcess.CODE_MEANING),
                (String) execution.getVariable(ARGUMENT),
                last,
                actor,
                occasion));
    execution.setVariable(LETTER_ID, letterId);
    execution.setVariable(LETTER_URL, "/api/claims/" + claimId + "/appeal-letters/" + letterId);
    if (last) {
      claims.record(
          claimId, "APPEAL_FILED", actor, "Level " + level + ", letter " + letterId, occasion);
    }
  }
}
