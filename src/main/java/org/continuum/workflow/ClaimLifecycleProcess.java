package org.continuum.workflow;

/**
 * The names of bpmn/claim-lifecycle.bpmn in one place: its key, its variables, its tasks and its
 * messages. Variables carry codes, minutes and explanations only, never a patient's name or
 * diagnosis: Tasklist, Cockpit and history show them to many people.
 */
public final class ClaimLifecycleProcess {

  public static final String KEY = "claim-lifecycle";

  /** Elements. */
  public static final String START = "startEvent_sessionRecorded";

  public static final String LOAD_DOCUMENTATION_FACTS = "serviceTask_loadDocumentationFacts";
  public static final String DETERMINE_SUPPORTED_CODE = "businessRuleTask_determineSupportedCode";
  public static final String REVIEW_DOCUMENTATION = "serviceTask_reviewDocumentation";
  public static final String ANSWER_DOCUMENTATION_QUERY = "userTask_answerDocumentationQuery";
  public static final String ANSWER_OVERDUE = "boundaryEvent_answerOverdue";
  public static final String CHASE_DOCUMENTATION_QUERY = "userTask_chaseDocumentationQuery";
  public static final String RECORD_DOCUMENTATION_ANSWER = "serviceTask_recordDocumentationAnswer";
  public static final String APPLY_CODING = "serviceTask_applyCoding";
  public static final String CHECK_AUTHORIZATION = "serviceTask_checkAuthorization";
  public static final String OBTAIN_AUTHORIZATION = "userTask_obtainAuthorization";
  public static final String LOAD_PAYER_EDIT_FACTS = "serviceTask_loadPayerEditFacts";
  public static final String SCRUB_PAYER_EDITS = "businessRuleTask_scrubPayerEdits";
  public static final String RECORD_PAYER_EDITS = "serviceTask_recordPayerEdits";
  public static final String FIX_CLAIM_EDITS = "userTask_fixClaimEdits";
  public static final String APPLY_EDIT_FIX = "serviceTask_applyEditFix";
  public static final String MARK_READY_TO_SUBMIT = "serviceTask_markReadyToSubmit";

  /**
   * "Wait for claim batch", in the models deployed before the current one: instances started on
   * them wait there for {@link #MESSAGE_CLAIM_BATCHED}. The current model waits for the
   * acknowledgment right after "Mark ready to submit".
   */
  public static final String CLAIM_BATCHED = "receiveTask_claimBatched";

  public static final String ACKNOWLEDGMENT = "eventBasedGateway_acknowledgment";
  public static final String CLAIM_ACCEPTED = "intermediateCatchEvent_claimAccepted";
  public static final String CLAIM_REJECTED = "intermediateCatchEvent_claimRejected";
  public static final String CORRECT_REJECTED_CLAIM = "userTask_correctRejectedClaim";
  public static final String RESUBMIT_CLAIM = "serviceTask_resubmitClaim";
  public static final String OBTAIN_AUTHORIZATION_FOR_RESUBMISSION =
      "userTask_obtainAuthorizationForResubmission";
  public static final String REMITTANCE_RECEIVED = "receiveTask_remittanceReceived";
  public static final String REMITTANCE_OVERDUE = "boundaryEvent_remittanceOverdue";
  public static final String FOLLOW_UP_UNPAID_CLAIM = "userTask_followUpUnpaidClaim";
  public static final String WORK_UNDERPAYMENT = "userTask_workUnderpayment";
  public static final String CLAIM_PAID = "endEvent_claimPaid";
  public static final String CLAIM_DENIED = "endEvent_claimDenied";
  public static final String PATIENT_BALANCE_RECORDED = "endEvent_patientBalance";

  /** Messages. */
  // only instances of earlier models wait for it, at CLAIM_BATCHED
  public static final String MESSAGE_CLAIM_BATCHED = "ClaimBatched";

  public static final String MESSAGE_CLAIM_ACCEPTED = "ClaimAccepted";
  public static final String MESSAGE_CLAIM_REJECTED = "ClaimRejected";
  public static final String MESSAGE_REMITTANCE_POSTED = "RemittancePosted";

  /** Decisions. */
  public static final String DECISION_TIME_BAND = "psychotherapy-time-band";

  public static final String DECISION_PAYER_EDITS = "payer-edits";

  /** Variables. */
  public static final String CLAIM_ID = "claimId";

  public static final String PROCEDURE_CODE = "procedureCode";
  public static final String MINUTES = "minutes";
  public static final String MINIMUM_MINUTES_FOR_90837 = "minimumMinutesFor90837";
  public static final String PAYER_FAMILY = "payerFamily";
  public static final String PAYER_CODE = "payerCode";
  public static final String CLINICIAN_USER_ID = "renderingClinicianUserId";
  public static final String SUPPORTED_CODE = "supportedCode";
  public static final String MINUTES_REQUIRED = "minutesRequired";
  public static final String DOCUMENTATION_DEFECT_COUNT = "documentationDefectCount";
  public static final String DOCUMENTATION_DEFECTS = "documentationDefects";
  public static final String ANSWER_DUE_AT = "answerDueAt";
  public static final String AUTHORIZATION_MISSING = "authorizationMissing";
  public static final String AUTHORIZATION_DEFECTS = "authorizationDefects";
  public static final String MODALITY = "modality";
  public static final String AUDIO_ONLY_COVERED = "audioOnlyCovered";
  public static final String PLACE_OF_SERVICE = "placeOfService";
  public static final String MODIFIERS = "modifiers";
  public static final String VISIT_CAP_PER_YEAR = "visitCapPerYear";
  public static final String VISITS_THIS_YEAR = "visitsThisYear";

  /** The payer-edits decision's findings, for "Record payer edits" only (never stored). */
  public static final String PAYER_EDITS_FOUND = "payerEditsFound";

  public static final String PAYER_EDIT_FAILURES = "payerEditFailures";
  public static final String PAYER_EDIT_FAILURE_COUNT = "payerEditFailureCount";

  public static final String REJECTION_REASON = "rejectionReason";
  public static final String EXPECTED_TURNAROUND_DAYS = "expectedTurnaroundDays";

  /** ISO-8601 duration of the no-remittance timer, from the payer's expected turnaround. */
  public static final String REMITTANCE_FOLLOW_UP_AFTER = "remittanceFollowUpAfter";

  public static final String REMITTANCE_OUTCOME = "remittanceOutcome";
  public static final String AMOUNT_PAID = "amountPaid";
  public static final String PATIENT_BALANCE = "patientBalance";

  /** What a clinician's answer form submits. */
  public static final String CORRECTED_MINUTES = "correctedMinutes";

  public static final String CORRECTED_PROCEDURE_CODE = "correctedProcedureCode";
  public static final String NOTE_SIGNED = "noteSigned";
  public static final String TREATMENT_PLAN_REVIEWED_ON = "treatmentPlanReviewedOn";
  public static final String ANSWER = "answer";

  /** What a biller's fix form submits. */
  public static final String CORRECTED_PLACE_OF_SERVICE = "correctedPlaceOfService";

  /** Business days a clinician has to answer before the billing lead is asked to chase. */
  public static final int ANSWER_BUSINESS_DAYS = 3;

  private ClaimLifecycleProcess() {}
}
