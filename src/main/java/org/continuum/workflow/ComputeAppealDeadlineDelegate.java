package org.continuum.workflow;

import static org.continuum.workflow.AppealProcess.*;

import java.time.LocalDate;
import org.continuum.appeal.AppealDeadline;
import org.continuum.appeal.Appeals;
import org.operaton.bpm.engine.delegate.DelegateExecution;
import org.operaton.bpm.engine.delegate.JavaDelegate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * "Compute appeal deadline": the level's last filing day from the decision it appeals, and the
 * dates the reminder, the escalation and the deadline timers fire (start of day, engine time zone).
 * The deadline timer fires the day after the last filing day.
 */
@Component
class ComputeAppealDeadlineDelegate implements JavaDelegate {

  private final Appeals appeals;
  private final int followUpDays;

  ComputeAppealDeadlineDelegate(
      Appeals appeals, @Value("${continuum.appeal.follow-up-days:45}") int followUpDays) {
    this.appeals = appeals;
    this.followUpDays = followUpDays;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long claimId = ((Number) execution.getVariable(DenialWorkProcess.CLAIM_ID)).longValue();
    Object level = execution.getVariable(LEVEL);
    int appealLevel = level == null ? 1 : ((Number) level).intValue();
    Object decided = execution.getVariable(DECIDED_ON);
    Object denied = execution.getVariable(DENIED_ON);
    LocalDate decidedOn =
        LocalDate.parse(
            decided != null
                ? decided.toString()
                : denied != null ? denied.toString() : LocalDate.now().toString());
    AppealDeadline deadline = appeals.deadline(claimId, decidedOn, appealLevel);
    execution.setVariable(LEVEL, appealLevel);
    execution.setVariable(FILE_BY, deadline.fileBy().toString());
    execution.setVariable(REMIND_AT, deadline.remindOn().atStartOfDay().toString() + ":00");
    execution.setVariable(ESCALATE_AT, deadline.escalateOn().atStartOfDay().toString() + ":00");
    execution.setVariable(
        DEADLINE_AT, deadline.fileBy().plusDays(1).atStartOfDay().toString() + ":00");
    execution.setVariable(TITLE, appeals.title(claimId, appealLevel));
    if (execution.getVariable(ARGUMENT) == null) {
      execution.setVariable(
          ARGUMENT,
          Appeals.draftArgument((String) execution.getVariable(DenialWorkProcess.CATEGORY)));
    }
    execution.setVariable(FOLLOW_UP_AFTER, "P" + followUpDays + "D");
    execution.removeVariable(DECISION);
    execution.removeVariable(FINALISE);
  }
}
