package org.continuum.submission;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Cuts batches on a schedule ({@code continuum.submission.batch-cron}, every 15 minutes by
 * default), so ready claims leave without anyone pressing a button. Every node may run it: the
 * cut's row locks keep them from sending a claim twice.
 */
@Component
@ConditionalOnProperty(
    name = "continuum.submission.scheduled-cut",
    havingValue = "true",
    matchIfMissing = true)
class ScheduledBatchCut {

  private static final Logger log = LoggerFactory.getLogger(ScheduledBatchCut.class);

  private final ClaimBatches batches;

  ScheduledBatchCut(ClaimBatches batches) {
    this.batches = batches;
  }

  @Scheduled(cron = "${continuum.submission.batch-cron:0 */15 * * * *}")
  void cut() {
    var cuts = batches.cut();
    if (!cuts.isEmpty()) {
      log.info("Scheduled cut made {} batch(es)", cuts.size());
    }
  }
}
