package org.continuum.ar;

import java.util.Collection;
import java.util.Map;

/**
 * Finds the lifecycle process instance of claims, so a figure on the dashboard can link to the
 * claim's history in Cockpit. Implemented by the workflow module, the only one that knows the
 * engine.
 */
public interface ClaimProcesses {

  /** The process instance id of each claim that has one, keyed by claim id. */
  Map<Long, String> processInstanceIds(Collection<Long> claimIds);
}
