package org.continuum.workflow;

/**
 * The names of bpmn/authorization-renewal.bpmn in one place. Variables carry ids, codes, counts and
 * dates only: no patient name, member id or diagnosis.
 */
public final class AuthorizationRenewalProcess {

  public static final String KEY = "authorization-renewal";

  /** Elements. */
  public static final String START = "startEvent_authorizationRecorded";

  public static final String PLAN_RENEWAL = "serviceTask_planRenewal";
  public static final String AWAIT_RENEWAL_TRIGGER = "eventGateway_awaitRenewalTrigger";
  public static final String LEAD_TIME_REACHED = "timerEvent_leadTimeReached";
  public static final String AT_RISK = "messageEvent_authorizationAtRisk";
  public static final String LOAD_RENEWAL_FACTS = "serviceTask_loadRenewalFacts";
  public static final String REQUEST_RENEWAL = "userTask_requestRenewal";
  public static final String AUTHORIZATION_CHANGED = "messageEvent_authorizationChanged";
  public static final String AWAIT_DECISION = "subProcess_awaitRenewalDecision";
  public static final String RECORD_RENEWAL_DECISION = "userTask_recordRenewalDecision";
  public static final String RECORD_PAYER_ANSWER = "serviceTask_recordRenewalDecision";
  public static final String DECISION_OVERDUE = "boundaryEvent_decisionOverdue";
  public static final String FOLLOW_UP_RENEWAL_REQUEST = "userTask_followUpRenewalRequest";
  public static final String REVIEW_DENIED_RENEWAL = "userTask_reviewDeniedRenewal";
  public static final String PLAN_CARE_AFTER_DENIAL = "userTask_planCareAfterDeniedRenewal";
  public static final String AUTHORIZATION_RENEWED = "endEvent_authorizationRenewed";

  /** Messages. */
  public static final String MESSAGE_AT_RISK = "AuthorizationAtRisk";

  public static final String MESSAGE_RENEWAL_DECIDED = "RenewalDecided";
  public static final String MESSAGE_AUTHORIZATION_CHANGED = "AuthorizationChanged";

  /** Variables. */
  public static final String AUTHORIZATION_ID = "authorizationId";

  public static final String RENEWAL_DUE_AT = "renewalDueAt";
  public static final String RENEWAL_AT_RISK = "renewalAtRisk";
  public static final String RENEWAL_REASON = "renewalReason";
  public static final String PAYER_CODE = "payerCode";
  public static final String PROCEDURE_CODES = "procedureCodes";
  public static final String START_DATE = "startDate";
  public static final String END_DATE = "endDate";
  public static final String UNITS_APPROVED = "unitsApproved";
  public static final String UNITS_USED = "unitsUsed";
  public static final String UNITS_SCHEDULED = "unitsScheduled";
  public static final String UNITS_REMAINING = "unitsRemaining";
  public static final String FORECAST_EXHAUSTION_DATE = "forecastExhaustionDate";
  public static final String RUNS_OUT_BEFORE_END_DATE = "runsOutBeforeEndDate";
  public static final String CLINICIAN_USER_ID = "renderingClinicianUserId";
  public static final String RENEWAL_APPROVED = "renewalApproved";
  public static final String RENEWED_BY_AUTHORIZATION_ID = "renewedByAuthorizationId";
  public static final String AFFECTED_APPOINTMENTS = "affectedAppointments";

  /** What the coordinator enters on "Record renewal decision". */
  public static final String RENEWAL_OUTCOME = "renewalOutcome";

  public static final String OUTCOME_APPROVED = "approved";
  public static final String OUTCOME_DENIED = "denied";
  public static final String RENEWAL_REFERENCE = "renewalReference";
  public static final String RENEWAL_AUTHORIZATION_NUMBER = "renewalAuthorizationNumber";
  public static final String RENEWAL_UNITS_APPROVED = "renewalUnitsApproved";
  public static final String RENEWAL_START_DATE = "renewalStartDate";
  public static final String RENEWAL_END_DATE = "renewalEndDate";

  private AuthorizationRenewalProcess() {}
}
