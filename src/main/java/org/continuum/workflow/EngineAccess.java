package org.continuum.workflow;

import static org.operaton.bpm.engine.authorization.Resources.APPLICATION;
import static org.operaton.bpm.engine.authorization.Resources.DECISION_DEFINITION;
import static org.operaton.bpm.engine.authorization.Resources.DECISION_REQUIREMENTS_DEFINITION;
import static org.operaton.bpm.engine.authorization.Resources.DEPLOYMENT;
import static org.operaton.bpm.engine.authorization.Resources.FILTER;
import static org.operaton.bpm.engine.authorization.Resources.HISTORIC_PROCESS_INSTANCE;
import static org.operaton.bpm.engine.authorization.Resources.HISTORIC_TASK;
import static org.operaton.bpm.engine.authorization.Resources.PROCESS_DEFINITION;
import static org.operaton.bpm.engine.authorization.Resources.PROCESS_INSTANCE;
import static org.operaton.bpm.engine.authorization.Resources.TASK;
import static org.operaton.bpm.engine.authorization.Resources.USER;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.continuum.security.Roles;
import org.operaton.bpm.engine.authorization.Authorization;
import org.operaton.bpm.engine.authorization.Permission;
import org.operaton.bpm.engine.authorization.Resource;
import org.operaton.bpm.engine.authorization.Resources;
import org.operaton.bpm.engine.impl.util.ResourceTypeUtil;

/**
 * What each group may do inside the engine and its web apps. Deny by default: a group has exactly
 * the grants listed here. Task access for workers comes from the tasks themselves: the engine lets
 * a candidate group or an assignee read and work a task, so a clinician sees only the queries
 * addressed to them and a biller only the biller queues.
 *
 * <p>Analysts model: they deploy, read and suspend definitions and evaluate decision tables with
 * inputs of their own, but read no process instance, task, variable or history, since those carry
 * claims' dates of service and amounts (PHI); they test a model on their own machine or evaluate
 * its tables, not on the running claims.
 */
final class EngineAccess {

  /**
   * One grant: permissions, by name, on one resource id ({@code *} for all) of a resource type.
   * Names, because each resource type has its own permission enum (READ on a historic task is not
   * the READ of a process definition).
   */
  record Grant(Resource resource, String resourceId, String... permissionNames) {

    Permission[] permissions() {
      return Arrays.stream(permissionNames)
          .map(
              name ->
                  ResourceTypeUtil.getPermissionByNameAndResourceType(
                      name, resource.resourceType()))
          .toArray(Permission[]::new);
    }
  }

  private static final String TASKLIST = "tasklist";
  private static final String COCKPIT = "cockpit";
  private static final String WELCOME = "welcome";

  private static final List<Grant> WORKER =
      List.of(app(TASKLIST), app(WELCOME), all(FILTER, "READ"), readOwnProfile());

  static final Map<String, List<Grant>> GRANTS =
      Map.of(
          Roles.BILLERS, WORKER,
          Roles.AUTHORIZATIONS, WORKER,
          Roles.CLINICIANS, WORKER,
          Roles.BILLING_LEADS,
              with(
                  WORKER,
                  app(COCKPIT),
                  all(PROCESS_DEFINITION, "READ", "READ_INSTANCE", "READ_HISTORY", "READ_TASK"),
                  all(PROCESS_INSTANCE, "READ"),
                  all(TASK, "READ", "UPDATE", "TASK_ASSIGN"),
                  all(HISTORIC_TASK, "READ"),
                  all(HISTORIC_PROCESS_INSTANCE, "READ")),
          Roles.MANAGERS,
              with(
                  WORKER,
                  app(COCKPIT),
                  all(PROCESS_DEFINITION, "READ", "READ_INSTANCE", "READ_HISTORY", "READ_TASK"),
                  all(PROCESS_INSTANCE, "READ"),
                  all(TASK, "READ"),
                  all(HISTORIC_TASK, "READ"),
                  all(HISTORIC_PROCESS_INSTANCE, "READ"),
                  all(DECISION_DEFINITION, "READ")),
          Roles.ANALYSTS,
              List.of(
                  app(COCKPIT),
                  app(WELCOME),
                  readOwnProfile(),
                  all(DEPLOYMENT, "ALL"),
                  all(PROCESS_DEFINITION, "READ", "UPDATE", "DELETE", "SUSPEND"),
                  all(DECISION_DEFINITION, "READ", "UPDATE", "CREATE_INSTANCE"),
                  all(DECISION_REQUIREMENTS_DEFINITION, "READ")),
          Roles.ADMINS, allResources());

  private EngineAccess() {}

  private static Grant app(String application) {
    return new Grant(APPLICATION, application, "ACCESS");
  }

  private static Grant all(Resource resource, String... permissions) {
    return new Grant(resource, Authorization.ANY, permissions);
  }

  private static Grant readOwnProfile() {
    return all(USER, "READ");
  }

  private static List<Grant> with(List<Grant> base, Grant... more) {
    List<Grant> grants = new ArrayList<>(base);
    grants.addAll(List.of(more));
    return List.copyOf(grants);
  }

  private static List<Grant> allResources() {
    List<Grant> grants = new ArrayList<>();
    for (Resources resource : Resources.values()) {
      grants.add(all(resource, "ALL"));
    }
    return List.copyOf(grants);
  }
}
