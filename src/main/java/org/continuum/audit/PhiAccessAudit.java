package org.continuum.audit;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Records every API request that reads or changes PHI, after it was answered: who, which kind of
 * subject and its id from the path, the mapping (its pattern, not the values) with the answer's
 * status, and the names of query parameters (their values may be PHI, such as a patient's external
 * id). The modules that own the data need not remember to audit their endpoints; a new endpoint
 * under one of these paths is audited from its first request.
 */
@Configuration(proxyBeanMethods = false)
class PhiAccessAudit implements WebMvcConfigurer, HandlerInterceptor {

  private static final Logger log = LoggerFactory.getLogger(PhiAccessAudit.class);

  /** Path prefixes whose answers or bodies hold PHI, and the subject type each names. */
  private static final List<Map.Entry<String, String>> SUBJECTS =
      List.of(
          Map.entry("/api/patients", "patient"),
          Map.entry("/api/coverages", "coverage"),
          Map.entry("/api/sessions", "session"),
          Map.entry("/api/claims", "claim"),
          Map.entry("/api/appointments", "appointment"),
          Map.entry("/api/authorizations", "authorization"),
          Map.entry("/api/ar/aging/claims", "claim"),
          Map.entry("/api/edi/outbound/batches", "claim-batch"),
          Map.entry("/api/edi/inbound", "payer-file"));

  private final AuditTrail trail;

  PhiAccessAudit(AuditTrail trail) {
    this.trail = trail;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(this).addPathPatterns("/api/**");
  }

  @Override
  public void afterCompletion(
      HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
    Principal user = request.getUserPrincipal();
    String pattern = (String) request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
    if (user == null || pattern == null) {
      return;
    }
    String subjectType = subjectOf(pattern);
    if (subjectType == null) {
      return;
    }
    @SuppressWarnings("unchecked")
    Map<String, String> variables =
        (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
    String subjectId = variables == null ? null : variables.get("id");
    String detail =
        request.getMethod()
            + " "
            + pattern
            + " "
            + response.getStatus()
            + (request.getParameterMap().isEmpty()
                ? ""
                : " params " + String.join(",", Collections.list(request.getParameterNames())));
    try {
      trail.record(user.getName(), actionOf(request.getMethod()), subjectType, subjectId, detail);
    } catch (RuntimeException e) {
      log.error("Could not record an audit entry for {} {}", request.getMethod(), pattern, e);
    }
  }

  static String subjectOf(String pattern) {
    return SUBJECTS.stream()
        .filter(s -> pattern.equals(s.getKey()) || pattern.startsWith(s.getKey() + "/"))
        .map(Map.Entry::getValue)
        .reduce((first, more) -> more) // the longest prefix is listed last
        .orElse(null);
  }

  private static String actionOf(String method) {
    return switch (method) {
      case "GET", "HEAD" -> "VIEW";
      case "POST" -> "CREATE";
      case "DELETE" -> "DELETE";
      default -> "CHANGE";
    };
  }
}
