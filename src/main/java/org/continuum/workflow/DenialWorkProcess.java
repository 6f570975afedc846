package org.continuum.workflow;

/**
 * The names of bpmn/denial-work.bpmn and bpmn/denial-category.dmn in one place. One instance runs
 * per denial; its business key is the claim id. Variables carry codes, amounts and the routing text
 * only, never a patient's name or diagnosis.
 */
public final class DenialWorkProcess {

  public static final String KEY = "denial-work";

  /** Elements. */
  public static final String START = "startEvent_claimDenied";

  public static final String CATEGORISE_DENIAL = "businessRuleTask_categoriseDenial";
  public static final String LOAD_DENIAL_FACTS = "serviceTask_loadDenialFacts";
  public static final String APPEAL_DENIAL = "callActivity_appealDenial";
  public static final String DENIAL_OVERTURNED = "endEvent_denialOverturned";
  public static final String WORK_DENIAL = "userTask_workDenial";
  public static final String APPROVE_WRITE_OFF = "userTask_approveWriteOff";
  public static final String CHECK_DENIAL_ACTION = "serviceTask_checkDenialAction";
  public static final String RECORD_WRITE_OFF_APPROVAL = "serviceTask_recordWriteOffApproval";
  public static final String TAKE_DENIAL_ACTION = "serviceTask_takeDenialAction";
  public static final String DENIAL_WORKED = "endEvent_denialWorked";

  /** Decisions. */
  public static final String DECISION_DENIAL_CATEGORY = "denial-category";

  /** Variables: the denial. */
  public static final String CLAIM_ID = "claimId";

  public static final String GROUP_CODE = "groupCode";
  public static final String REASON_CODE = "reasonCode";
  public static final String REMARK_CODES = "remarkCodes";
  public static final String AMOUNT = "amount";

  /** The denied claim line's id; absent when the whole claim is denied. */
  public static final String CLAIM_LINE_ID = "claimLineId";

  /** The denied line as the form shows it, or "whole claim". */
  public static final String DENIED_LINE = "deniedLine";

  /** Variables: the decision's outputs. */
  public static final String CATEGORY = "category";

  public static final String CANDIDATE_GROUP = "candidateGroup";
  public static final String RECOMMENDED_ACTION = "recommendedAction";
  public static final String APPEALABLE = "appealable";
  public static final String CODE_MEANING = "codeMeaning";
  public static final String RECOMMENDATION = "recommendation";

  /** Variables: the facts the Work denial form shows. */
  public static final String PAYER_NAME = "payerName";

  public static final String DATE_OF_SERVICE = "dateOfService";
  public static final String PROCEDURE_CODES = "procedureCodes";
  public static final String DOCUMENTED_MINUTES = "documentedMinutes";
  public static final String AUTHORIZATION = "authorization";
  public static final String FILED_ON = "filedOn";
  public static final String FILING_DEADLINE = "filingDeadline";
  public static final String APPEAL_DEADLINE = "appealDeadline";
  public static final String APPEAL_NOTE = "appealNote";

  /** Variables: the biller's choice. */
  public static final String ACTION = "action";

  public static final String NOTE = "note";
  public static final String PROOF_OF_TIMELY_FILING = "proofOfTimelyFiling";
  public static final String APPROVAL_NOTE = "approvalNote";
  public static final String NEEDS_APPROVAL = "needsWriteOffApproval";
  public static final String WRITE_OFF_APPROVED = "writeOffApproved";

  private DenialWorkProcess() {}
}
