package org.continuum.workflow;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.continuum.security.UserDirectory;
import org.operaton.bpm.engine.IdentityService;
import org.operaton.bpm.engine.identity.Group;
import org.springframework.stereotype.Component;

/** Log-in against the engine's identity store, the same one Tasklist and Cockpit use. */
@Component
class EngineUserDirectory implements UserDirectory {

  private final IdentityService identityService;

  EngineUserDirectory(IdentityService identityService) {
    this.identityService = identityService;
  }

  @Override
  public Optional<DirectoryUser> authenticate(String userId, String password) {
    if (!identityService.checkPassword(userId, password)) {
      return Optional.empty();
    }
    return Optional.of(new DirectoryUser(userId, groupsOf(userId)));
  }

  Set<String> groupsOf(String userId) {
    return identityService.createGroupQuery().groupMember(userId).list().stream()
        .map(Group::getId)
        .collect(Collectors.toUnmodifiableSet());
  }
}
