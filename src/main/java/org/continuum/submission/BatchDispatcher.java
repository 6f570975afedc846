package org.continuum.submission;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Hands each committed batch to the clearinghouse. It runs after the cut commits, from the event
 * registry, so a failed hand-over is retried rather than lost, and a rolled-back cut never leaves.
 */
@Component
class BatchDispatcher {

  private final ClaimBatches batches;
  private final Clearinghouse clearinghouse;

  BatchDispatcher(ClaimBatches batches, Clearinghouse clearinghouse) {
    this.batches = batches;
    this.clearinghouse = clearinghouse;
  }

  @ApplicationModuleListener
  void on(ClaimBatchCut cut) {
    clearinghouse.send(
        "837P-%09d.x12".formatted(cut.interchangeControlNumber()), batches.x12(cut.batchId()));
  }
}
