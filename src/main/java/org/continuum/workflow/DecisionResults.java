package org.continuum.workflow;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.continuum.claim.Defect;
import org.operaton.bpm.dmn.engine.DmnDecisionResult;
import org.operaton.bpm.engine.variable.Variables;
import org.operaton.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Component;

/**
 * Hands a business-rule task's result to the step right after it, in the task's output mapping
 * ({@code ${decisionResults.linesForNextStep(decisionResult)}}). The values are transient: the step
 * reads them in the same transaction, and one that a person's task needs stores it then ({@link
 * StepVariables#setForPerson}); a clean claim writes none of them to the runtime or history tables.
 * A collect-hit result is flattened into plain text: a list of maps would need Java serialization,
 * which the engine refuses for good reasons; one line per matched rule, "code TAB explanation",
 * does not. Public because the expression language only calls methods of public classes.
 */
@Component("decisionResults")
public class DecisionResults {

  static final String CODE = "editCode";
  static final String EXPLANATION = "explanation";

  /** One output of a single-result decision, for this transaction only. */
  public TypedValue entryForNextStep(DmnDecisionResult result, String output) {
    if (result.getSingleResult() == null) {
      throw new IllegalStateException("The decision found no rule, so it gives no " + output);
    }
    return Variables.untypedValue(result.getSingleResult().getEntry(output), true);
  }

  /** {@link #lines}, for this transaction only. */
  public TypedValue linesForNextStep(DmnDecisionResult result) {
    return Variables.stringValue(lines(result), true);
  }

  /** The matched rules as text, one line each; what models deployed before stored. */
  public String lines(DmnDecisionResult result) {
    return result.getResultList().stream()
        .map(DecisionResults::line)
        .distinct()
        .collect(Collectors.joining("\n"));
  }

  private static String line(Map<String, Object> entry) {
    return clean(entry.get(CODE)) + "\t" + clean(entry.get(EXPLANATION));
  }

  private static String clean(Object value) {
    return value == null ? "" : value.toString().replace('\n', ' ').replace('\t', ' ');
  }

  static List<Defect> defects(String lines) {
    if (lines == null || lines.isBlank()) {
      return List.of();
    }
    return Arrays.stream(lines.split("\n"))
        .filter(l -> !l.isBlank())
        .map(l -> l.split("\t", 2))
        .map(p -> new Defect(p[0], p.length > 1 ? p[1] : p[0]))
        .toList();
  }
}
