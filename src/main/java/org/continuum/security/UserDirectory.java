package org.continuum.security;

import java.util.Optional;
import java.util.Set;

/** The identity store users log in against: the engine's users and groups. */
public interface UserDirectory {

  /** The user with their groups when the password is right, empty otherwise. */
  Optional<DirectoryUser> authenticate(String userId, String password);

  /** A user as the directory knows them. */
  record DirectoryUser(String id, Set<String> groups) {}
}
