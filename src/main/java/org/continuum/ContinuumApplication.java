package org.continuum;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Continuum: a workflow-driven back office for behavioral-health billing.
 *
 * <p>Started without a database configuration ({@code SPRING_DATASOURCE_URL}) and without a
 * profile, it starts an embedded PostgreSQL and the {@code demo} profile, so that a newcomer sees a
 * working practice with one command. Given a database, it starts clean: no demo data and no users
 * unless the {@code demo} profile is asked for.
 */
@SpringBootApplication
@EnableScheduling
public class ContinuumApplication {

  public static void main(String[] args) {
    SpringApplication application = new SpringApplication(ContinuumApplication.class);
    if (DefaultProfile.demoIsDefault(System.getenv(), System.getProperties(), args)) {
      application.setAdditionalProfiles(DefaultProfile.DEMO);
    }
    application.run(args);
  }
}
