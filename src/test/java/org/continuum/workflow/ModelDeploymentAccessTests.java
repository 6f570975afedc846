package org.continuum.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import org.continuum.support.DemoLogins;
import org.continuum.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.RepositoryService;
import org.operaton.bpm.model.bpmn.Bpmn;
import org.operaton.bpm.model.bpmn.BpmnModelInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** What Camunda Modeler does when an analyst presses "Deploy": a multipart POST to the REST API. */
@IntegrationTest
class ModelDeploymentAccessTests {

  @Autowired TestRestTemplate http;
  @Autowired RepositoryService repositoryService;

  @Test
  void analystDeploysAModelThroughTheEngineRestApi() {
    ResponseEntity<String> response = deploy(DemoLogins.as(http, "analyst"), "analyst-change");

    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(
            repositoryService
                .createProcessDefinitionQuery()
                .processDefinitionKey("analyst-change")
                .count())
        .isOne();
  }

  @Test
  void billerIsRefusedADeployment() {
    ResponseEntity<String> response = deploy(DemoLogins.as(http, "biller"), "biller-change");

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(
            repositoryService
                .createProcessDefinitionQuery()
                .processDefinitionKey("biller-change")
                .count())
        .isZero();
  }

  @Test
  void anonymousCallerIsAskedToLogIn() {
    assertThat(deploy(http, "anonymous-change").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(http.getForEntity("/engine-rest/process-definition", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void billerReadsOnlyWhatTheEngineGrantsThem() {
    ResponseEntity<String> response =
        DemoLogins.as(http, "biller").getForEntity("/engine-rest/deployment", String.class);

    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(response.getBody()).isEqualTo("[]");
  }

  private static ResponseEntity<String> deploy(TestRestTemplate client, String processId) {
    BpmnModelInstance model =
        Bpmn.createExecutableProcess(processId)
            .operatonHistoryTimeToLive(30)
            .name("Analyst change")
            .startEvent("startEvent_started")
            .userTask("userTask_review")
            .name("Review")
            .endEvent("endEvent_done")
            .done();
    byte[] xml = Bpmn.convertToString(model).getBytes(java.nio.charset.StandardCharsets.UTF_8);

    MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    parts.add("deployment-name", processId);
    parts.add("deployment-source", "Camunda Modeler");
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
