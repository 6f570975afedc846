package org.continuum.workflow;

/**
 * The names of bpmn/ar-follow-up.bpmn in one place. One definition, two kinds of instance: the
 * daily run (timer start, no business key) finds the claims to chase and starts one follow-up
 * instance per claim (message start, business key = claim id) whose task sits in the right queue.
 * Variables carry ids, codes and dates only.
 */
public final class ArFollowUpProcess {

  public static final String KEY = "ar-follow-up";

  /** Elements. */
  public static final String EVERY_MORNING = "startEvent_everyMorning";

  public static final String FIND_CLAIMS = "serviceTask_findClaimsToFollowUp";
  public static final String CLAIM_NEEDS_FOLLOW_UP = "startEvent_claimNeedsFollowUp";
  public static final String FOLLOW_UP_UNPAID_CLAIM = "userTask_followUpUnpaidClaim";
  public static final String FILE_BEFORE_LIMIT = "userTask_fileBeforeTimelyFilingLimit";

  /** Messages. */
  public static final String MESSAGE_CLAIM_NEEDS_FOLLOW_UP = "ClaimNeedsFollowUp";

  /** Variables. */
  public static final String CLAIM_ID = ClaimLifecycleProcess.CLAIM_ID;

  public static final String PAYER_CODE = ClaimLifecycleProcess.PAYER_CODE;
  public static final String EXPECTED_TURNAROUND_DAYS =
      ClaimLifecycleProcess.EXPECTED_TURNAROUND_DAYS;
  public static final String FOLLOW_UP_REASON = "followUpReason";
  public static final String CLAIM_STATUS = "claimStatus";
  public static final String SUBMITTED_ON = "submittedOn";
  public static final String FILING_DEADLINE = "filingDeadline";
  public static final String DAYS_LEFT_TO_FILE = "daysLeftToFile";

  /** Input of the daily run: days before the timely-filing limit a claim is raised. */
  public static final String TIMELY_FILING_WARNING_DAYS = "timelyFilingWarningDays";

  /**
   * Input of the daily run: a claim whose last follow-up was completed within this many days is not
   * raised again yet.
   */
  public static final String FOLLOW_UP_WAITING_DAYS = "followUpWaitingDays";

  /** Output of the daily run: how many follow-ups it opened. */
  public static final String FOLLOW_UPS_OPENED = "followUpsOpened";

  private ArFollowUpProcess() {}
}
