package org.continuum.submission;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Outbound 837P batches: cut one now, list them, read one's X12. */
@RestController
@RequestMapping("/api/edi/outbound/batches")
class ClaimBatchController {

  private final ClaimBatches batches;

  ClaimBatchController(ClaimBatches batches) {
    this.batches = batches;
  }

  /** What a cut made: one batch per payer that had ready claims. */
  record CutResponse(Long batchId, int claimCount, List<ClaimBatches.Cut> batches) {}

  /**
   * Cuts batches now. 201 with the first batch's id and the total claim count (the contract's
   * {@code {batchId, claimCount}}) plus every batch cut; 200 with no batch when nothing is ready.
   */
  @PostMapping
  ResponseEntity<CutResponse> cut() {
    List<ClaimBatches.Cut> cuts = batches.cut();
    int claims = cuts.stream().mapToInt(ClaimBatches.Cut::claimCount).sum();
    Long first = cuts.isEmpty() ? null : cuts.get(0).batchId();
    return ResponseEntity.status(cuts.isEmpty() ? HttpStatus.OK : HttpStatus.CREATED)
        .body(new CutResponse(first, claims, cuts));
  }

  @GetMapping
  List<ClaimBatchSummary> list() {
    return batches.list();
  }

  @GetMapping(value = "/{id}", produces = MediaType.TEXT_PLAIN_VALUE)
  String x12(@PathVariable long id) {
    return batches.x12(id);
  }
}
