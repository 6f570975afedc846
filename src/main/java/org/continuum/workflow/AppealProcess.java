package org.continuum.workflow;

/**
 * The names of bpmn/appeal.bpmn in one place. One instance runs per appeal of a denied claim,
 * called from denial-work; its business key is the claim id. A level the payer upholds loops back
 * to a new deadline at the next level while the payer has one.
 */
public final class AppealProcess {

  public static final String KEY = "appeal";

  /** Elements. */
  public static final String COMPUTE_DEADLINE = "serviceTask_computeAppealDeadline";

  public static final String PREPARE_AND_FILE = "subProcess_prepareAndFileAppeal";
  public static final String PREPARE_APPEAL = "userTask_prepareAppeal";
  public static final String GENERATE_LETTER = "serviceTask_generateAppealLetter";
  public static final String REMIND_DEADLINE = "boundaryEvent_remindAppealDeadline";
  public static final String ESCALATE_DEADLINE = "boundaryEvent_escalateAppealDeadline";
  public static final String DEADLINE_PASSED = "boundaryEvent_appealDeadlinePassed";
  public static final String CHASE_DEADLINE = "userTask_chaseAppealDeadline";
  public static final String AWAIT_DECISION = "receiveTask_awaitAppealDecision";
  public static final String DECISION_OVERDUE = "boundaryEvent_appealDecisionOverdue";
  public static final String FOLLOW_UP_APPEAL = "userTask_followUpAppeal";
  public static final String RECORD_DECISION = "serviceTask_recordAppealDecision";
  public static final String RECORD_DEADLINE_MISSED = "serviceTask_recordAppealDeadlineMissed";
  public static final String APPEAL_WON = "endEvent_appealWon";
  public static final String APPEALS_EXHAUSTED = "endEvent_appealsExhausted";
  public static final String DEADLINE_MISSED = "endEvent_appealDeadlineMissed";

  /** Messages. */
  public static final String MESSAGE_APPEAL_DECIDED = "AppealDecided";

  /** Variables. */
  public static final String DENIED_ON = "deniedOn";

  public static final String LEVEL = "appealLevel";
  public static final String TITLE = "appealTitle";
  public static final String FILE_BY = "appealFileBy";
  public static final String REMIND_AT = "appealRemindAt";
  public static final String ESCALATE_AT = "appealEscalateAt";
  public static final String DEADLINE_AT = "appealDeadlineAt";
  public static final String ARGUMENT = "appealArgument";
  public static final String FINALISE = "finaliseLetter";
  public static final String LETTER_ID = "appealLetterId";
  public static final String LETTER_URL = "appealLetterUrl";
  public static final String DENIAL_CODES = "denialCodes";
  public static final String DECISION = "appealDecision";
  public static final String DECIDED_ON = "appealDecidedOn";
  public static final String DECISION_NOTE = "appealDecisionNote";
  public static final String HAS_NEXT_LEVEL = "hasNextAppealLevel";
  public static final String FOLLOW_UP_AFTER = "appealFollowUpAfter";

  /** The outcome denial-work reads: OVERTURNED, EXHAUSTED or MISSED. */
  public static final String OUTCOME = "appealOutcome";

  private AppealProcess() {}
}
