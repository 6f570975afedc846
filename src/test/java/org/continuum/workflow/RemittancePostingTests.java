package org.continuum.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.continuum.claim.ClaimRepository;
import org.continuum.claim.ClaimStatus;
import org.continuum.support.AcceptedClaims;
import org.continuum.support.ClaimWorld;
import org.continuum.support.DemoLogins;
import org.continuum.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.TaskService;
import org.operaton.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 835 posting against files written for each case the payers send: every CLP status, every CAS
 * group (CR from 4010 files too), PLB, reversals with their corrections, take-backs, lines whose
 * modifiers the payer dropped, the same payment twice, the same trace with other content, and
 * claims we do not know. Every file is posted twice, as the payers' resends would be, and the money
 * posted is compared with the file: line, claim and BPR02 balances.
 */
@IntegrationTest
class RemittancePostingTests {

  private static final AtomicInteger CONTROL =
      new AtomicInteger((int) (System.nanoTime() % 90_000_000) + 100_000_000);

  @Autowired TestRestTemplate http;
  @Autowired JdbcClient jdbc;
  @Autowired TaskService taskService;
  @Autowired ClaimRepository claims;
  @Autowired ClaimWorld.Repositories repositories;

  ClaimWorld world;

  @BeforeEach
  void setUp() {
    world = new ClaimWorld(repositories);
  }

  @Test
  void everyClaimStatusPostsItsMoneyAndMovesTheClaim() {
    List<Long> c = newClaims(8, "90834::130.00");
    String file =
        remittance(
            "292.00",
            clp(
                c.get(0),
                "1",
                "130.00",
                "104.00",
                "0",
                line(c.get(0), 1, "130.00", "104.00", "CAS*CO*45*26.00")),
            clp(
                c.get(1),
                "2",
                "130.00",
                "84.00",
                "20.00",
                line(c.get(1), 1, "130.00", "84.00", "CAS*CO*45*26.00", "CAS*PR*2*20.00")),
            clp(
                c.get(2),
                "3",
                "130.00",
                "104.00",
                "0",
                line(c.get(2), 1, "130.00", "104.00", "CAS*CO*45*26.00")),
            clp(
                c.get(3),
                "4",
                "130.00",
                "0.00",
                "0",
                line(c.get(3), 1, "130.00", "0.00", "CAS*CO*16*130.00")),
            clp(
                c.get(4),
                "19",
                "130.00",
                "104.00",
                "0",
                line(c.get(4), 1, "130.00", "104.00", "CAS*CO*45*26.00")),
            clp(
                c.get(5),
                "23",
                "130.00",
                "0.00",
                "0",
                line(c.get(5), 1, "130.00", "0.00", "CAS*OA*23*130.00")),
            clp(
                c.get(6),
                "25",
                "130.00",
                "0.00",
                "0",
                line(c.get(6), 1, "130.00", "0.00", "CAS*OA*101*130.00")),
            clp(
                c.get(7),
                "22",
                "-130.00",
                "-104.00",
                "0",
                line(c.get(7), 1, "-130.00", "-104.00", "CAS*CO*45*-26.00")));

    Map<?, ?> first = postTwice(file);

    assertThat(first.get("claimsPosted")).isEqualTo(8);
    assertThat((List<?>) first.get("warnings"))
        .noneMatch(w -> w.toString().contains("does not equal"));
    assertThat(statuses(c))
        .containsExactly(
            ClaimStatus.PAID,
            ClaimStatus.PATIENT_BALANCE,
            ClaimStatus.PAID,
            ClaimStatus.DENIED,
            ClaimStatus.PAID,
            ClaimStatus.ACCEPTED,
            ClaimStatus.ACCEPTED,
            ClaimStatus.ACCEPTED);
    assertThat(paid(c.get(0))).isEqualByComparingTo("104.00");
    assertThat(paid(c.get(1))).isEqualByComparingTo("84.00");
    assertThat(paid(c.get(7))).isEqualByComparingTo("-104.00");
    assertThat(claims.findById(c.get(1)).orElseThrow().getPatientBalance())
        .isEqualByComparingTo("20.00");
    assertThat(c).allSatisfy(this::assertClaimBalances);
  }

  @Test
  void everyAdjustmentGroupIsKeptCrFromOldFilesToo() {
    long claim = newClaims(1, "90834::130.00").get(0);
    postTwice(
        remittance(
            "106.00",
            clp(
                claim,
                "1",
                "130.00",
                "106.00",
                "5.00",
                line(
                    claim,
                    1,
                    "130.00",
                    "106.00",
                    "CAS*CO*45*10.00",
                    "CAS*PR*1*5.00",
                    "CAS*OA*23*3.00",
                    "CAS*PI*104*2.00",
                    "CAS*CR*1*4.00"))));

    assertThat(
            jdbc.sql(
                    "select group_code || '-' || reason_code || '=' || amount from adjustment"
                        + " where claim_id = ? order by adjustment_ordinal")
                .param(claim)
                .query(String.class)
                .list())
        .containsExactly("CO-45=10.00", "PR-1=5.00", "OA-23=3.00", "PI-104=2.00", "CR-1=4.00");
    assertClaimBalances(claim);
    assertThat(claims.findById(claim).orElseThrow().getStatus())
        .isEqualTo(ClaimStatus.PATIENT_BALANCE);
  }

  @Test
  void providerLevelAdjustmentsArePostedAndTheirPaymentBalances() {
    List<Long> c = newClaims(2, "90834::130.00");
    String file =
        remittance(
            "160.50",
            clp(
                c.get(0),
                "1",
                "130.00",
                "104.00",
                "0",
                line(c.get(0), 1, "130.00", "104.00", "CAS*CO*45*26.00")),
            clp(
                c.get(1),
                "1",
                "130.00",
                "104.00",
                "0",
                line(c.get(1), 1, "130.00", "104.00", "CAS*CO*45*26.00")),
            "PLB*1234567893*20261231*WO:" + c.get(0) + "*50.00*L6:INTEREST*-2.50");

    Map<?, ?> summary = postTwice(file);

    assertThat(new BigDecimal(summary.get("providerAdjustments").toString()))
        .isEqualByComparingTo("47.50");
    assertThat((List<?>) summary.get("warnings")).isEmpty();
    assertThat(
            jdbc.sql(
                    """
                    select string_agg(a.reason_code || '=' || a.amount, ',' order by a.id)
                    from provider_adjustment a join remittance_payment p
                      on p.id = a.remittance_payment_id
                    where p.trace_number = ?
                    """)
                .param(lastTrace)
                .query(String.class)
                .single())
        .isEqualTo("WO=50.00,L6=-2.50");
  }

  @Test
  void aReversalUndoesTheEarlierPaymentItsCorrectionPostsAsNewAndATakeBackIsKept() {
    List<Long> c = newClaims(2, "90834::130.00");
    long claim = c.get(0);
    postTwice(
        remittance(
            "104.00",
            clp(
                claim,
                "1",
                "130.00",
                "104.00",
                "0",
                line(claim, 1, "130.00", "104.00", "CAS*CO*45*26.00"))));
    assertThat(paid(claim)).isEqualByComparingTo("104.00");

    postTwice(
        remittance(
            "6.00",
            clp(
                claim,
                "22",
                "-130.00",
                "-104.00",
                "0",
                line(claim, 1, "-130.00", "-104.00", "CAS*CO*45*-26.00")),
            clp(
                claim,
                "1",
                "130.00",
                "110.00",
                "0",
                line(claim, 1, "130.00", "110.00", "CAS*CO*45*20.00"))));

    assertThat(paid(claim)).isEqualByComparingTo("110.00");
    assertThat(claims.findById(claim).orElseThrow().getStatus()).isEqualTo(ClaimStatus.PAID);
    assertThat(adjusted(claim)).isEqualByComparingTo("20.00");

    // the payer recovers 6.00 in a later payment, at provider level
    Map<?, ?> takeBack =
        postTwice(
            remittance(
                "98.00",
                clp(
                    c.get(1),
                    "1",
                    "130.00",
                    "104.00",
                    "0",
                    line(c.get(1), 1, "130.00", "104.00", "CAS*CO*45*26.00")),
                "PLB*1234567893*20261231*WO:" + claim + "*6.00"));
    assertThat((List<?>) takeBack.get("warnings")).isEmpty();
    assertThat(
            jdbc.sql("select sum(amount) from provider_adjustment where reference = ?")
                .param(String.valueOf(claim))
                .query(BigDecimal.class)
                .single())
        .isEqualByComparingTo("6.00");
  }

  @Test
  void linesMatchByLineControlNumberElseByCodeModifiersAndDateElseByCodeAndDate() {
    long claim = newClaims(1, "90834:95:130.00", "90785::15.00").get(0);
    long psychotherapy = lineOf(claim, 1);
    long complexity = lineOf(claim, 2);

    postTwice(
        remittance(
            "116.00",
            clp(
                claim,
                "1",
                "145.00",
                "116.00",
                "0",
                // the payer dropped modifier 95 and sent no REF*6R
                "SVC*HC:90785*15.00*12.00**1~DTM*472*20260316~CAS*CO*45*3.00",
                "SVC*HC:90834*130.00*104.00**1~DTM*472*20260316~CAS*CO*45*26.00")));

    assertThat(
            jdbc.sql(
                    "select claim_line_id from payment where claim_id = ? order by service_ordinal")
                .param(claim)
                .query(Long.class)
                .list())
        .containsExactly(complexity, psychotherapy);
    assertClaimBalances(claim);
  }

  @Test
  void theSamePaymentPostsOnceAndTheSameTraceWithOtherContentIsQuarantinedForABiller() {
    long claim = newClaims(1, "90834::130.00").get(0);
    String trace = "TRACE" + CONTROL.incrementAndGet();
    String paidClaim =
        clp(
            claim,
            "1",
            "130.00",
            "104.00",
            "0",
            line(claim, 1, "130.00", "104.00", "CAS*CO*45*26.00"));
    postTwice(remittanceTraced(CONTROL.incrementAndGet(), trace, "104.00", paidClaim));

    // the payer sends the same payment again in a new interchange
    Map<?, ?> resent =
        post(remittanceTraced(CONTROL.incrementAndGet(), trace, "104.00", paidClaim));
    assertThat(resent.get("duplicate")).isEqualTo(true);
    assertThat(paid(claim)).isEqualByComparingTo("104.00");

    // … and then under the same trace with other money
    String other =
        remittanceTraced(
            CONTROL.incrementAndGet(),
            trace,
            "94.00",
            clp(
                claim,
                "1",
                "130.00",
                "94.00",
                "0",
                line(claim, 1, "130.00", "94.00", "CAS*CO*45*36.00")));
    Map<?, ?> quarantined = postTwice(other);

    assertThat((List<Object>) quarantined.get("quarantined")).containsExactly(trace);
    assertThat(paid(claim)).isEqualByComparingTo("104.00");
    assertThat(
            jdbc.sql(
                    "select count(*) from remittance_payment where trace_number = ?"
                        + " and status = 'QUARANTINED' and quarantined_x12 is not null")
                .param(trace)
                .query(Long.class)
                .single())
        .isOne();
    List<Task> review =
        taskService
            .createTaskQuery()
            .processDefinitionKey(RemittanceReviewProcess.QUARANTINED_KEY)
            .processVariableValueEquals(RemittanceReviewProcess.TRACE_NUMBER, trace)
            .taskCandidateGroup("billers")
            .list();
    assertThat(review).hasSize(1);
    assertThat(review.get(0).getTaskDefinitionKey())
        .isEqualTo(RemittanceReviewProcess.REVIEW_QUARANTINED_REMITTANCE);
  }

  @Test
  void aRemittanceForAnUnknownClaimBecomesAnUnmatchedRemittanceTask() {
    long known = newClaims(1, "90834::130.00").get(0);
    String unknown = "NOSUCH" + CONTROL.incrementAndGet();
    Map<?, ?> summary =
        postTwice(
            remittance(
                "179.00",
                clp(
                    known,
                    "1",
                    "130.00",
                    "104.00",
                    "0",
                    line(known, 1, "130.00", "104.00", "CAS*CO*45*26.00")),
                "CLP*"
                    + unknown
                    + "*1*100.00*75.00*0*12*PCNX*11*1~SVC*HC:90832*100.00*75.00**1~DTM*472*20260316~CAS*CO*45*25.00"));

    assertThat((List<Object>) summary.get("unmatched")).containsExactly(unknown);
    assertThat((List<?>) summary.get("warnings")).isEmpty();
    assertThat(
            jdbc.sql("select amount from unmatched_remittance where patient_control_number = ?")
                .param(unknown)
                .query(BigDecimal.class)
                .single())
        .isEqualByComparingTo("75.00");
    List<Task> tasks =
        taskService
            .createTaskQuery()
            .processDefinitionKey(RemittanceReviewProcess.UNMATCHED_KEY)
            .processVariableValueEquals(RemittanceReviewProcess.PATIENT_CONTROL_NUMBER, unknown)
            .taskCandidateGroup("billers")
            .list();
    assertThat(tasks).hasSize(1);
    assertThat(taskService.getVariable(tasks.get(0).getId(), RemittanceReviewProcess.AMOUNT_PAID))
        .isEqualTo("75.00");
  }

  @Test
  void aFaultLateInTheFileRefusesItWholeAndPostsNothingOfIt() {
    long claim = newClaims(1, "90834::130.00").get(0);
    String file =
        remittance(
            "104.00",
            clp(
                claim,
                "1",
                "130.00",
                "104.00",
                "0",
                line(claim, 1, "130.00", "104.00", "CAS*CO*45*26.00")),
            "CLP*" + claim + "*1*ABC*0.00*0*12*PCNX*11*1");

    ResponseEntity<Map> response = postRaw(file);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat(response.getBody().get("segmentId")).isEqualTo("CLP");
    assertThat(paid(claim)).isEqualByComparingTo("0");
  }

  @Test
  void toleratesAByteOrderMarkCarriageReturnsAndIndentation() {
    long claim = newClaims(1, "90834::130.00").get(0);
    String file =
        remittance(
            "104.00",
            clp(
                claim,
                "1",
                "130.00",
                "104.00",
                "0",
                line(claim, 1, "130.00", "104.00", "CAS*CO*45*26.00")));

    postTwice("\uFEFF" + file.replace("~\n", "~\r\n  "));

    assertThat(paid(claim)).isEqualByComparingTo("104.00");
  }

  // ---- helpers ----

  private String lastTrace;

  private List<Long> newClaims(int count, String... lines) {
    ClaimWorld.Insured insured = world.patientCoveredBy(world.medicaid());
    return AcceptedClaims.insert(jdbc, insured, world.lcsw(null).getId(), count, lines);
  }

  private String remittance(String total, String... claimLoops) {
    int control = CONTROL.incrementAndGet();
    return remittanceTraced(control, "T" + control, total, claimLoops);
  }

  private String remittanceTraced(int control, String trace, String total, String... loops) {
    lastTrace = trace;
    List<String> body = new ArrayList<>();
    body.add("ST*835*0001");
    body.add(
        "BPR*I*"
            + total
            + "*C*ACH*CCP*01*999999999*DA*123456*1512345678**01*999988880*DA*98765*20260401");
    body.add("TRN*1*" + trace + "*1512345678");
    body.add("N1*PR*TEST PLAN*XV*TESTPLAN01");
    body.add("N1*PE*TEST PRACTICE*XX*1234567893");
    body.add("LX*1");
    for (String loop : loops) {
      body.addAll(List.of(loop.split("~")));
    }
    return ClaimSubmissionAndRemittanceTests.X12.envelope(control, "HP", "005010X221A1", body);
  }

  private static String clp(
      long claimId, String status, String charge, String paid, String patient, String... lines) {
    return "CLP*%d*%s*%s*%s*%s*12*PCN%d*11*1~%s"
        .formatted(claimId, status, charge, paid, patient, claimId, String.join("~", lines));
  }

  private String line(long claimId, int number, String charge, String paid, String... cas) {
    return "SVC*HC:90834*%s*%s**1~DTM*472*20260316~%s~REF*6R*%d"
        .formatted(charge, paid, String.join("~", cas), lineOf(claimId, number));
  }

  private long lineOf(long claimId, int number) {
    return jdbc.sql("select id from claim_line where claim_id = ? and line_number = ?")
        .params(claimId, number)
        .query(Long.class)
        .single();
  }

  /** Posts the file twice; the second time must post nothing new and say so. */
  private Map<?, ?> postTwice(String x12) {
    Map<?, ?> first = post(x12);
    long payments = jdbc.sql("select count(*) from payment").query(Long.class).single();
    Map<?, ?> again = post(x12);
    assertThat(again.get("duplicate")).isEqualTo(true);
    assertThat(jdbc.sql("select count(*) from payment").query(Long.class).single())
        .isEqualTo(payments);
    return first;
  }

  private Map<?, ?> post(String x12) {
    ResponseEntity<Map> response = postRaw(x12);
    assertThat(response.getStatusCode())
        .as(String.valueOf(response.getBody()))
        .isEqualTo(HttpStatus.OK);
    return response.getBody();
  }

  private ResponseEntity<Map> postRaw(String x12) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.TEXT_PLAIN);
    return DemoLogins.as(http, "biller")
        .postForEntity("/api/edi/inbound", new HttpEntity<>(x12, headers), Map.class);
  }

  private List<ClaimStatus> statuses(List<Long> ids) {
    return ids.stream().map(id -> claims.findById(id).orElseThrow().getStatus()).toList();
  }

  private BigDecimal paid(long claimId) {
    return jdbc.sql("select coalesce(sum(amount), 0) from payment where claim_id = ?")
        .param(claimId)
        .query(BigDecimal.class)
        .single();
  }

  private BigDecimal adjusted(long claimId) {
    return jdbc.sql("select coalesce(sum(amount), 0) from adjustment where claim_id = ?")
        .param(claimId)
        .query(BigDecimal.class)
        .single();
  }

  /** Per posted claim payment: charge − adjustments = paid, per line and in total. */
  private void assertClaimBalances(long claimId) {
    List<String> faults =
        jdbc.sql(
                """
                select p.remittance_payment_id || '/' || p.claim_ordinal || '/' || p.service_ordinal
                from payment p
                where p.claim_id = ?
                  and p.charge - coalesce((select sum(a.amount) from adjustment a
                                           where a.remittance_payment_id = p.remittance_payment_id
                                             and a.claim_ordinal = p.claim_ordinal
                                             and a.service_ordinal = p.service_ordinal), 0)
                      <> p.amount
                """)
            .param(claimId)
            .query(String.class)
            .list();
    assertThat(faults).as("unbalanced payment lines of claim " + claimId).isEmpty();
  }
}
