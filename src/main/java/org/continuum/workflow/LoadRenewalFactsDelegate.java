package org.continuum.workflow;

import static org.continuum.workflow.AuthorizationRenewalProcess.*;

import java.util.HashMap;
import java.util.Map;
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
    execution.setVariables(
        variablesOf(renewals.facts((Long) execution.getVariable(AUTHORIZATION_ID))));
  }

  /** The facts as the process variables the renewal forms show. */
  static Map<String, Object> variablesOf(AuthorizationRenewals.RenewalFacts facts) {
    AuthorizationBurnDown usage = facts.burnDown();
    Map<String, Object> variables = new HashMap<>();
    variables.put(PAYER_CODE, facts.payerCode());
    variables.put(PROCEDURE_CODES, facts.procedureCodes());
    variables.put(START_DATE, facts.startDate().toString());
    variables.put(END_DATE, facts.endDate().toString());
    variables.put(UNITS_APPROVED, usage.approved());
    variables.put(UNITS_USED, usage.used());
    variables.put(UNITS_SCHEDULED, usage.scheduled());
    variables.put(UNITS_REMAINING, usage.remaining());
    variables.put(FORECAST_EXHAUSTION_DATE, Objects.toString(usage.forecastExhaustionDate(), null));
    variables.put(RUNS_OUT_BEFORE_END_DATE, usage.runsOutBeforeEndDate());
    variables.put(CLINICIAN_USER_ID, facts.renderingClinicianUserId());
    variables.put(
        AFFECTED_APPOINTMENTS,
        facts.affectedAppointments().isEmpty()
            ? "None booked."
            : String.join("\n", facts.affectedAppointments()));
    return variables;
  }
}
