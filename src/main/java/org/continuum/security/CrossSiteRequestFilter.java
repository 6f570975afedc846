package org.continuum.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * CSRF protection for the stateless API. A browser that has the user's Basic credentials (the
 * dashboard asks for them) sends them with any request, including a form another site posts; a
 * token, as for session pages, would make every integration fetch one first. Instead, a changing
 * request (anything but GET, HEAD, OPTIONS) that a browser marks as coming from another site
 * ({@code Sec-Fetch-Site}) or whose {@code Origin} is not this server is refused with 403.
 * Integrations (curl, the EHR, Camunda Modeler) send neither header and pass.
 */
final class CrossSiteRequestFilter extends OncePerRequestFilter {

  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (!SAFE_METHODS.contains(request.getMethod()) && crossSite(request)) {
      response.setStatus(HttpStatus.FORBIDDEN.value());
      response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
      response
          .getWriter()
          .write(
              "{\"type\":\"about:blank\",\"title\":\"Forbidden\",\"status\":403,"
                  + "\"detail\":\"Cross-site request refused\"}");
      return;
    }
    chain.doFilter(request, response);
  }

  static boolean crossSite(HttpServletRequest request) {
    String site = request.getHeader("Sec-Fetch-Site");
    if (site != null && !site.equals("same-origin") && !site.equals("none")) {
      return true;
    }
    String origin = request.getHeader("Origin");
    if (origin == null) {
      return false;
    }
    try {
      URI uri = URI.create(origin);
      String host = request.getServerName();
      int port = request.getServerPort();
      int originPort =
          uri.getPort() != -1 ? uri.getPort() : "https".equals(uri.getScheme()) ? 443 : 80;
      return !(host.equalsIgnoreCase(uri.getHost())
          && port == originPort
          && request.getScheme().equalsIgnoreCase(uri.getScheme()));
    } catch (IllegalArgumentException | NullPointerException e) {
      return true; // "null" (a sandboxed page) or garbage: not this server
    }
  }
}
