package org.continuum.workflow;

import java.util.List;
import java.util.stream.Collectors;
import org.continuum.claim.Defect;

/**
 * Defects as the text a form shows: one explanation per line. Process variables stay plain strings,
 * readable in Tasklist and Cockpit without Java serialization.
 */
final class DefectText {

  private DefectText() {}

  static String of(List<Defect> defects) {
    return defects.stream().map(d -> "• " + d.explanation()).collect(Collectors.joining("\n"));
  }
}
