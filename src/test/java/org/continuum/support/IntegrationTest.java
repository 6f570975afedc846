package org.continuum.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestExecutionListeners;

/**
 * The whole application on a real embedded PostgreSQL with the real engine and the demo practice,
 * served on a random port, with batch cuts and inbox polling left to the tests. Every test class
 * with this annotation shares one Spring context, so the database and engine start once per build.
 * The clearinghouse drop boxes start empty ({@link FreshClearinghouse}). After every test the
 * reconciliation ({@link ReconciliationCheck}) checks that nothing was lost.
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
      // lost claim messages are caught up by the tests that look for them, never on a schedule
      "continuum.workflow.catch-up-interval=PT24H",
      "continuum.clearinghouse.outbox=target/clearinghouse/outbox",
      "continuum.clearinghouse.inbox=target/clearinghouse/inbox"
    })
@ActiveProfiles("demo")
@ContextConfiguration(initializers = FreshClearinghouse.class)
@TestExecutionListeners(
    listeners = ReconciliationCheck.class,
    mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
public @interface IntegrationTest {}
