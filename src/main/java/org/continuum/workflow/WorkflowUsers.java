package org.continuum.workflow;

import java.util.Collection;
import org.operaton.bpm.engine.IdentityService;
import org.operaton.bpm.engine.identity.User;
import org.springframework.stereotype.Service;

/**
 * Creates users in the engine's identity store: the one store for log-in to Tasklist, Cockpit,
 * Admin and the API. Used by the demo profile; outside it, administrators create users in Admin.
 */
@Service
public class WorkflowUsers {

  private final IdentityService identityService;

  WorkflowUsers(IdentityService identityService) {
    this.identityService = identityService;
  }

  /** Creates the user unless it exists, and adds it to each group it is not yet a member of. */
  public void ensureUser(
      String userId,
      String firstName,
      String lastName,
      String email,
      String password,
      Collection<String> groups) {
    if (identityService.createUserQuery().userId(userId).count() == 0) {
      User user = identityService.newUser(userId);
      user.setFirstName(firstName);
      user.setLastName(lastName);
      user.setEmail(email);
      user.setPassword(password);
      identityService.saveUser(user);
    }
    for (String group : groups) {
      if (identityService.createUserQuery().userId(userId).memberOfGroup(group).count() == 0) {
        identityService.createMembership(userId, group);
      }
    }
  }
}
