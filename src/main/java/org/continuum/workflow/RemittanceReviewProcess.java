package org.continuum.workflow;

/**
 * The names of bpmn/unmatched-remittance.bpmn and bpmn/quarantined-remittance.bpmn: the billers'
 * tasks for remittance money that could not be posted automatically. Variables carry codes, amounts
 * and trace numbers only.
 */
public final class RemittanceReviewProcess {

  public static final String UNMATCHED_KEY = "unmatched-remittance";
  public static final String QUARANTINED_KEY = "quarantined-remittance";

  public static final String WORK_UNMATCHED_REMITTANCE = "userTask_workUnmatchedRemittance";
  public static final String REVIEW_QUARANTINED_REMITTANCE = "userTask_reviewQuarantinedRemittance";

  /** Business key prefixes (claim ids are business keys elsewhere; these never collide). */
  public static final String UNMATCHED_PREFIX = "UNMATCHED-";

  public static final String QUARANTINE_PREFIX = "QUARANTINE-";

  public static final String UNMATCHED_REMITTANCE_ID = "unmatchedRemittanceId";
  public static final String REMITTANCE_PAYMENT_ID = "remittancePaymentId";
  public static final String PATIENT_CONTROL_NUMBER = "patientControlNumber";
  public static final String CLAIM_STATUS_CODE = "claimStatusCode";
  public static final String CHARGE = "charge";
  public static final String AMOUNT_PAID = "amountPaid";
  public static final String TOTAL_PAID = "totalPaid";
  public static final String PAYER_KEY = "payerKey";
  public static final String TRACE_NUMBER = "traceNumber";

  private RemittanceReviewProcess() {}
}
