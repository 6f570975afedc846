package org.continuum.workflow;

import static org.continuum.workflow.AuthorizationRenewalProcess.*;

import java.util.Objects;
import org.continuum.authorization.AuthorizationBurnDown;
import org.continuum.authorization.AuthorizationRenewals;
import org.operaton.bpm.engine.delegate.DelegateExecution;
import org.operaton.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Load renewal facts": the usage and forecast the coordinator quotes to the payer, as counts and
 * ISO dates that the task forms show as they are, with the booked visits the authorization will not
 * pay for (date and code, one a line) for the coordinator to rebook or cover.
 */
@Component
class LoadRenewalFactsDelegate implements JavaDelegate {

  private final AuthorizationRenewals renewals;

  LoadRenewalFactsDelegate(AuthorizationRenewals renewals) {
    this.renewals = renewals;
  }

  @Override
  public void execute(DelegateExecution execution) {
    AuthorizationRenewals.RenewalFacts facts =
        renewals.facts((Long) execution.getVariable(AUTHORIZATION_ID));
    AuthorizationBurnDown usage = facts.burnDown();
    execution.setVariable(PAYER_CODE, facts.payerCode());
    execution.setVariable(PROCEDURE_CODES, facts.procedureCodes());
    execution.setVariable(START_DATE, facts.startDate().toString());
    execution.setVariable(END_DATE, facts.endDate().toString());
    execution.setVariable(UNITS_APPROVED, usage.approved());
    execution.setVariable(UNITS_USED, usage.used());
    execution.setVariable(UNITS_SCHEDULED, usage.scheduled());
    execution.setVariable(UNITS_REMAINING, usage.remaining());
    execution.setVariable(
        FORECAST_EXHAUSTION_DATE, Objects.toString(usage.forecastExhaustionDate(), null));
    execution.setVariable(RUNS_OUT_BEFORE_END_DATE, usage.runsOutBeforeEndDate());
    execution.setVariable(CLINICIAN_USER_ID, facts.renderingClinicianUserId());
    execution.setVariable(
        AFFECTED_APPOINTMENTS,
        facts.affectedAppointments().isEmpty()
            ? "None booked."
            : String.join("\n", facts.affectedAppointments()));
  }
}
