package org.continuum.support;

import java.util.ArrayList;
import java.util.List;
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
    List<String> problems = new ArrayList<>();
    reconciliation.run().findings().stream()
        .filter(f -> !before.contains(f))
        .map(Reconciliation.Finding::toString)
        .forEach(problems::add);
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

  private static Reconciliation reconciliation(TestContext context) {
    return context.getApplicationContext().getBean(Reconciliation.class);
  }
}
