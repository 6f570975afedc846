package org.continuum.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.continuum.workflow.AuthorizationRenewalProcess.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.continuum.authorization.AuthorizationRenewals;
import org.continuum.support.IntegrationTest;
import org.continuum.support.JsonApi;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.TaskService;
import org.operaton.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo as a coordinator finds it after start: booked visits give authorizations a forecast, and
 * every authorization near its end date, low on units or outrun by its bookings already has a
 * "Request renewal" task, without anyone moving a clock or running a job by hand.
 */
@IntegrationTest
class DemoRenewalTasksTests {

  @Autowired JdbcClient jdbc;
  @Autowired AuthorizationRenewals renewals;
  @Autowired TaskService taskService;
  @Autowired TestRestTemplate http;

  @Test
  void everyDemoAuthorizationDueForRenewalHasItsTaskSoonAfterStart() {
    LocalDate today = LocalDate.now();
    List<Long> demo =
        jdbc.sql(
                "select a.id from authorization_grant a join patient p on p.id = a.patient_id"
                    + " where p.external_id like 'EHR-%' and a.status = 'ACTIVE'"
                    + " and a.renewal_decision is null order by a.id")
            .query(Long.class)
            .list();
    assertThat(demo).isNotEmpty();
    List<Long> nearEnd =
        demo.stream().filter(id -> !renewals.plan(id).renewalDueOn().isAfter(today)).toList();
    List<Long> lowOnUnits =
        demo.stream().filter(id -> renewals.facts(id).burnDown().remaining() <= 3).toList();
    List<Long> outrunByBookings =
        demo.stream()
            .filter(id -> renewals.facts(id).burnDown().remaining() > 3)
            .filter(id -> renewals.facts(id).burnDown().runsOutBeforeEndDate())
            .toList();
    List<Long> notDue =
        demo.stream()
            .filter(id -> !renewals.plan(id).atRiskNow())
            .filter(id -> renewals.plan(id).renewalDueOn().isAfter(today))
            .toList();
    assertThat(nearEnd).as("near their end date").isNotEmpty();
    assertThat(lowOnUnits).as("with few units left").isNotEmpty();
    assertThat(outrunByBookings).as("with bookings that outrun their units").isNotEmpty();
    assertThat(notDue).as("with time to spare").isNotEmpty();

    Set<Long> due = demo.stream().filter(id -> !notDue.contains(id)).collect(Collectors.toSet());
    await()
        .atMost(Duration.ofSeconds(120))
        .pollInterval(Duration.ofSeconds(1))
        .untilAsserted(
            () -> assertThat(withRenewalTask(due)).containsExactlyInAnyOrderElementsOf(due));

    long forecast = outrunByBookings.get(0);
    JsonNode usage =
        JsonApi.as(http, "authorizer")
            .get("/api/authorizations/" + forecast)
            .getBody()
            .get("usage");
    assertThat(usage.get("runsOutBeforeEndDate").asBoolean()).isTrue();
    assertThat(usage.get("forecastExhaustionDate").asText()).isNotBlank();
    Task request = requestTask(forecast);
    assertThat((String) taskService.getVariable(request.getId(), AFFECTED_APPOINTMENTS))
        .as("the visits beyond the units are listed on the task")
        .isNotEqualTo("None booked.");
  }

  private Set<Long> withRenewalTask(Set<Long> authorizationIds) {
    return authorizationIds.stream()
        .filter(id -> requestTask(id) != null)
        .collect(Collectors.toSet());
  }

  private Task requestTask(long authorizationId) {
    return taskService
        .createTaskQuery()
        .processInstanceBusinessKey(String.valueOf(authorizationId))
        .taskDefinitionKey(REQUEST_RENEWAL)
        .singleResult();
  }
}
