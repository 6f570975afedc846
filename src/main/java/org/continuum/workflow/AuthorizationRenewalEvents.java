package org.continuum.workflow;

import static org.continuum.workflow.AuthorizationRenewalProcess.*;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.continuum.authorization.AuthorizationAtRisk;
import org.continuum.authorization.AuthorizationChanged;
import org.continuum.authorization.AuthorizationDeleted;
import org.continuum.authorization.AuthorizationRecorded;
import org.continuum.authorization.AuthorizationRenewalDecided;
import org.continuum.authorization.AuthorizationRenewals;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.TaskService;
import org.operaton.bpm.engine.impl.context.Context;
import org.operaton.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns the authorization module's events into the renewal process's life: a recorded authorization
 * starts its instance (business key = authorization id, once), an authorization at risk wakes it
 * early, the payer's decision moves it on, a deleted authorization ends it. All but the last run in
 * the transaction that raised the event. A signal the instance is not waiting for (a second "at
 * risk" while the request is out) is ignored: correlating finds no one and does nothing.
 */
@Component
class AuthorizationRenewalEvents {

  private static final Logger log = LoggerFactory.getLogger(AuthorizationRenewalEvents.class);

  private final RuntimeService runtime;
  private final TaskService tasks;
  private final PlatformTransactionManager transactionManager;
  private final AuthorizationRenewals renewals;

  AuthorizationRenewalEvents(
      RuntimeService runtime,
      TaskService tasks,
      PlatformTransactionManager transactionManager,
      AuthorizationRenewals renewals) {
    this.renewals = renewals;
    this.runtime = runtime;
    this.tasks = tasks;
    this.transactionManager = transactionManager;
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
   * A changed authorization waiting for its renewal to fall due is planned again: the lead-time
   * timer is replaced by one for the new end date. Once the renewal is under way there is nothing
   * waiting for the message and nothing happens. Runs after the change has committed, in a
   * transaction of its own, retried: the job executor may be moving the instance at that moment
   * (its timer firing), and that collision must not fail the coordinator's change.
   */
  @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
  void on(AuthorizationChanged event) {
    inOwnTransactionRetried(
        event.authorizationId(),
        "re-planning its renewal",
        () ->
            runtime
                .createMessageCorrelation(MESSAGE_AUTHORIZATION_CHANGED)
                .processInstanceBusinessKey(String.valueOf(event.authorizationId()))
                .correlateAll());
    inOwnTransactionRetried(
        event.authorizationId(), "refreshing its renewal request", () -> refreshRequest(event));
  }

  /**
   * An open "Request renewal" shows the figures loaded when the renewal fell due; the coordinator
   * quotes them to the payer, so a change to the authorization (units, dates, status) loads them
   * again, units used included, rather than leave the form quoting what is no longer true.
   */
  private void refreshRequest(AuthorizationChanged event) {
    List<String> waiting =
        tasks
            .createTaskQuery()
            .processDefinitionKey(KEY)
            .processInstanceBusinessKey(String.valueOf(event.authorizationId()))
            .taskDefinitionKey(REQUEST_RENEWAL)
            .list()
            .stream()
            .map(Task::getProcessInstanceId)
            .distinct()
            .toList();
    if (waiting.isEmpty()) {
      return;
    }
    Map<String, Object> figures =
        LoadRenewalFactsDelegate.variablesOf(renewals.facts(event.authorizationId()));
    waiting.forEach(instance -> runtime.setVariables(instance, figures));
  }

  /**
   * The payer may answer before the coordinator has closed "Request renewal": the request was
   * evidently made, so that task is completed first. A decision recorded by the process itself
   * ("Record renewal decision" completed in Tasklist, inside an engine command) moves the instance
   * on by itself and is not correlated again.
   */
  @EventListener
  void on(AuthorizationRenewalDecided event) {
    if (Context.getCommandContext() != null) {
      return;
    }
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

  /**
   * Ends the renewal instance of a deleted authorization once the deletion has committed, in a
   * transaction of its own, retried a few times: the job executor may be running the instance's
   * first step at that moment, and a deadlock between the two must not fail the user's delete. An
   * instance that still cannot be ended is logged; its next step finds no authorization.
   */
  @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
  void on(AuthorizationDeleted event) {
    String businessKey = String.valueOf(event.authorizationId());
    inOwnTransactionRetried(
        event.authorizationId(),
        "ending its renewal instance",
        () ->
            runtime
                .createProcessInstanceQuery()
                .processDefinitionKey(KEY)
                .processInstanceBusinessKey(businessKey)
                .list()
                .forEach(i -> runtime.deleteProcessInstance(i.getId(), "authorization deleted")));
  }

  /**
   * Runs an engine call in a transaction of its own, up to five times: a collision with a step the
   * job executor is running on the same instance is retried; one that persists is logged.
   */
  private void inOwnTransactionRetried(long authorizationId, String what, Runnable engineCall) {
    TransactionTemplate ownTransaction = new TransactionTemplate(transactionManager);
    ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    for (int attempt = 1; attempt <= 5; attempt++) {
      try {
        ownTransaction.executeWithoutResult(status -> engineCall.run());
        return;
      } catch (RuntimeException concurrentStep) {
        log.info(
            "Authorization {}: {} collided with a running step (attempt {})",
            authorizationId,
            what,
            attempt);
      }
    }
    log.warn("Authorization {}: {} failed", authorizationId, what);
  }

  private long instances(String businessKey) {
    return runtime
        .createProcessInstanceQuery()
        .processDefinitionKey(KEY)
        .processInstanceBusinessKey(businessKey)
        .count();
  }
}
