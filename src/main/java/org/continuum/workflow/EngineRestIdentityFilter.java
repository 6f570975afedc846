package org.continuum.workflow;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.operaton.bpm.engine.IdentityService;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Tells the engine who calls its REST API, so that the engine's own authorizations apply: Spring
 * Security has already checked the password, this filter hands the user and their groups to the
 * engine for the length of the request.
 */
class EngineRestIdentityFilter extends OncePerRequestFilter {

  private final IdentityService identityService;
  private final EngineUserDirectory directory;

  EngineRestIdentityFilter(IdentityService identityService, EngineUserDirectory directory) {
    this.identityService = identityService;
    this.directory = directory;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication == null || !authentication.isAuthenticated()) {
      chain.doFilter(request, response);
      return;
    }
    String userId = authentication.getName();
    identityService.setAuthentication(userId, List.copyOf(directory.groupsOf(userId)));
    try {
      chain.doFilter(request, response);
    } finally {
      identityService.clearAuthentication();
    }
  }
}
