package org.continuum.workflow;

import java.util.List;
import org.continuum.claim.ClaimTasks;
import org.operaton.bpm.engine.TaskService;
import org.operaton.bpm.engine.task.IdentityLink;
import org.operaton.bpm.engine.task.IdentityLinkType;
import org.operaton.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/** The open tasks of a claim's lifecycle, for the claim view. */
@Component
class ClaimTaskQuery implements ClaimTasks {

  private final TaskService taskService;

  ClaimTaskQuery(TaskService taskService) {
    this.taskService = taskService;
  }

  @Override
  public List<OpenTask> openTasksOf(long claimId) {
    return taskService
        .createTaskQuery()
        .processDefinitionKey(ClaimLifecycleProcess.KEY)
        .processInstanceBusinessKey(String.valueOf(claimId))
        .orderByTaskCreateTime()
        .asc()
        .list()
        .stream()
        .map(this::view)
        .toList();
  }

  private OpenTask view(Task task) {
    List<String> groups =
        taskService.getIdentityLinksForTask(task.getId()).stream()
            .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null)
            .map(IdentityLink::getGroupId)
            .sorted()
            .toList();
    return new OpenTask(
        task.getId(),
        task.getTaskDefinitionKey(),
        task.getName(),
        task.getAssignee(),
        groups,
        task.getCreateTime().toInstant());
  }
}
