package org.continuum.workflow;

import static org.continuum.workflow.DenialWorkProcess.*;

import java.util.HashMap;
import java.util.Map;
import org.continuum.remittance.ClaimDenied;
import org.operaton.bpm.engine.RuntimeService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Starts one denial-work per denial once the posting that denied the claim has committed, with the
 * codes, the amount and the remittance date as variables (as text: the engine stores no Java
 * objects). A line denied on a claim whose other lines were paid starts one too, naming the line. A
 * claim whose denial is already being worked (or appealed: a second 835 denying an appealed claim
 * is the appeal's answer) gets no second instance, whether the new denial is the claim's or a
 * line's. {@link ClaimCatchUp} starts through here too the denial-work a crash kept from starting.
 */
@Component
class DenialWorkStarter {

  private final RuntimeService runtime;
  private final JdbcClient jdbc;

  DenialWorkStarter(RuntimeService runtime, JdbcClient jdbc) {
    this.runtime = runtime;
    this.jdbc = jdbc;
  }

  @TransactionalEventListener
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  void on(ClaimDenied denied) {
    start(denied);
  }

  /**
   * Starts the denial's work unless the claim has a denial-work running.
   *
   * @return whether one was started
   */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  boolean start(ClaimDenied denied) {
    // two nodes catching up the same denial (or the posting's own start and a catch-up) take turns
    // on the claim's row, so the second sees the first's instance
    jdbc.sql("select id from claim where id = ? for update")
        .param(denied.claimId())
        .query(Long.class)
        .optional();
    if (runtime
            .createProcessInstanceQuery()
            .processDefinitionKey(KEY)
            .processInstanceBusinessKey(String.valueOf(denied.claimId()))
            .count()
        > 0) {
      return false;
    }
    Map<String, Object> variables = new HashMap<>();
    variables.put(CLAIM_ID, denied.claimId());
    variables.put(GROUP_CODE, denied.groupCode());
    variables.put(REASON_CODE, denied.reasonCode() == null ? "" : denied.reasonCode());
    variables.put(REMARK_CODES, String.join(",", denied.remarkCodes()));
    variables.put(AMOUNT, denied.amount().setScale(2).toPlainString());
    variables.put(AppealProcess.DENIED_ON, denied.deniedOn().toString());
    variables.put(DENIED_LINE, denied.isLineDenial() ? denied.deniedLine() : "whole claim");
    if (denied.claimLineId() != null) {
      variables.put(CLAIM_LINE_ID, denied.claimLineId());
    }
    runtime.startProcessInstanceByKey(KEY, String.valueOf(denied.claimId()), variables);
    return true;
  }
}
