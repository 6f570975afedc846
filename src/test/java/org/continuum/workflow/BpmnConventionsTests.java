package org.continuum.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.continuum.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.model.bpmn.Bpmn;
import org.operaton.bpm.model.bpmn.BpmnModelInstance;
import org.operaton.bpm.model.bpmn.instance.BaseElement;
import org.operaton.bpm.model.bpmn.instance.BusinessRuleTask;
import org.operaton.bpm.model.bpmn.instance.ExclusiveGateway;
import org.operaton.bpm.model.bpmn.instance.FlowNode;
import org.operaton.bpm.model.bpmn.instance.Gateway;
import org.operaton.bpm.model.bpmn.instance.Process;
import org.operaton.bpm.model.bpmn.instance.SequenceFlow;
import org.operaton.bpm.model.bpmn.instance.ServiceTask;
import org.operaton.bpm.model.bpmn.instance.UserTask;
import org.operaton.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.operaton.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.operaton.bpm.model.bpmn.instance.operaton.OperatonTaskListener;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The modelling conventions of STYLE.md, checked on every model in bpmn/ so that an analyst's
 * change that breaks one fails the build: diagram interchange present, history time to live set,
 * semantic ids, a person or a queue on every user task, named gateway flows with one default, and
 * every delegate, decision and form the models name actually there.
 */
@IntegrationTest
class BpmnConventionsTests {

  private static final Path MODELS = Path.of("bpmn");
  private static final Path FORMS = Path.of("forms");

  /** Ids the modeler generates: Activity_0x8f1ab, Gateway_1abcde, Flow_0k2j3h4, StartEvent_1. */
  private static final Pattern GENERATED_ID =
      Pattern.compile("^[A-Z][A-Za-z]*_(\\d+|[0-9][0-9a-z]{5,})$");

  private static final Pattern BEAN = Pattern.compile("^\\$\\{(\\w+)}$");

  @Autowired ApplicationContext context;

  @Test
  void everyProcessIsNamedLikeItsFileAndKeepsHistoryForALimitedTime() throws IOException {
    for (Path file : files(".bpmn")) {
      BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
      Collection<Process> processes = model.getModelElementsByType(Process.class);
      assertThat(processes).as(file.toString()).isNotEmpty();
      for (Process process : processes) {
        assertThat(process.getOperatonHistoryTimeToLiveString()).as(process.getId()).isNotBlank();
        assertThat(file.getFileName().toString()).isEqualTo(process.getId() + ".bpmn");
      }
    }
  }

  @Test
  void everyFlowNodeAndFlowIsDrawn() throws IOException {
    for (Path file : files(".bpmn")) {
      BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
      Set<String> drawn =
          Stream.concat(
                  model.getModelElementsByType(BpmnShape.class).stream()
                      .map(s -> s.getBpmnElement().getId()),
                  model.getModelElementsByType(BpmnEdge.class).stream()
                      .map(e -> e.getBpmnElement().getId()))
              .collect(Collectors.toSet());
      List<String> undrawn =
          Stream.concat(
                  model.getModelElementsByType(FlowNode.class).stream(),
                  model.getModelElementsByType(SequenceFlow.class).stream())
              .map(BaseElement::getId)
              .filter(id -> !drawn.contains(id))
              .toList();
      assertThat(undrawn).as(file + " elements without diagram interchange").isEmpty();
    }
  }

  @Test
  void everyDecisionKeepsHistoryForALimitedTimeAndIsDrawn() throws Exception {
    for (Path file : files(".dmn")) {
      Document dmn = parse(file);
      NodeList decisions = dmn.getElementsByTagNameNS("*", "decision");
      assertThat(decisions.getLength()).as(file.toString()).isPositive();
      for (int i = 0; i < decisions.getLength(); i++) {
        Element decision = (Element) decisions.item(i);
        assertThat(
                decision.getAttributeNS("http://operaton.org/schema/1.0/dmn", "historyTimeToLive"))
            .as(decision.getAttribute("id"))
            .isNotBlank();
      }
      assertThat(dmn.getElementsByTagNameNS("*", "DMNShape").getLength())
          .as(file + " diagram interchange")
          .isEqualTo(decisions.getLength());
    }
  }

  @Test
  void noIdIsOneTheModelerGenerated() throws Exception {
    List<String> generated = new ArrayList<>();
    for (Path file : Stream.concat(files(".bpmn").stream(), files(".dmn").stream()).toList()) {
      NodeList all = parse(file).getElementsByTagName("*");
      for (int i = 0; i < all.getLength(); i++) {
        String id = ((Element) all.item(i)).getAttribute("id");
        if (GENERATED_ID.matcher(id).matches()) {
          generated.add(file.getFileName() + ": " + id);
        }
      }
    }
    assertThat(generated).isEmpty();
  }

  @Test
  void everyUserTaskHasAPersonOrAQueueAndADeployedForm() throws IOException {
    Set<String> forms = formIds();
    for (Path file : files(".bpmn")) {
      for (UserTask task :
          Bpmn.readModelFromFile(file.toFile()).getModelElementsByType(UserTask.class)) {
        assertThat(
                isBlank(task.getOperatonCandidateGroups()) && isBlank(task.getOperatonAssignee()))
            .as(task.getId() + " has candidateGroups or an assignee")
            .isFalse();
        assertThat(forms).as(task.getId() + " form").contains(task.getOperatonFormRef());
        assertThat(task.getOperatonFormRefBinding()).isEqualTo("deployment");
      }
    }
  }

  /**
   * The claim's steps keep what a form shows for their own transaction only; each person's task
   * stores it when it is created. A task added without the listener would show an empty form.
   */
  @Test
  void everyUserTaskOfTheClaimLifecycleIsCreatedWithTheClaimsTaskFacts() {
    List<UserTask> tasks =
        List.copyOf(
            Bpmn.readModelFromFile(MODELS.resolve(ClaimLifecycleProcess.KEY + ".bpmn").toFile())
                .getModelElementsByType(UserTask.class));
    assertThat(tasks).isNotEmpty();
    assertThat(context.containsBean("claimTaskFactsListener")).isTrue();
    for (UserTask task : tasks) {
      assertThat(
              task.getExtensionElements() == null
                  ? List.<OperatonTaskListener>of()
                  : task.getExtensionElements()
                      .getElementsQuery()
                      .filterByType(OperatonTaskListener.class)
                      .list())
          .as(task.getId())
          .anySatisfy(
              listener -> {
                assertThat(listener.getOperatonEvent()).isEqualTo("create");
                assertThat(listener.getOperatonDelegateExpression())
                    .isEqualTo("${claimTaskFactsListener}");
              });
    }
  }

  @Test
  void everyGatewayFlowIsNamedAndEveryDecidingGatewayHasOneDefault() throws IOException {
    for (Path file : files(".bpmn")) {
      BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
      for (Gateway gateway : model.getModelElementsByType(Gateway.class)) {
        for (SequenceFlow flow : gateway.getOutgoing()) {
          assertThat(flow.getName()).as(flow.getId() + " out of " + gateway.getId()).isNotBlank();
        }
        if (gateway instanceof ExclusiveGateway exclusive && gateway.getOutgoing().size() > 1) {
          List<SequenceFlow> conditional =
              gateway.getOutgoing().stream()
                  .filter(f -> f.getConditionExpression() != null)
                  .toList();
          assertThat(exclusive.getDefault()).as(gateway.getId() + " default").isNotNull();
          assertThat(gateway.getOutgoing()).contains(exclusive.getDefault());
          assertThat(conditional)
              .as(gateway.getId() + ": every flow but the default has a condition")
              .hasSize(gateway.getOutgoing().size() - 1)
              .doesNotContain(exclusive.getDefault());
        }
      }
    }
  }

  @Test
  void everyDelegateBeanAndDecisionTheModelsNameExists() throws Exception {
    Set<String> decisions = decisionKeys();
    for (Path file : files(".bpmn")) {
      BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
      for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
        Matcher bean = BEAN.matcher(String.valueOf(task.getOperatonDelegateExpression()));
        assertThat(bean.matches())
            .as(task.getId() + " uses ${bean} as delegateExpression")
            .isTrue();
        assertThat(context.containsBean(bean.group(1))).as(bean.group(1)).isTrue();
      }
      for (BusinessRuleTask task : model.getModelElementsByType(BusinessRuleTask.class)) {
        assertThat(decisions).as(task.getId()).contains(task.getOperatonDecisionRef());
      }
    }
  }

  private static List<Path> files(String extension) throws IOException {
    try (Stream<Path> paths = Files.walk(MODELS)) {
      return paths.filter(p -> p.toString().endsWith(extension)).sorted().toList();
    }
  }

  private static Set<String> decisionKeys() throws Exception {
    Set<String> keys = new java.util.HashSet<>();
    for (Path file : files(".dmn")) {
      NodeList decisions = parse(file).getElementsByTagNameNS("*", "decision");
      for (int i = 0; i < decisions.getLength(); i++) {
        keys.add(((Element) decisions.item(i)).getAttribute("id"));
      }
    }
    return keys;
  }

  private static Set<String> formIds() throws IOException {
    com.fasterxml.jackson.databind.ObjectMapper json =
        new com.fasterxml.jackson.databind.ObjectMapper();
    Set<String> ids = new java.util.HashSet<>();
    try (Stream<Path> paths = Files.walk(FORMS)) {
      for (Path form : paths.filter(p -> p.toString().endsWith(".form")).toList()) {
        ids.add(json.readTree(form.toFile()).path("id").asText());
      }
    }
    return ids;
  }

  private static Document parse(Path file) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(file.toFile());
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }
}
