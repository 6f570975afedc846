package org.continuum.ar;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Folds the AR summary's delta rows into the summary. Claim writes append what they change to
 * {@code ar_summary_delta} (migration V150) rather than updating the shared summary row of their
 * day, payer, clinician and category, so the job executor's threads and the other node never wait
 * on each other's uncommitted sums nor deadlock over them. The queries read summary plus deltas, so
 * the figures are exact whether or not a compaction has run; compaction only keeps the delta table
 * small ({@code continuum.ar.summary-compaction-interval}, every 30 seconds). It runs in one
 * transaction under a transaction-scoped advisory lock, so one node at a time does it and the
 * others skip that round; deltas committed while it runs are outside its delete's snapshot and wait
 * for the next round.
 */
@Component
class ArSummaryCompaction {

  /** Advisory lock key of the compaction (any constant no other part of the product uses). */
  private static final long LOCK = 0x4152_5355_4d4dL;

  private final JdbcClient jdbc;
  private final TransactionTemplate transaction;

  ArSummaryCompaction(JdbcClient jdbc, PlatformTransactionManager transactionManager) {
    this.jdbc = jdbc;
    this.transaction = new TransactionTemplate(transactionManager);
  }

  @Scheduled(
      fixedDelayString = "${continuum.ar.summary-compaction-interval:PT30S}",
      initialDelayString = "${continuum.ar.summary-compaction-interval:PT30S}")
  void run() {
    compact();
  }

  /**
   * Moves the delta rows into the summary; returns how many it moved, or -1 when another node is
   * compacting.
   */
  long compact() {
    Long moved =
        transaction.execute(
            status -> {
              boolean mine =
                  jdbc.sql("select pg_try_advisory_xact_lock(?)")
                      .param(LOCK)
                      .query(Boolean.class)
                      .single();
              return mine
                  ? jdbc.sql("select ar_summary_compact()").query(Long.class).single()
                  : -1L;
            });
    return moved == null ? 0 : moved;
  }
}
