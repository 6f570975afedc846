package org.continuum.workflow;

import static org.continuum.workflow.AuthorizationRenewalProcess.*;

import java.util.HashMap;
import java.util.Map;
import org.continuum.authorization.AuthorizationAtRisk;
import org.continuum.authorization.AuthorizationDeleted;
import org.continuum.authorization.AuthorizationRecorded;
import org.continuum.authorization.AuthorizationRenewalDecided;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.TaskService;
import org.operaton.bpm.engine.task.Task;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns the authorization module's events into the renewal process's life: a recorded authorization
 * starts its instance (business key = authorization id, once), an authorization at risk wakes it
 * early, the payer's decision moves it on, a deleted authorization ends it. All run in the
 * transaction that raised the event. A signal the instance is not waiting for (a second "at risk"
 * while the request is out) is ignored: correlating finds no one and does nothing.
 */
@Component
class AuthorizationRenewalEvents {

  private final RuntimeService runtime;
  private final TaskService tasks;

  AuthorizationRenewalEvents(RuntimeService runtime, TaskService tasks) {
    this.runtime = runtime;
    this.tasks = tasks;
  }

  @EventListener
  void on(AuthorizationRecorded event) {
    String businessKey = String.valueOf(event.authorizationId());
    if (instances(businessKey) > 0) {
      return;
    }
    runtime.startProcessInstanceByKey(
        KEY, businessKey, Map.of(AUTHORIZATION_ID, event.authorizationId()));
  }

  @EventListener
  void on(AuthorizationAtRisk event) {
    runtime
        .createMessageCorrelation(MESSAGE_AT_RISK)
        .processInstanceBusinessKey(String.valueOf(event.authorizationId()))
        .setVariable(RENEWAL_REASON, event.reason())
        .correlateAll();
  }

  /**
   * The payer may answer before the coordinator has closed "Request renewal": the request was
   * evidently made, so that task is completed first.
   */
  @EventListener
  void on(AuthorizationRenewalDecided event) {
    String businessKey = String.valueOf(event.authorizationId());
    for (Task open :
        tasks
            .createTaskQuery()
            .processDefinitionKey(KEY)
            .processInstanceBusinessKey(businessKey)
            .taskDefinitionKey(REQUEST_RENEWAL)
            .list()) {
      tasks.complete(open.getId());
    }
    Map<String, Object> decision = new HashMap<>();
    decision.put(RENEWAL_APPROVED, event.approved());
    decision.put(RENEWED_BY_AUTHORIZATION_ID, event.renewedByAuthorizationId());
    runtime
        .createMessageCorrelation(MESSAGE_RENEWAL_DECIDED)
        .processInstanceBusinessKey(businessKey)
        .setVariables(decision)
        .correlateAll();
  }

  @EventListener
  void on(AuthorizationDeleted event) {
    runtime
        .createProcessInstanceQuery()
        .processDefinitionKey(KEY)
        .processInstanceBusinessKey(String.valueOf(event.authorizationId()))
        .list()
        .forEach(i -> runtime.deleteProcessInstance(i.getId(), "authorization deleted"));
  }

  private long instances(String businessKey) {
    return runtime
        .createProcessInstanceQuery()
        .processDefinitionKey(KEY)
        .processInstanceBusinessKey(businessKey)
        .count();
  }
}
