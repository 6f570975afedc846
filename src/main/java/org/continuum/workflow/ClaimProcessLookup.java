package org.continuum.workflow;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.continuum.ar.ClaimProcesses;
import org.operaton.bpm.engine.HistoryService;
import org.operaton.bpm.engine.history.HistoricProcessInstance;
import org.springframework.stereotype.Component;

/**
 * The lifecycle process instance of each claim, from history so a finished claim still links to its
 * record in Cockpit. The business key of a lifecycle instance is the claim id.
 */
@Component
class ClaimProcessLookup implements ClaimProcesses {

  private final HistoryService historyService;

  ClaimProcessLookup(HistoryService historyService) {
    this.historyService = historyService;
  }

  @Override
  public Map<Long, String> processInstanceIds(Collection<Long> claimIds) {
    Map<Long, String> ids = new HashMap<>();
    if (claimIds.isEmpty()) {
      return ids;
    }
    for (HistoricProcessInstance instance :
        historyService
            .createHistoricProcessInstanceQuery()
            .processDefinitionKey(ClaimLifecycleProcess.KEY)
            .processInstanceBusinessKeyIn(
                claimIds.stream().map(String::valueOf).toArray(String[]::new))
            .list()) {
      ids.putIfAbsent(Long.parseLong(instance.getBusinessKey()), instance.getId());
    }
    return ids;
  }
}
