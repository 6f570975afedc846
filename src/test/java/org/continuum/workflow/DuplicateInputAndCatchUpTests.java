package org.continuum.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.continuum.workflow.ClaimLifecycleProcess.*;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.continuum.claim.ClaimRepository;
import org.continuum.claim.ClaimStatus;
import org.continuum.submission.ClaimBatches;
import org.continuum.support.ClaimWorld;
import org.continuum.support.DemoLogins;
import org.continuum.support.IntegrationTest;
import org.continuum.support.Sessions;
import org.continuum.workflow.ClaimSubmissionAndRemittanceTests.X12;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.HistoryService;
import org.operaton.bpm.engine.ManagementService;
import org.operaton.bpm.engine.RepositoryService;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.TaskService;
import org.operaton.bpm.engine.repository.DeploymentBuilder;
import org.operaton.bpm.model.bpmn.Bpmn;
import org.operaton.bpm.model.bpmn.BpmnModelInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The same input twice has its effect once (a 999, a 277CA, an 835 sent again under a new envelope,
 * a session posted twice), and a claim message lost to a crash is sent again from the claim's
 * status.
 */
@IntegrationTest
class DuplicateInputAndCatchUpTests {

  private static final AtomicInteger CONTROL =
      new AtomicInteger((int) (System.nanoTime() % 90_000_000) + 100_000_000);

  @Autowired TestRestTemplate http;
  @Autowired RuntimeService runtime;
  @Autowired RepositoryService repository;
  @Autowired TaskService taskService;
  @Autowired ManagementService management;
  @Autowired HistoryService history;
  @Autowired ClaimRepository claims;
  @Autowired ClaimWorld.Repositories repositories;
  @Autowired ClaimBatches batches;
  @Autowired JdbcClient jdbc;
  @Autowired ClaimCatchUp catchUp;

  ClaimWorld world;
  ClaimProcessDriver driver;

  @BeforeEach
  void setUp() {
    world = new ClaimWorld(repositories);
    driver = new ClaimProcessDriver(runtime, taskService, management, claims);
  }

  @Test
  void theSame277caTwiceAcceptsOnce() {
    long claimId = submittedClaim();
    String file = X12.claimAcknowledgment(CONTROL.incrementAndGet(), claimId, "A2:20");

    Map first = postInbound(file).getBody();
    Map again = postInbound(file).getBody();

    assertThat(first.get("claimsPosted")).isEqualTo(1);
    assertThat(again.get("duplicate")).isEqualTo(true);
    assertThat(status(claimId)).isEqualTo(ClaimStatus.ACCEPTED);
    awaitWaitingAt(claimId, REMITTANCE_RECEIVED);
  }

  @Test
  void theSame999TwiceRejectsOnce() {
    long claimId = submittedClaim();
    String file = X12.acknowledgment(CONTROL.incrementAndGet(), groupOf(claimId), false);

    postInbound(file);
    Map again = postInbound(file).getBody();

    assertThat(again.get("duplicate")).isEqualTo(true);
    assertThat(status(claimId)).isEqualTo(ClaimStatus.REJECTED);
    assertThat(
            jdbc.sql(
                    "select count(*) from claim_defect where claim_id = ? and code = 'CLAIM_REJECTED'")
                .param(claimId)
                .query(Long.class)
                .single())
        .isOne();
    driver.awaitTask(claimId, CORRECT_REJECTED_CLAIM);
  }

  @Test
  void theSame835UnderANewEnvelopePaysEachClaimOnce() {
    long claimId = submittedClaim();
    long line =
        jdbc.sql("select id from claim_line where claim_id = ? order by line_number limit 1")
            .param(claimId)
            .query(Long.class)
            .single();
    String clp = X12.clp(claimId, "1", "104.00", "0.00", line, "CAS*CO*45*26.00");
    int control = CONTROL.incrementAndGet();
    String original = X12.remittance(control, "104.00", List.of(clp));
    // the payer sends the same payment (same TRN02) again in a new interchange
    int again = control + 50_000_000;
    String resent =
        original
            .replace("*%09d*0*T*".formatted(control), "*%09d*0*T*".formatted(again))
            .replace("IEA*1*%09d".formatted(control), "IEA*1*%09d".formatted(again))
            .replace("*" + control + "*X*", "*" + again + "*X*")
            .replace("GE*1*" + control, "GE*1*" + again);
    assertThat(resent).contains("TRN*1*T" + control + "*");

    Map first = postInbound(original).getBody();
    Map second = postInbound(resent).getBody();

    assertThat(first.get("claimsPosted")).isEqualTo(1);
    // every payment of the file was posted before: the file as a whole is a duplicate
    assertThat(second.get("duplicate")).isEqualTo(true);
    assertThat(second.get("claimsPosted")).isEqualTo(0);
    assertThat(
            jdbc.sql("select count(*) from payment where claim_id = ?")
                .param(claimId)
                .query(Long.class)
                .single())
        .isOne();
  }

  @Test
  void theSameSessionTwiceMakesOneClaim() {
    Map<String, Object> session =
        Sessions.fortyFiveMinuteOfficeSession()
            .by(world.patientCoveredBy(world.medicaid()), world.lcsw(null).getId());

    ResponseEntity<Map> first =
        DemoLogins.as(http, "biller").postForEntity("/api/sessions", session, Map.class);
    ResponseEntity<Map> again =
        DemoLogins.as(http, "biller").postForEntity("/api/sessions", session, Map.class);

    assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(again.getBody().get("claimId")).isEqualTo(first.getBody().get("claimId"));
  }

  @Test
  void aCutThatDiesAfterItsCommitLeavesNothingToSend() {
    long claimId = readyClaim();
    submitWithoutTelling(claimId);

    // the process waits for the acknowledgment already, and a catch-up leaves it there
    assertThat(runtime.getActiveActivityIds(driver.instanceOf(claimId).getId()))
        .containsExactly(ACKNOWLEDGMENT);
    catchUp.resendLostMessages();
    assertThat(runtime.getActiveActivityIds(driver.instanceOf(claimId).getId()))
        .containsExactly(ACKNOWLEDGMENT);
    assertThat(status(claimId)).isEqualTo(ClaimStatus.SUBMITTED);
  }

  @Test
  void aClaimOnAnEarlierModelHearsOfItsBatchFromTheCutOrFromTheCatchUp() {
    String earlier = earlierModel();
    long lost = claimOn(earlier);
    submitWithoutTelling(lost);
    long told = claimOn(earlier);

    batches.cut();
    awaitWaitingAt(told, ACKNOWLEDGMENT);

    awaitWaitingAt(lost, CLAIM_BATCHED);
    assertThat(catchUp.resendLostMessages()).isPositive();
    awaitWaitingAt(lost, ACKNOWLEDGMENT);
    catchUp.resendLostMessages();
    assertThat(runtime.getActiveActivityIds(driver.instanceOf(lost).getId()))
        .as("nothing is sent twice")
        .containsExactly(ACKNOWLEDGMENT);
  }

  /** What a cut that committed and died before telling the claim's process leaves behind. */
  private void submitWithoutTelling(long claimId) {
    long batchId = jdbc.sql("select nextval('claim_batch_seq')").query(Long.class).single();
    jdbc.sql(
            """
            insert into claim_batch (id, payer_id, interchange_control_number,
                                     group_control_number, transaction_control_number,
                                     claim_count, x12)
            select ?, payer_id, nextval('x12_interchange_control_seq'),
                   nextval('x12_group_control_seq'), nextval('x12_transaction_control_seq'), 1,
                   'ISA~'
            from claim where id = ?
            """)
        .params(batchId, claimId)
        .update();
    jdbc.sql("insert into batch_claim (batch_id, claim_id) values (?, ?)")
        .params(batchId, claimId)
        .update();
    jdbc.sql(
            "update claim set status = 'SUBMITTED', updated_at = now() - interval '5 minutes'"
                + " where id = ?")
        .param(claimId)
        .update();
  }

  /**
   * A claim-lifecycle as deployed before the process stopped waiting for the batch message: "Wait
   * for claim batch", then the acknowledgment. The models the application deployed are deployed
   * again right after it, so that every other claim still starts on the current one.
   */
  private String earlierModel() {
    BpmnModelInstance model =
        Bpmn.createExecutableProcess(KEY)
            .operatonHistoryTimeToLive(180)
            .startEvent()
            .receiveTask(CLAIM_BATCHED)
            .message(MESSAGE_CLAIM_BATCHED)
            .eventBasedGateway()
            .id(ACKNOWLEDGMENT)
            .intermediateCatchEvent()
            .message(MESSAGE_CLAIM_ACCEPTED)
            .endEvent()
            .moveToLastGateway()
            .intermediateCatchEvent()
            .message(MESSAGE_CLAIM_REJECTED)
            .endEvent()
            .done();
    String current =
        repository
            .createProcessDefinitionQuery()
            .processDefinitionKey(KEY)
            .latestVersion()
            .singleResult()
            .getDeploymentId();
    String earlier =
        repository
            .createDeployment()
            .name("claim-lifecycle before it stopped waiting for the batch")
            .addModelInstance("claim-lifecycle.bpmn", model)
            .deployWithResult()
            .getDeployedProcessDefinitions()
            .get(0)
            .getId();
    DeploymentBuilder again = repository.createDeployment().name("the application's models again");
    repository
        .getDeploymentResourceNames(current)
        .forEach(name -> again.addInputStream(name, repository.getResourceAsStream(current, name)));
    again.deploy();
    return earlier;
  }

  /** A ready claim whose lifecycle is an instance of {@code definitionId} waiting for its batch. */
  private long claimOn(String definitionId) {
    long claimId = readyClaim();
    driver.endLifecycle(claimId, "replaced by an instance of an earlier model");
    runtime
        .createProcessInstanceById(definitionId)
        .businessKey(String.valueOf(claimId))
        .setVariable(CLAIM_ID, claimId)
        .execute();
    return claimId;
  }

  @Test
  void aClaimThatMissedEveryMessageCatchesUpStepByStepAndIsThenLeftAlone() {
    long claimId = submittedClaim();
    String instance = driver.instanceOf(claimId).getId();
    // accepted by the payer and then denied, both messages lost to crashes
    jdbc.sql(
            "update claim set status = 'DENIED', updated_at = now() - interval '5 minutes'"
                + " where id = ?")
        .param(claimId)
        .update();

    catchUp.resendLostMessages();
    assertThat(runtime.getActiveActivityIds(instance)).containsExactly(REMITTANCE_RECEIVED);
    catchUp.resendLostMessages();
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance).count())
        .as("the denial ends the lifecycle")
        .isZero();

    assertThat(catchUp.resendLostMessages()).as("nothing is sent again").isZero();
  }

  @Test
  void aDenialWhoseWorkNeverStartedGetsItFromTheCatchUp() {
    long claimId = submittedClaim();
    postInbound(X12.claimAcknowledgment(CONTROL.incrementAndGet(), claimId, "A2:20"));
    awaitWaitingAt(claimId, REMITTANCE_RECEIVED);
    long line =
        jdbc.sql("select id from claim_line where claim_id = ? order by line_number limit 1")
            .param(claimId)
            .query(Long.class)
            .single();
    postInbound(
        X12.remittance(
            CONTROL.incrementAndGet(),
            "0.00",
            List.of(X12.clp(claimId, "4", "0.00", "0.00", line, "CAS*CO*50*130.00"))));
    String started = awaitDenialWork(claimId);
    // what a node killed between the 835's commit and the start of denial-work leaves: a DENIED
    // claim, no denial-work, no trace of one in the history
    runtime.deleteProcessInstance(started, "the start was lost to a crash");
    history.deleteHistoricProcessInstance(started);
    jdbc.sql("update claim set updated_at = now() - interval '5 minutes' where id = ?")
        .param(claimId)
        .update();
    assertThat(denialWork(claimId)).isZero();

    assertThat(catchUp.startLostDenialWork()).isPositive();

    String caughtUp = awaitDenialWork(claimId);
    assertThat(runtime.getVariables(caughtUp))
        .containsEntry(DenialWorkProcess.GROUP_CODE, "CO")
        .containsEntry(DenialWorkProcess.REASON_CODE, "50")
        .containsEntry(DenialWorkProcess.AMOUNT, "130.00");
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                taskService
                    .createTaskQuery()
                    .processInstanceId(caughtUp)
                    .taskDefinitionKey(DenialWorkProcess.WORK_DENIAL)
                    .count(),
            n -> n == 1);
    catchUp.startLostDenialWork();
    assertThat(denialWork(claimId)).as("the running denial-work is not started twice").isOne();
  }

  @Test
  void aDenialAlreadyWorkedIsNotStartedAgain() {
    long claimId = submittedClaim();
    jdbc.sql(
            "update claim set status = 'DENIED', updated_at = now() - interval '5 minutes'"
                + " where id = ?")
        .param(claimId)
        .update();
    jdbc.sql(
            "insert into claim_action (id, claim_id, action, actor, note)"
                + " values (nextval('claim_action_seq'), ?, 'WRITE_OFF', 'biller', 'worked')")
        .param(claimId)
        .update();

    catchUp.startLostDenialWork();

    assertThat(denialWork(claimId)).isZero();
  }

  // ---- helpers ----

  private String awaitDenialWork(long claimId) {
    return await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                runtime
                    .createProcessInstanceQuery()
                    .processDefinitionKey(DenialWorkProcess.KEY)
                    .processInstanceBusinessKey(String.valueOf(claimId))
                    .singleResult(),
            i -> i != null)
        .getId();
  }

  private long denialWork(long claimId) {
    return runtime
        .createProcessInstanceQuery()
        .processDefinitionKey(DenialWorkProcess.KEY)
        .processInstanceBusinessKey(String.valueOf(claimId))
        .count();
  }

  private long readyClaim() {
    ResponseEntity<Map> response =
        DemoLogins.as(http, "biller")
            .postForEntity(
                "/api/sessions",
                Sessions.fortyFiveMinuteOfficeSession()
                    .by(world.patientCoveredBy(world.medicaid()), world.lcsw(null).getId()),
                Map.class);
    long claimId = ((Number) response.getBody().get("claimId")).longValue();
    driver.awaitReadyForItsBatch(claimId);
    return claimId;
  }

  private long submittedClaim() {
    long claimId = readyClaim();
    batches.cut();
    awaitWaitingAt(claimId, ACKNOWLEDGMENT);
    return claimId;
  }

  private int groupOf(long claimId) {
    return jdbc.sql(
            "select b.group_control_number from claim_batch b join batch_claim c"
                + " on c.batch_id = b.id where c.claim_id = ?")
        .param(claimId)
        .query(Integer.class)
        .single();
  }

  private void awaitWaitingAt(long claimId, String activityId) {
    String instance = driver.instanceOf(claimId).getId();
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> runtime.getActiveActivityIds(instance), ids -> ids.contains(activityId));
  }

  private ResponseEntity<Map> postInbound(String x12) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.TEXT_PLAIN);
    return DemoLogins.as(http, "biller")
        .postForEntity("/api/edi/inbound", new HttpEntity<>(x12, headers), Map.class);
  }

  private ClaimStatus status(long claimId) {
    return claims.findById(claimId).orElseThrow().getStatus();
  }
}
