package org.continuum.reconciliation;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The reconciliation on demand, for administrators: after a crash, a database restart or a
 * failover, one call says whether anything was lost or counted twice, and which ids to look at.
 */
@RestController
class ReconciliationController {

  private final Reconciliation reconciliation;

  ReconciliationController(Reconciliation reconciliation) {
    this.reconciliation = reconciliation;
  }

  /** The findings, and the engine's open incidents by id. */
  record Answer(boolean clean, List<Reconciliation.Finding> findings, List<String> openIncidents) {}

  @GetMapping("/api/admin/reconciliation")
  Answer run() {
    Reconciliation.Report report = reconciliation.run();
    List<String> incidents = reconciliation.openIncidents();
    return new Answer(report.clean() && incidents.isEmpty(), report.findings(), incidents);
  }
}
