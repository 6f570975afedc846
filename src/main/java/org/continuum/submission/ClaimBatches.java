package org.continuum.submission;

import jakarta.persistence.EntityManager;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.continuum.claim.Claim;
import org.continuum.claim.ClaimLifecycle;
import org.continuum.claim.ClaimRepository;
import org.continuum.edi.ClaimBatch837P;
import org.continuum.edi.ClaimBatchWriter837P;
import org.continuum.payer.Payer;
import org.continuum.payer.PayerRepository;
import org.continuum.web.NotFoundException;
import org.hibernate.Session;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cuts 837P batches: every claim ready to submit and every void waiting to go out, one interchange
 * per payer. The batch row, its claims' move to SUBMITTED and the file's text commit together or
 * not at all, so a batch on disk always matches the claims' statuses. Claims are locked with {@code
 * skip locked} and each claim's membership is guarded by a unique constraint: two cuts at once (two
 * nodes, or the schedule and a person) split the ready claims between them and never send one
 * twice. Control numbers come from database sequences, unique forever.
 */
@Service
public class ClaimBatches {

  private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ClaimBatches.class);

  private final ClaimRepository claims;
  private final ClaimLifecycle lifecycle;
  private final PayerRepository payers;
  private final ClaimFileMapper mapper;
  private final ClaimBatchWriter837P writer;
  private final ClearinghouseProperties clearinghouse;
  private final JdbcClient jdbc;
  private final JdbcTemplate batchInserts;
  private final ApplicationEventPublisher events;
  private final EntityManager entityManager;

  ClaimBatches(
      ClaimRepository claims,
      ClaimLifecycle lifecycle,
      PayerRepository payers,
      ClaimFileMapper mapper,
      ClaimBatchWriter837P writer,
      ClearinghouseProperties clearinghouse,
      JdbcClient jdbc,
      JdbcTemplate batchInserts,
      ApplicationEventPublisher events,
      EntityManager entityManager) {
    this.claims = claims;
    this.lifecycle = lifecycle;
    this.payers = payers;
    this.mapper = mapper;
    this.writer = writer;
    this.clearinghouse = clearinghouse;
    this.jdbc = jdbc;
    this.batchInserts = batchInserts;
    this.events = events;
    this.entityManager = entityManager;
  }

  /** One cut batch. */
  public record Cut(long batchId, long payerId, int claimCount) {}

  /**
   * Cuts a batch per payer from every claim ready now; none when no claim is ready. The cut reads
   * the claims and their parties to write the file and changes rows only through statements, so
   * what it loads is read-only: Hibernate keeps no snapshot of it and checks none of it for changes
   * at each flush (a thousand claims with their lines, patients, coverages and sessions).
   */
  @Transactional
  public List<Cut> cut() {
    Session session = entityManager.unwrap(Session.class);
    boolean readOnlyBefore = session.isDefaultReadOnly();
    session.setDefaultReadOnly(true);
    try {
      Map<Long, List<Claim>> byPayer = new LinkedHashMap<>();
      for (Claim claim : claims.lockReadyToSubmit()) {
        byPayer.computeIfAbsent(claim.getPayerId(), p -> new ArrayList<>()).add(claim);
      }
      List<Cut> cuts = new ArrayList<>();
      byPayer.forEach((payerId, ready) -> cut(payerId, ready).ifPresent(cuts::add));
      return cuts;
    } finally {
      session.setDefaultReadOnly(readOnlyBefore);
    }
  }

  /**
   * Whether the claim makes a valid 837P on its own. One claim with a gap (a patient without an
   * address, say) must not hold back every other claim of the cut: it stays ready, and the log
   * names the claim and the field, never the value. Asked only when the payer's whole batch failed
   * to write, so a clean cut serialises each claim once.
   */
  private boolean writable(Payer payer, Claim claim) {
    try {
      writer.write(
          mapper.batch(
              new ClaimBatch837P.Interchange(
                  clearinghouse.senderId(),
                  clearinghouse.receiverId(),
                  1,
                  1,
                  1,
                  LocalDateTime.now(ZoneOffset.UTC).withNano(0),
                  false),
              clearinghouse,
              payer,
              List.of(claim)));
      return true;
    } catch (IllegalArgumentException | java.util.NoSuchElementException e) {
      log.warn("Claim {} left out of the batch: {}", claim.getId(), e.getMessage());
      return false;
    }
  }

  private Optional<Cut> cut(long payerId, List<Claim> ready) {
    Payer payer = payers.findById(payerId).orElseThrow();
    int interchange = next("x12_interchange_control_seq");
    int group = next("x12_group_control_seq");
    int transaction = next("x12_transaction_control_seq");
    ClaimBatch837P.Interchange envelope =
        new ClaimBatch837P.Interchange(
            clearinghouse.senderId(),
            clearinghouse.receiverId(),
            interchange,
            group,
            transaction,
            LocalDateTime.now(ZoneOffset.UTC).withNano(0),
            clearinghouse.production());
    String x12;
    try {
      x12 = writer.write(mapper.batch(envelope, clearinghouse, payer, ready));
    } catch (IllegalArgumentException | java.util.NoSuchElementException e) {
      // some claim cannot be written: find it, and send the others without it
      ready = ready.stream().filter(claim -> writable(payer, claim)).toList();
      if (ready.isEmpty()) {
        return Optional.empty();
      }
      x12 = writer.write(mapper.batch(envelope, clearinghouse, payer, ready));
    }
    long batchId = jdbc.sql("select nextval('claim_batch_seq')").query(Long.class).single();
    jdbc.sql(
            """
            insert into claim_batch (id, payer_id, interchange_control_number, group_control_number,
                                     transaction_control_number, claim_count, x12)
            values (?, ?, ?, ?, ?, ?, ?)
            """)
        .params(batchId, payerId, interchange, group, transaction, ready.size(), x12)
        .update();
    List<Long> claimIds = ready.stream().map(Claim::getId).toList();
    releaseAll(claimIds); // a claim sent again (corrected, voided) leaves its earlier batch
    batchInserts.batchUpdate(
        "insert into batch_claim (batch_id, claim_id) values (?, ?)",
        claimIds.stream().map(claimId -> new Object[] {batchId, claimId}).toList());
    lifecycle.markSubmitted(ready);
    events.publishEvent(
        new ClaimBatchCut(batchId, payerId, interchange, group, transaction, claimIds));
    return Optional.of(new Cut(batchId, payerId, ready.size()));
  }

  /** Every batch, newest first. */
  @Transactional(readOnly = true)
  public List<ClaimBatchSummary> list() {
    return jdbc.sql(
            """
            select b.id, b.payer_id, p.code, b.claim_count, b.interchange_control_number,
                   b.created_at, b.acknowledgment
            from claim_batch b join payer p on p.id = b.payer_id
            order by b.created_at desc, b.id desc
            """)
        .query(
            (rs, n) ->
                new ClaimBatchSummary(
                    rs.getLong(1),
                    rs.getLong(2),
                    rs.getString(3),
                    rs.getInt(4),
                    rs.getInt(5),
                    rs.getTimestamp(6).toInstant(),
                    rs.getString(7)))
        .list();
  }

  /** The batch's 837P as written. */
  @Transactional(readOnly = true)
  public String x12(long batchId) {
    return jdbc.sql("select x12 from claim_batch where id = ?")
        .param(batchId)
        .query(String.class)
        .optional()
        .orElseThrow(() -> new NotFoundException("Batch", batchId));
  }

  /** The batch whose functional group carried this GS06, as a 999's AK102 names it. */
  @Transactional(readOnly = true)
  public Optional<Long> batchOfGroup(String groupControlNumber) {
    if (groupControlNumber == null || !groupControlNumber.strip().matches("\\d{1,9}")) {
      return Optional.empty();
    }
    return jdbc.sql("select id from claim_batch where group_control_number = ?")
        .param(Integer.parseInt(groupControlNumber.strip()))
        .query(Long.class)
        .optional();
  }

  /** The claims a batch currently holds. */
  @Transactional(readOnly = true)
  public List<Long> claimsOf(long batchId) {
    return jdbc.sql("select claim_id from batch_claim where batch_id = ? order by claim_id")
        .param(batchId)
        .query(Long.class)
        .list();
  }

  /** Records the 999's verdict on a batch. */
  @Transactional
  public void recordAcknowledgment(long batchId, String acknowledgment) {
    jdbc.sql("update claim_batch set acknowledgment = ? where id = ?")
        .params(acknowledgment, batchId)
        .update();
  }

  /**
   * Frees a rejected claim for its next batch: the old membership moves to history, so the unique
   * constraint still keeps the claim in at most one live batch.
   */
  @Transactional
  public void release(long claimId) {
    jdbc.sql(
            """
            insert into batch_claim_history (batch_id, claim_id)
            select batch_id, claim_id from batch_claim where claim_id = ?
            """)
        .param(claimId)
        .update();
    jdbc.sql("delete from batch_claim where claim_id = ?").param(claimId).update();
  }

  /** {@link #release} for many claims in two statements. */
  private void releaseAll(List<Long> claimIds) {
    Long[] ids = claimIds.toArray(Long[]::new);
    jdbc.sql(
            """
            insert into batch_claim_history (batch_id, claim_id)
            select batch_id, claim_id from batch_claim where claim_id = any(?)
            """)
        .param(ids)
        .update();
    jdbc.sql("delete from batch_claim where claim_id = any(?)").param(ids).update();
  }

  private int next(String sequence) {
    return jdbc.sql("select nextval('" + sequence + "')").query(Long.class).single().intValue();
  }
}
