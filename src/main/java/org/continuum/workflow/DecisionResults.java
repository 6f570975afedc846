package org.continuum.workflow;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.continuum.claim.Defect;
import org.operaton.bpm.dmn.engine.DmnDecisionResult;
import org.springframework.stereotype.Component;

/**
 * Flattens a collect-hit decision result into plain text for a process variable, in an output
 * mapping of the business-rule task ({@code ${decisionResults.lines(decisionResult)}}). A list of
 * maps would need Java serialization, which the engine refuses for good reasons; one line per
 * matched rule, "code TAB explanation", does not. Public because the expression language only calls
 * methods of public classes.
 */
@Component("decisionResults")
public class DecisionResults {

  static final String CODE = "editCode";
  static final String EXPLANATION = "explanation";

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
