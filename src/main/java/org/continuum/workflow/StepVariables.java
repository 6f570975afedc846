package org.continuum.workflow;

import org.operaton.bpm.engine.delegate.DelegateExecution;
import org.operaton.bpm.engine.variable.Variables;
import org.operaton.bpm.engine.variable.value.TypedValue;

/**
 * Variables that only the steps of the same transaction read: a decision's inputs, the count a
 * gateway tests right after. They are set transient, so they are never written to the runtime or
 * history tables (a dozen inserts and deletes a claim fewer); a step that needs them again after a
 * wait state loads them again first. Forms and timers read only stored variables: a person's task
 * stores what its form reads when it is created ({@link ClaimTaskFactsListener}). The one assignee
 * expression, the clinician of a documentation query, is resolved in the transaction that loaded
 * the clinician.
 */
final class StepVariables {

  private StepVariables() {}

  /**
   * Sets {@code name} for the rest of this transaction only. An instance that started on an earlier
   * model version may hold a stored variable of that name: the engine keeps a name either stored or
   * transient, so there the stored one is updated instead.
   */
  static void setTransient(DelegateExecution execution, String name, Object value) {
    setForPerson(execution, name, value, false);
  }

  /**
   * Sets {@code name} stored when a person's task reads it next ({@code forAPerson}: a query's
   * defects, the edits a biller fixes) or when an earlier value is stored, which must not outlive
   * the answer; for this transaction only otherwise, as on a clean claim's way, where only the
   * gateway right after reads it.
   */
  static void setForPerson(
      DelegateExecution execution, String name, Object value, boolean forAPerson) {
    TypedValue existing = execution.getVariableTyped(name, false);
    boolean stored = existing != null && !existing.isTransient();
    execution.setVariable(name, Variables.untypedValue(value, !forAPerson && !stored));
  }
}
