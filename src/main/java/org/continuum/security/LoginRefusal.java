package org.continuum.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * Answers a missing or refused log-in with 401, the Basic challenge (so a browser asks for the
 * password) and a problem document that says why: no credentials, wrong credentials, or a user name
 * locked after too many failures. The words never depend on whether the user exists.
 */
final class LoginRefusal implements AuthenticationEntryPoint {

  private final String realm;

  LoginRefusal(String realm) {
    this.realm = realm;
  }

  @Override
  public void commence(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException refusal)
      throws IOException {
    String detail =
        refusal instanceof BadCredentialsException || refusal instanceof LockedException
            ? refusal.getMessage()
            : "Log in with HTTP Basic (user name and password)";
    response.setStatus(HttpStatus.UNAUTHORIZED.value());
    response.setHeader("WWW-Authenticate", "Basic realm=\"" + realm + "\"");
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    response
        .getWriter()
        .write(
            "{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,\"detail\":\""
                + detail.replace("\\", "\\\\").replace("\"", "\\\"")
                + "\"}");
  }
}
