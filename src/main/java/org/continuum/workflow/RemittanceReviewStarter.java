package org.continuum.workflow;

import static org.continuum.workflow.RemittanceReviewProcess.*;

import java.util.HashMap;
import java.util.Map;
import org.continuum.remittance.RemittanceQuarantined;
import org.continuum.remittance.RemittanceUnmatched;
import org.operaton.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Opens a biller's task for remittance money the posting could not place: a claim payment for an
 * unknown claim, or a payment quarantined because its trace number came back with other content.
 * Started after the posting commits; the event publication registry keeps the event until the task
 * exists, so nothing is lost when the start fails once.
 */
@Component
class RemittanceReviewStarter {

  private final RuntimeService runtime;

  RemittanceReviewStarter(RuntimeService runtime) {
    this.runtime = runtime;
  }

  @TransactionalEventListener
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  void on(RemittanceUnmatched unmatched) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(UNMATCHED_REMITTANCE_ID, unmatched.unmatchedRemittanceId());
    variables.put(PATIENT_CONTROL_NUMBER, unmatched.patientControlNumber());
    variables.put(CLAIM_STATUS_CODE, unmatched.statusCode());
    variables.put(CHARGE, unmatched.charge().toPlainString());
    variables.put(AMOUNT_PAID, unmatched.amountPaid().toPlainString());
    variables.put(PAYER_KEY, unmatched.payerKey());
    variables.put(TRACE_NUMBER, unmatched.traceNumber());
    runtime.startProcessInstanceByKey(
        UNMATCHED_KEY, UNMATCHED_PREFIX + unmatched.unmatchedRemittanceId(), variables);
  }

  @TransactionalEventListener
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  void on(RemittanceQuarantined quarantined) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(REMITTANCE_PAYMENT_ID, quarantined.remittancePaymentId());
    variables.put(PAYER_KEY, quarantined.payerKey());
    variables.put(TRACE_NUMBER, quarantined.traceNumber());
    variables.put(TOTAL_PAID, quarantined.totalPaid().toPlainString());
    runtime.startProcessInstanceByKey(
        QUARANTINED_KEY, QUARANTINE_PREFIX + quarantined.remittancePaymentId(), variables);
  }
}
