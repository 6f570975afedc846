package org.continuum.workflow;

import static org.continuum.workflow.ClaimLifecycleProcess.*;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.continuum.remittance.ClaimDenied;
import org.operaton.bpm.engine.OptimisticLockingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends again the messages a claim's process missed. Messages are correlated right after the change
 * that causes them commits ({@link ClaimMessages}); a node that dies in between (a crash, {@code
 * kill -9}, a database restart) leaves a claim PAID whose process still waits for its remittance,
 * or ACCEPTED whose process still waits for its acknowledgment; an instance of a model before the
 * current one may also be left waiting for its batch while its claim is SUBMITTED. The claim's
 * status is the record, so on a schedule ({@code continuum.workflow.catch-up-interval}, every
 * minute) every node looks for processes waiting for something their claim's status says already
 * happened, longer than {@code continuum.workflow.catch-up-grace} ago (a minute: never racing a
 * correlation still on its way), and correlates it. Two nodes doing so at once are kept apart by
 * the engine's optimistic locking; the loser finds the process moved on. A node's first look after
 * it starts covers every claim (the crash it may be recovering from can be any age); later looks
 * cover claims changed within {@code continuum.workflow.catch-up-window} (seven days), so a
 * minute's query reads the claims that changed lately rather than every open claim's process.
 *
 * <p>A denial is caught up the same way: a node that dies between committing the 835 that denied a
 * claim and starting its denial-work ({@link DenialWorkStarter}) leaves a DENIED claim nobody
 * works. A claim DENIED longer than the grace ago, with no denial-work running, none started since
 * the denial and no action recorded since, gets its denial-work, with the codes and amount rebuilt
 * from the posted adjustments of its last remittance. The starter's own check (one denial-work per
 * claim) keeps two nodes from starting two.
 */
@Component
class ClaimCatchUp {

  private static final Logger log = LoggerFactory.getLogger(ClaimCatchUp.class);

  /** A window reaching back past any claim. */
  private static final Duration EVERYTHING = Duration.ofDays(365L * 100);

  private static final String BEFORE_SUBMISSION =
      "'IN_REVIEW', 'DOCUMENTATION_QUERY', 'AWAITING_AUTHORIZATION', 'EDIT_FAILED',"
          + " 'READY_TO_SUBMIT'";

  /**
   * Processes waiting for what their claim's status says already happened, among the claims changed
   * within the window. It starts from those claims (the claim's updated_at index) and finds each
   * one's process by the engine's business-key index, so its cost follows the claims that changed,
   * not every open claim's process (see ClaimCatchUpBenchmark). {@code offset 0} keeps the planner
   * from flattening the lookup into a hash of every claim-lifecycle execution, which it otherwise
   * prefers on its estimate.
   */
  static final String BEHIND =
      """
      select c.id, e.act_id_, c.status
      from claim c
      join lateral (select e.act_id_
                    from act_ru_execution p
                    join act_re_procdef d on d.id_ = p.proc_def_id_ and d.key_ = :key
                    join act_ru_execution e on e.proc_inst_id_ = p.id_ and e.is_active_ = true
                    where p.business_key_ = c.id::text
                    offset 0) e on true
      where c.updated_at < now() - make_interval(secs => :grace)
        and c.updated_at >= now() - make_interval(secs => :window)
        and ((e.act_id_ = :batched
              and c.status not in (%s)
              and exists (select 1 from batch_claim b where b.claim_id = c.id))
          or (e.act_id_ = :acknowledgment
              and c.status in ('ACCEPTED', 'REJECTED', 'PAID', 'PARTIALLY_PAID', 'DENIED',
                               'PATIENT_BALANCE'))
          or (e.act_id_ = :remittance
              and c.status in ('PAID', 'PARTIALLY_PAID', 'DENIED', 'PATIENT_BALANCE')))
      order by c.id
      """
          .formatted(BEFORE_SUBMISSION);

  /** DENIED claims nobody works (see {@link #unworkedDenials()}). */
  static final String UNWORKED_DENIALS =
      """
          select c.id, c.total_charge, f.received_at::date as denied_on,
                 a.group_code, a.reason_code, a.amount,
                 (select coalesce(string_agg(distinct r.code, ','), '')
                  from adjustment x, jsonb_array_elements_text(x.remark_codes) r(code)
                  where x.claim_id = c.id and x.remittance_file_id = f.id) as remarks
          from claim c
          join lateral (select max(remittance_file_id) as id from adjustment
                        where claim_id = c.id) last on true
          left join remittance_file f on f.id = last.id
          left join lateral (select group_code, reason_code, amount from adjustment
                             where claim_id = c.id and remittance_file_id = last.id
                               and group_code in ('CO', 'OA', 'PI') and reason_code <> '45'
                               and amount > 0
                             order by id limit 1) a on true
          where c.status = 'DENIED'
            and c.updated_at < now() - make_interval(secs => :grace)
            and not exists (select 1 from act_ru_execution p
                            join act_re_procdef d on d.id_ = p.proc_def_id_ and d.key_ = :key
                            where p.business_key_ = c.id::text and p.id_ = p.proc_inst_id_)
            and not exists (select 1 from act_hi_procinst h
                            where h.business_key_ = c.id::text and h.proc_def_key_ = :key
                              and h.start_time_ >= c.updated_at)
            and not exists (select 1 from claim_action x
                            where x.claim_id = c.id and x.at >= c.updated_at)
          order by c.id
          """;

  private final JdbcClient jdbc;
  private final ClaimMessages messages;
  private final DenialWorkStarter denialWork;
  private final Duration grace;
  private final Duration window;

  /**
   * Whether this node looked at every claim once since it started; later minutes look back only the
   * window.
   */
  private volatile boolean swept;

  ClaimCatchUp(
      JdbcClient jdbc,
      ClaimMessages messages,
      DenialWorkStarter denialWork,
      @Value("${continuum.workflow.catch-up-grace:PT1M}") Duration grace,
      @Value("${continuum.workflow.catch-up-window:P7D}") Duration window) {
    this.jdbc = jdbc;
    this.messages = messages;
    this.denialWork = denialWork;
    this.grace = grace;
    this.window = window;
  }

  /** One process waiting at an activity, with its claim's status. */
  record Waiting(long claimId, String activityId, String status) {}

  @Scheduled(
      fixedDelayString = "${continuum.workflow.catch-up-interval:PT1M}",
      initialDelayString = "${continuum.workflow.catch-up-interval:PT1M}")
  void run() {
    catchUp();
  }

  /**
   * @return how many messages were sent again and denial-work instances started
   */
  int catchUp() {
    return resendLostMessages() + startLostDenialWork();
  }

  /**
   * @return how many messages were sent again
   */
  int resendLostMessages() {
    int sent = 0;
    for (Waiting waiting : behind()) {
      try {
        if (send(waiting)) {
          sent++;
        }
      } catch (OptimisticLockingException movedOnMeanwhile) {
        log.info("Claim {}: its process moved on while catching up", waiting.claimId());
      }
    }
    if (sent > 0) {
      log.warn("Sent {} lost claim message(s) again", sent);
    }
    return sent;
  }

  /**
   * @return how many denial-work instances were started
   */
  int startLostDenialWork() {
    int started = 0;
    for (ClaimDenied denial : unworkedDenials()) {
      try {
        if (denialWork.start(denial)) {
          started++;
        }
      } catch (OptimisticLockingException startedMeanwhile) {
        log.info("Claim {}: its denial-work started while catching up", denial.claimId());
      }
    }
    if (started > 0) {
      log.warn("Started {} lost denial-work instance(s)", started);
    }
    return started;
  }

  /**
   * DENIED claims nobody works: no denial-work running or started since the claim was denied, no
   * action recorded since. The denial is rebuilt as the posting published it: the first denying
   * adjustment (CO, OA or PI, not CARC 45, above zero) of the claim's last remittance, the RARCs of
   * that remittance, the remittance's day (the day it arrived; the payment date is not kept).
   */
  private List<ClaimDenied> unworkedDenials() {
    return jdbc.sql(UNWORKED_DENIALS)
        .params(unworkedDenialParameters())
        .query(
            (rs, n) -> {
              String group = rs.getString("group_code");
              String remarks = rs.getString("remarks");
              java.sql.Date deniedOn = rs.getDate("denied_on");
              return new ClaimDenied(
                  rs.getLong("id"),
                  group == null ? "CO" : group,
                  group == null ? "" : rs.getString("reason_code"),
                  remarks == null || remarks.isEmpty() ? List.of() : List.of(remarks.split(",")),
                  group == null ? rs.getBigDecimal("total_charge") : rs.getBigDecimal("amount"),
                  deniedOn == null ? LocalDate.now() : deniedOn.toLocalDate());
            })
        .list();
  }

  private boolean send(Waiting waiting) {
    long claimId = waiting.claimId();
    switch (waiting.activityId()) {
      case CLAIM_BATCHED -> {
        return messages.correlate(MESSAGE_CLAIM_BATCHED, claimId, Map.of());
      }
      case ACKNOWLEDGMENT -> {
        if ("REJECTED".equals(waiting.status())) {
          String reason =
              jdbc.sql(
                      """
                      select explanation from claim_defect
                      where claim_id = ? and stage = 'ACKNOWLEDGMENT' and resolved_at is null
                      order by id desc limit 1
                      """)
                  .param(claimId)
                  .query(String.class)
                  .optional()
                  .orElse("Rejected at the front door.");
          return messages.correlate(
              MESSAGE_CLAIM_REJECTED, claimId, Map.of(REJECTION_REASON, reason));
        }
        return messages.correlate(MESSAGE_CLAIM_ACCEPTED, claimId, messages.followUp(claimId));
      }
      case REMITTANCE_RECEIVED -> {
        Map<String, Object> variables = new HashMap<>();
        variables.put(REMITTANCE_OUTCOME, outcome(waiting.status()));
        BigDecimal paid =
            jdbc.sql("select coalesce(sum(amount), 0) from payment where claim_id = ?")
                .param(claimId)
                .query(BigDecimal.class)
                .single();
        BigDecimal balance =
            jdbc.sql("select patient_balance from claim where id = ?")
                .param(claimId)
                .query(BigDecimal.class)
                .optional()
                .orElse(null);
        variables.put(AMOUNT_PAID, paid.setScale(2).toPlainString());
        variables.put(PATIENT_BALANCE, balance == null ? null : balance.toPlainString());
        return messages.correlate(MESSAGE_REMITTANCE_POSTED, claimId, variables);
      }
      default -> {
        return false;
      }
    }
  }

  private static String outcome(String status) {
    return switch (status) {
      case "PARTIALLY_PAID" -> "UNDERPAID";
      case "DENIED" -> "DENIED";
      case "PATIENT_BALANCE" -> "PATIENT_BALANCE";
      default -> "PAID";
    };
  }

  Map<String, Object> behindParameters(Duration window) {
    return Map.of(
        "key", KEY,
        "grace", (double) grace.toSeconds(),
        "window", (double) window.toSeconds(),
        "batched", CLAIM_BATCHED,
        "acknowledgment", ACKNOWLEDGMENT,
        "remittance", REMITTANCE_RECEIVED);
  }

  Map<String, Object> unworkedDenialParameters() {
    return Map.of("grace", (double) grace.toSeconds(), "key", DenialWorkProcess.KEY);
  }

  /** Processes waiting for what their claim's status says already happened. */
  private List<Waiting> behind() {
    Duration window = swept ? this.window : EVERYTHING;
    swept = true;
    return jdbc.sql(BEHIND)
        .params(behindParameters(window))
        .query((rs, n) -> new Waiting(rs.getLong(1), rs.getString(2), rs.getString(3)))
        .list();
  }
}
