package org.continuum.claim;

import java.time.Instant;
import java.util.List;

/**
 * The open work items of a claim, for the claim view. Implemented by the workflow module, which
 * owns the tasks; the claim module only states what it needs.
 */
public interface ClaimTasks {

  List<OpenTask> openTasksOf(long claimId);

  /**
   * A task waiting on someone: which step, who holds it or which queues may take it, since when.
   */
  record OpenTask(
      String taskId,
      String taskDefinitionKey,
      String name,
      String assignee,
      List<String> candidateGroups,
      Instant created) {}
}
