package org.continuum.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/** Authenticates against the {@link UserDirectory}; a user's groups become their roles. */
@Component
class DirectoryAuthenticationProvider implements AuthenticationProvider {

  private final UserDirectory directory;

  DirectoryAuthenticationProvider(UserDirectory directory) {
    this.directory = directory;
  }

  @Override
  public Authentication authenticate(Authentication authentication) {
    String userId = authentication.getName();
    Object credentials = authentication.getCredentials();
    if (userId == null || userId.isBlank() || credentials == null) {
      throw new BadCredentialsException("User name and password are required");
    }
    return directory
        .authenticate(userId, credentials.toString())
        .map(
            user ->
                UsernamePasswordAuthenticationToken.authenticated(
                    user.id(),
                    null,
                    user.groups().stream()
                        .map(group -> new SimpleGrantedAuthority("ROLE_" + Roles.roleOf(group)))
                        .toList()))
        .orElseThrow(() -> new BadCredentialsException("Bad user name or password"));
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
