package org.continuum.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Authenticates against the {@link UserDirectory}; a user's groups become their roles. A user name
 * with too many recent failures is refused before the directory is asked (see {@link
 * LoginAttempts}); both refusals read the same for names that exist and names that do not.
 */
@Component
class DirectoryAuthenticationProvider implements AuthenticationProvider {

  static final String BAD_CREDENTIALS = "Bad user name or password";
  static final String LOCKED =
      "Too many failed log-ins with this user name: log-in is refused for a while; try again later";

  private final UserDirectory directory;
  private final LoginAttempts attempts;

  DirectoryAuthenticationProvider(UserDirectory directory, LoginAttempts attempts) {
    this.directory = directory;
    this.attempts = attempts;
  }

  @Override
  public Authentication authenticate(Authentication authentication) {
    String userId = authentication.getName();
    Object credentials = authentication.getCredentials();
    if (userId == null || userId.isBlank() || credentials == null) {
      throw new BadCredentialsException("User name and password are required");
    }
    if (attempts.isLocked(userId)) {
      throw new LockedException(LOCKED);
    }
    var found = directory.authenticate(userId, credentials.toString());
    if (found.isEmpty()) {
      attempts.failed(userId);
      throw new BadCredentialsException(attempts.isLocked(userId) ? LOCKED : BAD_CREDENTIALS);
    }
    attempts.succeeded(userId);
    return found
        .map(
            user ->
                UsernamePasswordAuthenticationToken.authenticated(
                    user.id(),
                    null,
                    user.groups().stream()
                        .map(group -> new SimpleGrantedAuthority("ROLE_" + Roles.roleOf(group)))
                        .toList()))
        .orElseThrow();
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
