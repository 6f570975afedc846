package org.continuum.workflow;

import static org.continuum.workflow.AuthorizationRenewalProcess.*;

import java.time.ZoneId;
import java.util.Date;
import org.continuum.authorization.AuthorizationRenewals;
import org.operaton.bpm.engine.delegate.DelegateExecution;
import org.operaton.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Plan renewal": the day the payer's lead time starts, and whether to ask for renewal now. */
@Component
class PlanRenewalDelegate implements JavaDelegate {

  private final AuthorizationRenewals renewals;

  PlanRenewalDelegate(AuthorizationRenewals renewals) {
    this.renewals = renewals;
  }

  @Override
  public void execute(DelegateExecution execution) {
    AuthorizationRenewals.RenewalPlan plan =
        renewals.plan((Long) execution.getVariable(AUTHORIZATION_ID));
    execution.setVariable(
        RENEWAL_DUE_AT,
        Date.from(plan.renewalDueOn().atStartOfDay(ZoneId.systemDefault()).toInstant()));
    execution.setVariable(RENEWAL_AT_RISK, plan.atRiskNow());
    execution.setVariable(RENEWAL_REASON, plan.reason());
  }
}
