package org.continuum;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.continuum.security.Roles;
import org.continuum.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.AuthorizationService;
import org.operaton.bpm.engine.IdentityService;
import org.operaton.bpm.engine.authorization.Permissions;
import org.operaton.bpm.engine.authorization.Resources;
import org.operaton.bpm.engine.identity.Group;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class ApplicationStartTests {

  @Autowired TestRestTemplate http;
  @Autowired JdbcTemplate jdbc;
  @Autowired IdentityService identityService;
  @Autowired AuthorizationService authorizationService;

  @Test
  void reportsHealthyWithoutCredentials() {
    var response = http.getForEntity("/actuator/health", String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getBody()).contains("\"status\":\"UP\"");
  }

  @Test
  void runsOnPostgresWithEveryMigrationApplied() {
    String version = jdbc.queryForObject("select version()", String.class);
    List<Boolean> migrations =
        jdbc.queryForList("select success from flyway_schema_history", Boolean.class);

    assertThat(version).startsWith("PostgreSQL");
    assertThat(migrations).isNotEmpty().containsOnly(true);
  }

  @Test
  void keepsEngineTablesBesideOurs() {
    Integer engineTables =
        jdbc.queryForObject(
            "select count(*) from information_schema.tables where lower(table_name) like 'act_%'",
            Integer.class);

    assertThat(engineTables).isGreaterThan(40);
  }

  @Test
  void createsEveryProductGroupInTheEngine() {
    List<String> groups =
        identityService.createGroupQuery().list().stream().map(Group::getId).toList();

    assertThat(groups).containsAll(Roles.ALL);
  }

  @Test
  void seedsOneDemoUserPerGroup() {
    assertThat(
            identityService.createUserQuery().memberOfGroup(Roles.BILLERS).userId("biller").count())
        .isOne();
    assertThat(identityService.checkPassword("manager", "demo")).isTrue();
    assertThat(
            identityService
                .createUserQuery()
                .memberOfGroup(Roles.CLINICIANS)
                .userId("clinician")
                .count())
        .isOne();
  }

  @Test
  void grantsTasklistToBillersButAdminOnlyToAdmins() {
    assertThat(
            authorizationService.isUserAuthorized(
                "biller",
                List.of(Roles.BILLERS),
                Permissions.ACCESS,
                Resources.APPLICATION,
                "tasklist"))
        .isTrue();
    assertThat(
            authorizationService.isUserAuthorized(
                "biller",
                List.of(Roles.BILLERS),
                Permissions.ACCESS,
                Resources.APPLICATION,
                "admin"))
        .isFalse();
    assertThat(
            authorizationService.isUserAuthorized(
                "admin", List.of(Roles.ADMINS), Permissions.ACCESS, Resources.APPLICATION, "admin"))
        .isTrue();
  }
}
