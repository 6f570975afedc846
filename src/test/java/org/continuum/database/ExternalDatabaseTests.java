package org.continuum.database;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.continuum.ContinuumApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.IdentityService;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The production shape: the application is given a PostgreSQL it did not start. A server started by
 * the test stands in for the operator's database.
 */
class ExternalDatabaseTests {

  static EmbeddedPostgres operatorsDatabase;
  static ConfigurableApplicationContext application;

  @BeforeAll
  static void startAgainstAnExternalDatabase() throws Exception {
    operatorsDatabase = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
    application =
        new SpringApplicationBuilder(ContinuumApplication.class)
            .run(
                "--spring.datasource.url=" + operatorsDatabase.getJdbcUrl("postgres", "postgres"),
                "--spring.datasource.username=postgres",
                "--server.port=0",
                "--operaton.bpm.job-execution.enabled=false");
  }

  @AfterAll
  static void stop() throws Exception {
    if (application != null) {
      application.close();
    }
    operatorsDatabase.close();
  }

  @Test
  void startsNoEmbeddedDatabaseWhenOneIsConfigured() {
    assertThat(application.getBeanNamesForType(EmbeddedPostgres.class)).isEmpty();
    String port =
        application
            .getBean(JdbcTemplate.class)
            .queryForObject("select current_setting('port')", String.class);
    assertThat(Integer.parseInt(port)).isEqualTo(operatorsDatabase.getPort());
  }

  @Test
  void seedsNeitherUsersNorDemoData() {
    IdentityService identity = application.getBean(IdentityService.class);
    JdbcTemplate jdbc = application.getBean(JdbcTemplate.class);

    assertThat(identity.createUserQuery().count()).isZero();
    assertThat(jdbc.queryForObject("select count(*) from patient", Long.class)).isZero();
    assertThat(jdbc.queryForObject("select count(*) from payer", Long.class)).isZero();
    assertThat(application.getEnvironment().getActiveProfiles()).doesNotContain("demo");
  }

  @Test
  void createsTheProductGroupsForTheFirstAdministrator() {
    IdentityService identity = application.getBean(IdentityService.class);

    assertThat(identity.createGroupQuery().groupId("billers").count()).isOne();
    assertThat(identity.createGroupQuery().groupId("admins").count()).isOne();
  }
}
