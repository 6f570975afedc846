package org.continuum.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on a real embedded PostgreSQL with the real engine and the demo practice,
 * served on a random port, with batch cuts and inbox polling left to the tests. Every test class
 * with this annotation shares one Spring context, so the database and engine start once per build.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      // the application leaves the schema to Flyway unchecked; the tests check the entities match
      "spring.jpa.hibernate.ddl-auto=validate",
      // tests cut batches and read the inbox themselves, never on a schedule
      "continuum.submission.scheduled-cut=false",
      "continuum.clearinghouse.poll-inbox=false",
      "continuum.clearinghouse.outbox=target/clearinghouse/outbox",
      "continuum.clearinghouse.inbox=target/clearinghouse/inbox"
    })
@ActiveProfiles("demo")
public @interface IntegrationTest {}
