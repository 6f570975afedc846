package org.continuum.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.continuum.support.DemoLogins;
import org.continuum.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.RepositoryService;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.TaskService;
import org.operaton.bpm.model.bpmn.Bpmn;
import org.operaton.bpm.model.bpmn.BpmnModelInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The role × endpoint matrix of the engine: its REST API ({@code /engine-rest}) and the API the
 * Tasklist, Cockpit and Admin web apps call ({@code /operaton/api}), for every demo user. Deny by
 * default: a worker sees and works only the tasks of their queues (a clinician only the tasks
 * assigned to them), analysts deploy models but read no instance, variable or history, only
 * administrators manage users and groups. A probe process holds a variable standing for PHI.
 */
@IntegrationTest
class EngineAccessMatrixTests {

  private static final String PROBE = "engine-access-probe";
  private static final List<String> USERS =
      List.of("biller", "authorizer", "clinician", "lead", "manager", "analyst", "admin");
  private static final Set<String> MODELLERS = Set.of("analyst", "admin");

  /** Who may read running and finished instances and their variables. */
  private static final Set<String> INSTANCE_READERS = Set.of("lead", "manager", "admin");

  @LocalServerPort int port;
  @Autowired TestRestTemplate http;
  @Autowired RepositoryService repository;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;

  /**
   * A running probe: one task in the billers' queue, one for the demo clinician, one for another.
   */
  record Probe(String instanceId, String billerTask, String clinicianTask, String otherTask) {}

  @Test
  void onlyModellersDeploy() {
    for (String user : USERS) {
      ResponseEntity<String> response = deploy(DemoLogins.as(http, user), "deploy-" + user);
      assertThat(response.getStatusCode().value())
          .as(user + " deploys")
          .isEqualTo(MODELLERS.contains(user) ? 200 : 403);
    }
    assertThat(deploy(http, "deploy-anonymous").getStatusCode().value()).isEqualTo(401);
  }

  @Test
  void everyEngineEndpointAsksForALogIn() {
    for (String path :
        List.of(
            "/engine-rest/process-definition",
            "/engine-rest/task",
            "/engine-rest/history/variable-instance",
            "/engine-rest/incident",
            "/engine-rest/user",
            "/engine-rest/deployment")) {
      assertThat(http.getForEntity(path, String.class).getStatusCode().value())
          .as(path)
          .isEqualTo(401);
    }
  }

  @Test
  void definitionsAreListedToModellersAndThoseWhoWatchTheFlows() {
    probe();
    for (String user : USERS) {
      List<Map<String, Object>> definitions =
          list(user, "/engine-rest/process-definition?key=" + PROBE + "&latestVersion=true");
      boolean reads = MODELLERS.contains(user) || INSTANCE_READERS.contains(user);
      assertThat(definitions).as(user).hasSize(reads ? 1 : 0);
    }
  }

  @Test
  void workersSeeTheTasksOfTheirQueuesAndClinicianstheirOwn() {
    Probe probe = probe();
    Map<String, Set<String>> visible =
        Map.of(
            "biller", Set.of(probe.billerTask()),
            "authorizer", Set.of(),
            "clinician", Set.of(probe.clinicianTask()),
            "lead", Set.of(probe.billerTask(), probe.clinicianTask(), probe.otherTask()),
            "manager", Set.of(probe.billerTask(), probe.clinicianTask(), probe.otherTask()),
            "analyst", Set.of(),
            "admin", Set.of(probe.billerTask(), probe.clinicianTask(), probe.otherTask()));
    for (String user : USERS) {
      assertThat(
              list(user, "/engine-rest/task?processInstanceId=" + probe.instanceId()).stream()
                  .map(t -> (String) t.get("id")))
          .as(user + " lists tasks")
          .containsExactlyInAnyOrderElementsOf(visible.get(user));
      for (String task : List.of(probe.billerTask(), probe.clinicianTask(), probe.otherTask())) {
        ResponseEntity<String> variables = get(user, "/engine-rest/task/" + task + "/variables");
        assertThat(variables.getStatusCode().value())
            .as(user + " reads the variables of task " + task)
            .isEqualTo(visible.get(user).contains(task) ? 200 : 403);
      }
    }
  }

  @Test
  void onlyThoseWhoWatchTheFlowsReadInstanceVariablesHistoryAndIncidents() {
    Probe probe = probe();
    for (String user : USERS) {
      boolean reads = INSTANCE_READERS.contains(user);
      ResponseEntity<String> variables =
          get(user, "/engine-rest/process-instance/" + probe.instanceId() + "/variables");
      assertThat(variables.getStatusCode().value())
          .as(user + " reads instance variables")
          .isEqualTo(reads ? 200 : 403);
      if (!reads) {
        assertThat(variables.getBody()).doesNotContain("Pat Probe");
      }
      assertThat(
              list(
                  user,
                  "/engine-rest/history/variable-instance?processInstanceId=" + probe.instanceId()))
          .as(user + " reads historic variables")
          .hasSize(reads ? 1 : 0);
      assertThat(
              list(
                  user,
                  "/engine-rest/history/process-instance?processInstanceId=" + probe.instanceId()))
          .as(user + " reads the instance's history")
          .hasSize(reads ? 1 : 0);
      assertThat(
              list(user, "/engine-rest/process-instance?processInstanceIds=" + probe.instanceId()))
          .as(user + " lists the instance")
          .hasSize(reads ? 1 : 0);
      if (!reads) {
        assertThat(list(user, "/engine-rest/incident")).as(user + " lists incidents").isEmpty();
      }
    }
  }

  @Test
  void onlyTheQueueCompletesATask() {
    Probe probe = probe();
    for (String user : List.of("authorizer", "clinician", "manager", "analyst")) {
      assertThat(complete(user, probe.billerTask()).getStatusCode().value())
          .as(user + " completes a biller's task")
          .isEqualTo(403);
    }
    assertThat(complete("biller", probe.clinicianTask()).getStatusCode().value())
        .as("a biller completes a clinician's task")
        .isEqualTo(403);
    assertThat(complete("clinician", probe.otherTask()).getStatusCode().value())
        .as("a clinician completes another clinician's task")
        .isEqualTo(403);

    assertThat(complete("biller", probe.billerTask()).getStatusCode().value()).isEqualTo(204);
    assertThat(complete("clinician", probe.clinicianTask()).getStatusCode().value()).isEqualTo(204);
  }

  @Test
  void onlyAdministratorsManageUsersAndGroups() {
    for (String user : USERS) {
      String id = "probe" + UUID.randomUUID().toString().substring(0, 8);
      ResponseEntity<String> created =
          post(
              user,
              "/engine-rest/user/create",
              Map.of(
                  "profile", Map.of("id", id, "firstName", "P", "lastName", "Q"),
                  "credentials", Map.of("password", "a-long-probe-password-1")));
      assertThat(created.getStatusCode().value())
          .as(user + " creates a user")
          .isEqualTo(user.equals("admin") ? 204 : 403);
      ResponseEntity<String> group =
          post(user, "/engine-rest/group/create", Map.of("id", id, "name", id, "type", "X"));
      assertThat(group.getStatusCode().value())
          .as(user + " creates a group")
          .isEqualTo(user.equals("admin") ? 204 : 403);
      if (!user.equals("admin")) {
        ResponseEntity<String> membership =
            DemoLogins.as(http, user)
                .exchange(
                    "/engine-rest/group/admins/members/" + user,
                    HttpMethod.PUT,
                    HttpEntity.EMPTY,
                    String.class);
        assertThat(membership.getStatusCode().value())
            .as(user + " joins the administrators")
            .isEqualTo(403);
        ResponseEntity<String> grant =
            post(
                user,
                "/engine-rest/authorization/create",
                Map.of(
                    "type",
                    1,
                    "permissions",
                    List.of("ALL"),
                    "userId",
                    user,
                    "resourceType",
                    0,
                    "resourceId",
                    "*"));
        assertThat(grant.getStatusCode().value()).as(user + " grants themselves").isEqualTo(403);
      } else {
        DemoLogins.as(http, "admin").delete("/engine-rest/user/" + id);
        DemoLogins.as(http, "admin").delete("/engine-rest/group/" + id);
      }
    }
  }

  @Test
  void eachWebAppLetsInOnlyItsPeople() throws Exception {
    Map<String, Set<String>> allowed =
        Map.of(
            "tasklist", Set.of("biller", "authorizer", "clinician", "lead", "manager", "admin"),
            "cockpit", Set.of("lead", "manager", "analyst", "admin"),
            "admin", Set.of("admin"));
    for (String app : allowed.keySet()) {
      for (String user : USERS) {
        WebappSession session = new WebappSession();
        assertThat(session.logIn(app, user))
            .as(user + " logs in to " + app)
            .isEqualTo(allowed.get(app).contains(user) ? 200 : 403);
      }
    }
  }

  @Test
  void theWebAppsApiAppliesTheSameGrants() throws Exception {
    Probe probe = probe();
    String variables =
        "/operaton/api/engine/engine/default/process-instance/" + probe.instanceId() + "/variables";
    WebappSession analyst = new WebappSession();
    assertThat(analyst.logIn("cockpit", "analyst")).isEqualTo(200);
    assertThat(analyst.get(variables).statusCode()).isEqualTo(403);
    assertThat(
            analyst
                .get(
                    "/operaton/api/engine/engine/default/history/variable-instance?processInstanceId="
                        + probe.instanceId())
                .body())
        .isEqualTo("[]");

    WebappSession biller = new WebappSession();
    assertThat(biller.logIn("tasklist", "biller")).isEqualTo(200);
    assertThat(biller.get(variables).statusCode()).isEqualTo(403);
    assertThat(
            biller
                .get(
                    "/operaton/api/engine/engine/default/task/"
                        + probe.clinicianTask()
                        + "/variables")
                .statusCode())
        .isEqualTo(403);
    assertThat(
            biller
                .get(
                    "/operaton/api/engine/engine/default/task/" + probe.billerTask() + "/variables")
                .statusCode())
        .isEqualTo(200);

    WebappSession manager = new WebappSession();
    assertThat(manager.logIn("cockpit", "manager")).isEqualTo(200);
    assertThat(manager.get(variables).body()).contains("Pat Probe");

    WebappSession nobody = new WebappSession();
    assertThat(nobody.get(variables).statusCode()).isIn(401, 403);
  }

  /** A browser's session with the web apps: cookies, and the CSRF token the apps hand out. */
  private final class WebappSession {
    private final CookieManager cookies = new CookieManager();
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();

    int logIn(String app, String user) throws IOException, InterruptedException {
      get("/operaton/app/" + app + "/default/");
      String form =
          "username="
              + URLEncoder.encode(user, StandardCharsets.UTF_8)
              + "&password="
              + DemoLogins.PASSWORD;
      HttpRequest request =
          HttpRequest.newBuilder(uri("/operaton/api/admin/auth/user/default/login/" + app))
              .header("Content-Type", "application/x-www-form-urlencoded")
              .header("X-XSRF-TOKEN", token())
              .POST(HttpRequest.BodyPublishers.ofString(form))
              .build();
      return client.send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
      return client.send(
          HttpRequest.newBuilder(uri(path)).header("Accept", "application/json").GET().build(),
          HttpResponse.BodyHandlers.ofString());
    }

    private String token() {
      return cookies.getCookieStore().getCookies().stream()
          .filter(c -> c.getName().equals("XSRF-TOKEN"))
          .map(c -> c.getValue())
          .findFirst()
          .orElse("");
    }

    private URI uri(String path) {
      return URI.create("http://localhost:" + port + path);
    }
  }

  private synchronized Probe probe() {
    if (repository.createProcessDefinitionQuery().processDefinitionKey(PROBE).count() == 0) {
      BpmnModelInstance model =
          Bpmn.createExecutableProcess(PROBE)
              .operatonHistoryTimeToLive(30)
              .startEvent()
              .parallelGateway("fork")
              .userTask("billerTask")
              .operatonCandidateGroups("billers")
              .endEvent()
              .moveToNode("fork")
              .userTask("clinicianTask")
              .operatonAssignee("clinician")
              .endEvent()
              .moveToNode("fork")
              .userTask("otherTask")
              .operatonAssignee("another-clinician")
              .endEvent()
              .done();
      repository.createDeployment().addModelInstance(PROBE + ".bpmn", model).deploy();
    }
    String instance =
        runtime.startProcessInstanceByKey(PROBE, Map.of("patientName", "Pat Probe")).getId();
    return new Probe(
        instance,
        task(instance, "billerTask"),
        task(instance, "clinicianTask"),
        task(instance, "otherTask"));
  }

  private String task(String instance, String key) {
    return tasks
        .createTaskQuery()
        .processInstanceId(instance)
        .taskDefinitionKey(key)
        .singleResult()
        .getId();
  }

  private ResponseEntity<String> get(String user, String path) {
    return DemoLogins.as(http, user).getForEntity(path, String.class);
  }

  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> list(String user, String path) {
    ResponseEntity<List> response = DemoLogins.as(http, user).getForEntity(path, List.class);
    assertThat(response.getStatusCode().value()).as(user + " " + path).isEqualTo(200);
    return response.getBody();
  }

  private ResponseEntity<String> post(String user, String path, Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return DemoLogins.as(http, user)
        .postForEntity(path, new HttpEntity<>(body, headers), String.class);
  }

  private ResponseEntity<String> complete(String user, String task) {
    return post(user, "/engine-rest/task/" + task + "/complete", Map.of());
  }

  private static ResponseEntity<String> deploy(TestRestTemplate client, String processId) {
    BpmnModelInstance model =
        Bpmn.createExecutableProcess(processId)
            .operatonHistoryTimeToLive(30)
            .startEvent()
            .endEvent()
            .done();
    byte[] xml = Bpmn.convertToString(model).getBytes(StandardCharsets.UTF_8);
    MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    parts.add("deployment-name", processId);
    parts.add(
        "data",
        new ByteArrayResource(xml) {
          @Override
          public String getFilename() {
            return processId + ".bpmn";
          }
        });
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return client.postForEntity(
        "/engine-rest/deployment/create", new HttpEntity<>(parts, headers), String.class);
  }
}
