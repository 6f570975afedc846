package org.continuum.workflow;

import org.operaton.bpm.engine.delegate.DelegateExecution;
import org.operaton.bpm.engine.impl.persistence.entity.ExecutionEntity;

/**
 * Names the occasion a step with a side effect acts on, so that its business call can be made once
 * per occasion: the root process instance (one denial's work, one authorization's renewal), the
 * step, and how many times that step already finished there. A job the engine runs twice (a lock
 * timeout, a retry) or a step an operator restarts gets the same name and finds its effect already
 * recorded; the step's next round in the same instance (a second write-off request after a refusal,
 * the next appeal level) gets a new one, because the first round's finished activity is in the
 * history by then. Finished activities are counted from the engine's history, which the default
 * history level ({@code audit}) keeps.
 */
final class StepOccasion {

  private StepOccasion() {}

  static String of(DelegateExecution execution) {
    String root =
        execution instanceof ExecutionEntity entity && entity.getRootProcessInstanceId() != null
            ? entity.getRootProcessInstanceId()
            : execution.getProcessInstanceId();
    String step = execution.getCurrentActivityId();
    long finished =
        execution
            .getProcessEngineServices()
            .getHistoryService()
            .createHistoricActivityInstanceQuery()
            .processInstanceId(execution.getProcessInstanceId())
            .activityId(step)
            .finished()
            .count();
    return root + ":" + step + ":" + finished;
  }
}
