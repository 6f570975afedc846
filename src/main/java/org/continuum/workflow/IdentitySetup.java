package org.continuum.workflow;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import org.continuum.security.Roles;
import org.operaton.bpm.engine.AuthorizationService;
import org.operaton.bpm.engine.FilterService;
import org.operaton.bpm.engine.IdentityService;
import org.operaton.bpm.engine.TaskService;
import org.operaton.bpm.engine.authorization.Authorization;
import org.operaton.bpm.engine.authorization.Permission;
import org.operaton.bpm.engine.filter.Filter;
import org.operaton.bpm.engine.identity.Group;
import org.operaton.bpm.engine.impl.util.ResourceTypeUtil;
import org.operaton.bpm.engine.task.TaskQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Brings the engine's identity store to the shape the product expects, on every start and in every
 * profile: the product's groups, the grants of {@link EngineAccess}, and the Tasklist filters every
 * worker starts with. Users are not created here: outside the demo profile an administrator creates
 * them in Admin. Safe to run on several nodes at once: each step looks before it writes.
 */
@Component
class IdentitySetup {

  /** Listeners that need the groups in place order themselves after this. */
  public static final int ORDER = 0;

  private static final Logger log = LoggerFactory.getLogger(IdentitySetup.class);

  private final IdentityService identityService;
  private final AuthorizationService authorizationService;
  private final FilterService filterService;
  private final TaskService taskService;

  IdentitySetup(
      IdentityService identityService,
      AuthorizationService authorizationService,
      FilterService filterService,
      TaskService taskService) {
    this.identityService = identityService;
    this.authorizationService = authorizationService;
    this.filterService = filterService;
    this.taskService = taskService;
  }

  /** Runs before anything that seeds users ({@link #ORDER}). */
  @EventListener(ApplicationReadyEvent.class)
  @Order(ORDER)
  void apply() {
    Roles.ALL.forEach(this::ensureGroup);
    EngineAccess.GRANTS.forEach(
        (group, grants) -> grants.forEach(grant -> ensureGrant(group, grant)));
    ensureFilter(
        "My tasks",
        "Tasks assigned to me",
        -10,
        taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
    ensureFilter(
        "My queues",
        "Unclaimed tasks waiting in the queues of my groups",
        0,
        taskService
            .createTaskQuery()
            .taskCandidateGroupInExpression("${currentUserGroups()}")
            .taskUnassigned());
    log.info("Identity store ready: {} groups with their grants and filters", Roles.ALL.size());
  }

  private void ensureGroup(String groupId) {
    if (identityService.createGroupQuery().groupId(groupId).count() > 0) {
      return;
    }
    Group group = identityService.newGroup(groupId);
    group.setName(Roles.displayName(groupId));
    group.setType("WORKFLOW");
    identityService.saveGroup(group);
  }

  private void ensureGrant(String groupId, EngineAccess.Grant grant) {
    Authorization authorization =
        authorizationService
            .createAuthorizationQuery()
            .groupIdIn(groupId)
            .resourceType(grant.resource())
            .resourceId(grant.resourceId())
            .singleResult();
    if (authorization == null) {
      authorization = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      authorization.setGroupId(groupId);
      authorization.setResource(grant.resource());
      authorization.setResourceId(grant.resourceId());
    } else if (exactly(authorization, grant)) {
      return;
    }
    authorization.setPermissions(grant.permissions());
    authorizationService.saveAuthorization(authorization);
  }

  /**
   * Whether a stored grant holds exactly the listed permissions: one that holds more (a release
   * narrowed the grant) is narrowed too, so that an upgraded database does not keep old rights.
   */
  private static boolean exactly(Authorization authorization, EngineAccess.Grant grant) {
    Set<Permission> wanted = Set.of(grant.permissions());
    boolean all = wanted.stream().anyMatch(p -> "ALL".equals(p.getName()));
    return Arrays.stream(
            ResourceTypeUtil.getPermissionsByResourceType(grant.resource().resourceType()))
        .filter(p -> p.getValue() != 0 && p.getValue() != Integer.MAX_VALUE)
        .allMatch(p -> authorization.isPermissionGranted(p) == (all || wanted.contains(p)));
  }

  private void ensureFilter(String name, String description, int priority, TaskQuery query) {
    if (filterService.createFilterQuery().filterName(name).count() > 0) {
      return;
    }
    Filter filter =
        filterService
            .newTaskFilter(name)
            .setOwner(null)
            .setQuery(query)
            .setProperties(
                Map.of("description", description, "priority", priority, "refresh", true));
    filterService.saveFilter(filter);
  }
}
