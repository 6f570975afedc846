package org.continuum.support;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.awaitility.core.ConditionTimeoutException;
import org.continuum.reconciliation.Reconciliation;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * "Nothing lost", checked after every integration test: the reconciliation runs before and after
 * each test method, and whatever the test added to its findings (a claim in two batches, a settled
 * claim with money unaccounted for, a reused control number, a new engine incident) fails the test
 * with the check's name and the claim, batch or incident ids. Findings that were there before the
 * test are another test's, reported once by that test. A test that makes incidents on purpose says
 * so with {@link ExpectsIncidents}.
 */
public class ReconciliationCheck implements TestExecutionListener {

  private static final Duration SETTLING_TIME = Duration.ofSeconds(20);

  private static final String BEFORE = ReconciliationCheck.class.getName() + ".before";
  private static final String INCIDENTS = ReconciliationCheck.class.getName() + ".incidents";

  @Override
  public void beforeTestMethod(TestContext context) {
    Reconciliation reconciliation = reconciliation(context);
    context.setAttribute(BEFORE, reconciliation.run().findings());
    context.setAttribute(INCIDENTS, reconciliation.openIncidents());
  }

  @Override
  @SuppressWarnings("unchecked")
  public void afterTestMethod(TestContext context) {
    List<Reconciliation.Finding> before =
        (List<Reconciliation.Finding>) context.removeAttribute(BEFORE);
    List<String> incidentsBefore = (List<String>) context.removeAttribute(INCIDENTS);
    if (before == null) {
      return;
    }
    Reconciliation reconciliation = reconciliation(context);
    List<String> problems = new ArrayList<>(settledFindings(reconciliation, before));
    boolean incidentsExpected =
        AnnotatedElementUtils.hasAnnotation(context.getTestClass(), ExpectsIncidents.class)
            || AnnotatedElementUtils.hasAnnotation(context.getTestMethod(), ExpectsIncidents.class);
    if (!incidentsExpected) {
      reconciliation.openIncidents().stream()
          .filter(i -> !incidentsBefore.contains(i))
          .map(i -> "unexpected-incident: " + i)
          .forEach(problems::add);
    }
    if (!problems.isEmpty()) {
      throw new AssertionError(
          "Reconciliation after "
              + context.getTestClass().getSimpleName()
              + "."
              + context.getTestMethod().getName()
              + " found "
              + problems.size()
              + " problem(s):\n  "
              + String.join("\n  ", problems));
    }
  }

  /**
   * New findings that are still there after a short settling time. A test ends when its own
   * assertion holds, while another thread (the inbox poller, the job executor) may be half-way
   * through files of the same payer: a reversal posted before the payment it reverses leaves the
   * claim unbalanced until that payment posts a moment later. Only what stays wrong counts.
   */
  private static List<String> settledFindings(
      Reconciliation reconciliation, List<Reconciliation.Finding> before) {
    AtomicReference<List<String>> found = new AtomicReference<>(List.of());
    try {
      await()
          .pollDelay(Duration.ZERO)
          .pollInterval(Duration.ofMillis(500))
          .atMost(SETTLING_TIME)
          .until(
              () -> {
                found.set(
                    reconciliation.run().findings().stream()
                        .filter(f -> !before.contains(f))
                        .map(Reconciliation.Finding::toString)
                        .toList());
                return found.get().isEmpty();
              });
    } catch (ConditionTimeoutException stillThere) {
      // reported below, as found the last time
    }
    return found.get();
  }

  private static Reconciliation reconciliation(TestContext context) {
    return context.getApplicationContext().getBean(Reconciliation.class);
  }
}
