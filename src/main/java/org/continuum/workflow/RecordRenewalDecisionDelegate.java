package org.continuum.workflow;

import static org.continuum.workflow.AuthorizationRenewalProcess.*;

import java.time.LocalDate;
import java.util.Optional;
import org.continuum.authorization.Authorization;
import org.continuum.authorization.AuthorizationRenewals;
import org.continuum.web.UnprocessableException;
import org.operaton.bpm.engine.delegate.DelegateExecution;
import org.operaton.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Record the payer's answer": what the coordinator entered on "Record renewal decision" goes
 * through the same {@link AuthorizationRenewals#decide} as the API, so it is checked and recorded
 * once. It runs in the task's completion: a refusal (an approval without its new number, units or
 * dates, or a decision the API recorded meanwhile) reaches the coordinator and the task stays open.
 */
@Component
class RecordRenewalDecisionDelegate implements JavaDelegate {

  private final AuthorizationRenewals renewals;

  RecordRenewalDecisionDelegate(AuthorizationRenewals renewals) {
    this.renewals = renewals;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Object outcome = execution.getVariable(RENEWAL_OUTCOME);
    if (!OUTCOME_APPROVED.equals(outcome) && !OUTCOME_DENIED.equals(outcome)) {
      throw new UnprocessableException(RENEWAL_OUTCOME, "must be approved or denied");
    }
    boolean approved = OUTCOME_APPROVED.equals(outcome);
    Optional<Authorization> renewal =
        renewals.decide(
            (Long) execution.getVariable(AUTHORIZATION_ID),
            new AuthorizationRenewals.Outcome(
                approved,
                approved ? text(execution, RENEWAL_AUTHORIZATION_NUMBER) : null,
                approved ? units(execution.getVariable(RENEWAL_UNITS_APPROVED)) : null,
                approved ? date(execution, RENEWAL_START_DATE) : null,
                approved ? date(execution, RENEWAL_END_DATE) : null,
                text(execution, RENEWAL_REFERENCE)),
            true);
    execution.setVariable(RENEWAL_APPROVED, approved);
    execution.setVariable(
        RENEWED_BY_AUTHORIZATION_ID, renewal.map(Authorization::getId).orElse(null));
  }

  private static String text(DelegateExecution execution, String name) {
    Object value = execution.getVariable(name);
    return value == null || value.toString().isBlank() ? null : value.toString().strip();
  }

  /** Forms send numbers as Long or Double; a fraction of a unit is refused. */
  private static Integer units(Object value) {
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    try {
      double units = Double.parseDouble(value.toString());
      if (units != Math.rint(units) || units > 10_000) {
        throw new UnprocessableException(RENEWAL_UNITS_APPROVED, "must be a whole number of units");
      }
      return (int) units;
    } catch (NumberFormatException notANumber) {
      throw new UnprocessableException(RENEWAL_UNITS_APPROVED, "must be a whole number of units");
    }
  }

  /** The form's date picker sends yyyy-MM-dd. */
  private static LocalDate date(DelegateExecution execution, String name) {
    String value = text(execution, name);
    if (value == null) {
      return null;
    }
    try {
      return LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
    } catch (java.time.format.DateTimeParseException notADate) {
      throw new UnprocessableException(name, "must be a date (yyyy-MM-dd)");
    }
  }
}
