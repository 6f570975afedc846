package org.continuum.workflow;

import java.util.List;
import org.continuum.security.Roles;
import org.springframework.stereotype.Component;

/**
 * Used from task definitions as {@code ${clinicianQueue.unlessAssigned(userId)}}: a task for a
 * named clinician goes to that clinician alone; without one, every clinician may take it.
 */
@Component
public class ClinicianQueue {

  public List<String> unlessAssigned(String clinicianUserId) {
    return clinicianUserId == null || clinicianUserId.isBlank()
        ? List.of(Roles.CLINICIANS)
        : List.of();
  }
}
