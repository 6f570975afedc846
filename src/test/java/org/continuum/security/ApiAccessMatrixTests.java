package org.continuum.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.continuum.support.DemoLogins;
import org.continuum.support.IntegrationTest;
import org.continuum.workflow.WorkflowUsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.server.PathContainer;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The role-by-endpoint matrix of the CRUD API, checked over HTTP with the demo users. "allowed"
 * means the request passed security (any answer but 401 or 403); a write with an empty body then
 * fails validation with 422, which is enough to show the door was open.
 */
@IntegrationTest
class ApiAccessMatrixTests {

  @Autowired TestRestTemplate http;
  @Autowired WorkflowUsers users;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  static Stream<Arguments> matrix() {
    return Stream.of(
        // endpoint, method, allowed users, refused users
        row(
            "/api/patients",
            HttpMethod.GET,
            "biller authorizer lead manager admin",
            "clinician analyst"),
        row(
            "/api/patients",
            HttpMethod.POST,
            "biller lead admin",
            "authorizer clinician manager analyst"),
        row(
            "/api/coverages",
            HttpMethod.GET,
            "biller authorizer lead manager admin",
            "clinician analyst"),
        row(
            "/api/coverages",
            HttpMethod.POST,
            "biller lead admin",
            "authorizer clinician manager analyst"),
        row(
            "/api/clinicians",
            HttpMethod.GET,
            "biller authorizer lead manager analyst admin",
            "clinician"),
        row(
            "/api/clinicians",
            HttpMethod.POST,
            "lead manager admin",
            "biller authorizer clinician analyst"),
        row(
            "/api/payers",
            HttpMethod.GET,
            "biller authorizer lead manager analyst admin",
            "clinician"),
        row(
            "/api/payers",
            HttpMethod.POST,
            "lead analyst admin",
            "biller authorizer clinician manager"),
        row(
            "/api/authorizations",
            HttpMethod.GET,
            "biller authorizer lead manager admin",
            "clinician analyst"),
        row(
            "/api/authorizations",
            HttpMethod.POST,
            "authorizer lead admin",
            "biller clinician manager analyst"),
        // changes and deletions: an unknown id answers 404 (or 422 for an empty body) once in
        row(
            "/api/coverages/0",
            HttpMethod.PUT,
            "biller lead admin",
            "authorizer clinician manager analyst"),
        row(
            "/api/coverages/0",
            HttpMethod.DELETE,
            "biller lead admin",
            "authorizer clinician manager analyst"),
        row(
            "/api/patients/0/coverages",
            HttpMethod.GET,
            "biller authorizer lead manager admin",
            "clinician analyst"),
        row(
            "/api/clinicians/0",
            HttpMethod.PUT,
            "lead manager admin",
            "biller authorizer clinician analyst"),
        row(
            "/api/clinicians/0",
            HttpMethod.DELETE,
            "lead manager admin",
            "biller authorizer clinician analyst"),
        row(
            "/api/organisation",
            HttpMethod.GET,
            "biller authorizer lead manager analyst admin",
            "clinician"),
        row(
            "/api/organisation/billing-providers/0",
            HttpMethod.PUT,
            "lead manager admin",
            "biller authorizer clinician analyst"),
        row(
            "/api/payers/0",
            HttpMethod.PUT,
            "lead analyst admin",
            "biller authorizer clinician manager"),
        row(
            "/api/payers/0",
            HttpMethod.DELETE,
            "lead analyst admin",
            "biller authorizer clinician manager"),
        row(
            "/api/payers/0/profile",
            HttpMethod.PUT,
            "lead analyst admin",
            "biller authorizer clinician manager"),
        row(
            "/api/payers/0/fee-schedules",
            HttpMethod.GET,
            "biller authorizer lead manager analyst admin",
            "clinician"),
        row(
            "/api/payers/0/fee-schedules",
            HttpMethod.POST,
            "lead analyst admin",
            "biller authorizer clinician manager"),
        row(
            "/api/authorizations/0",
            HttpMethod.PUT,
            "authorizer lead admin",
            "biller clinician manager analyst"),
        row(
            "/api/authorizations/0",
            HttpMethod.DELETE,
            "authorizer lead admin",
            "biller clinician manager analyst"),
        row(
            "/api/authorizations/0/burn-down",
            HttpMethod.GET,
            "biller authorizer lead manager admin",
            "clinician analyst"),
        row(
            "/api/authorizations/0/affected-appointments",
            HttpMethod.GET,
            "biller authorizer lead manager admin",
            "clinician analyst"),
        row(
            "/api/authorizations/0/renewal-decision",
            HttpMethod.POST,
            "authorizer lead admin",
            "biller clinician manager analyst"),
        row(
            "/api/appointments?patientId=0",
            HttpMethod.GET,
            "biller authorizer lead manager admin",
            "clinician analyst"),
        row(
            "/api/appointments",
            HttpMethod.POST,
            "biller authorizer lead admin",
            "clinician manager analyst"),
        row(
            "/api/appointments/import",
            HttpMethod.POST,
            "biller authorizer lead admin",
            "clinician manager analyst"),
        row(
            "/api/patients/0",
            HttpMethod.GET,
            "biller authorizer lead manager admin",
            "clinician analyst"),
        row(
            "/api/patients/0",
            HttpMethod.PUT,
            "biller lead admin",
            "authorizer clinician manager analyst"),
        row(
            "/api/patients/0",
            HttpMethod.DELETE,
            "biller lead admin",
            "authorizer clinician manager analyst"),
        row(
            "/api/coverages/0",
            HttpMethod.GET,
            "biller authorizer lead manager admin",
            "clinician analyst"),
        row(
            "/api/clinicians/0",
            HttpMethod.GET,
            "biller authorizer lead manager analyst admin",
            "clinician"),
        row(
            "/api/payers/0",
            HttpMethod.GET,
            "biller authorizer lead manager analyst admin",
            "clinician"),
        row(
            "/api/payers/0/profile",
            HttpMethod.GET,
            "biller authorizer lead manager analyst admin",
            "clinician"),
        row(
            "/api/payers/0/fee-schedules/0",
            HttpMethod.GET,
            "biller authorizer lead manager analyst admin",
            "clinician"),
        row(
            "/api/authorizations/0",
            HttpMethod.GET,
            "biller authorizer lead manager admin",
            "clinician analyst"),
        // sessions come from the EHR through billing staff; clinicians answer queries in Tasklist
        row(
            "/api/sessions",
            HttpMethod.POST,
            "biller lead admin",
            "authorizer clinician manager analyst"),
        row(
            "/api/sessions/import",
            HttpMethod.POST,
            "biller lead admin",
            "authorizer clinician manager analyst"),
        row(
            "/api/claims/0/appeal-letters",
            HttpMethod.GET,
            "biller authorizer lead manager admin",
            "clinician analyst"),
        row(
            "/api/claims/0/appeal-letters/0",
            HttpMethod.GET,
            "biller authorizer lead manager admin",
            "clinician analyst"),
        row(
            "/api/claims/0/appeal-decision",
            HttpMethod.POST,
            "biller lead admin",
            "authorizer clinician manager analyst"),
        row(
            "/api/claims/0/void",
            HttpMethod.POST,
            "biller lead admin",
            "authorizer clinician manager analyst"),
        row(
            "/api/claims/filing-deadlines",
            HttpMethod.GET,
            "biller authorizer lead manager admin",
            "clinician analyst"),
        // a clinician passes here and is narrowed to their own claims (ClinicianScopeTests)
        row(
            "/api/claims/0",
            HttpMethod.GET,
            "biller authorizer clinician lead manager admin",
            "analyst"),
        row(
            "/api/edi/outbound/batches",
            HttpMethod.GET,
            "biller lead manager admin",
            "authorizer clinician analyst"),
        row(
            "/api/edi/outbound/batches/0",
            HttpMethod.GET,
            "biller lead manager admin",
            "authorizer clinician analyst"),
        // cutting a batch for real would move other tests' claims: only the refusals are checked
        row(
            "/api/edi/outbound/batches",
            HttpMethod.POST,
            "",
            "authorizer clinician manager analyst"),
        row(
            "/api/edi/inbound",
            HttpMethod.POST,
            "biller lead admin",
            "authorizer clinician manager analyst"),
        row(
            "/api/ar/aging",
            HttpMethod.GET,
            "lead manager admin",
            "biller authorizer clinician analyst"),
        row(
            "/api/ar/aging/claims",
            HttpMethod.GET,
            "lead manager admin",
            "biller authorizer clinician analyst"),
        row(
            "/api/kpis",
            HttpMethod.GET,
            "lead manager admin",
            "biller authorizer clinician analyst"),
        row(
            "/dashboard",
            HttpMethod.GET,
            "lead manager admin",
            "biller authorizer clinician analyst"),
        row(
            "/dashboard/",
            HttpMethod.GET,
            "lead manager admin",
            "biller authorizer clinician analyst"),
        row(
            "/api/audit",
            HttpMethod.GET,
            "admin",
            "biller authorizer clinician lead manager analyst"),
        row(
            "/api/audit/verify",
            HttpMethod.GET,
            "admin",
            "biller authorizer clinician lead manager analyst"),
        row(
            "/api/admin/reconciliation",
            HttpMethod.GET,
            "admin",
            "biller authorizer clinician lead manager analyst"));
  }

  /** Paths served by the framework, not by a module: the security configuration names each. */
  private static final Set<String> FRAMEWORK_PATTERNS =
      Set.of(
          "/error",
          "/v3/api-docs",
          "/v3/api-docs.yaml",
          "/v3/api-docs/swagger-config",
          "/swagger-ui.html");

  /**
   * Every request mapping of the application has a row above, so that a new endpoint cannot go
   * unchecked: its author has to decide who may call it and say so here.
   */
  @Test
  void everyEndpointHasARowInTheMatrix() {
    PathPatternParser parser = PathPatternParser.defaultInstance;
    List<String> missing =
        mappings.getHandlerMethods().keySet().stream()
            .flatMap(
                info ->
                    info.getPatternValues().stream()
                        .filter(pattern -> !FRAMEWORK_PATTERNS.contains(pattern))
                        .flatMap(
                            pattern ->
                                (info.getMethodsCondition().getMethods().isEmpty()
                                        ? Set.of(RequestMethod.GET)
                                        : info.getMethodsCondition().getMethods())
                                    .stream().map(method -> method.name() + " " + pattern)))
            .distinct()
            .filter(
                endpoint -> {
                  String method = endpoint.substring(0, endpoint.indexOf(' '));
                  var pattern = parser.parse(endpoint.substring(endpoint.indexOf(' ') + 1));
                  return matrix()
                      .map(Arguments::get)
                      .noneMatch(
                          row ->
                              row[1].toString().equals(method)
                                  && pattern.matches(
                                      PathContainer.parsePath(row[0].toString().split("\\?")[0])));
                })
            .sorted()
            .toList();
    assertThat(missing).as("endpoints without a row in the access matrix").isEmpty();
  }

  @ParameterizedTest(name = "{1} {0}")
  @MethodSource("matrix")
  void allowsExactlyTheRolesThatNeedIt(
      String path, HttpMethod method, String allowed, String refused) {
    for (String user : allowed.isEmpty() ? new String[0] : allowed.split(" ")) {
      assertThat(statusOf(DemoLogins.as(http, user), method, path))
          .as("%s %s %s", user, method, path)
          .isNotIn(401, 403);
    }
    for (String user : refused.split(" ")) {
      assertThat(statusOf(DemoLogins.as(http, user), method, path))
          .as("%s %s %s", user, method, path)
          .isEqualTo(403);
    }
    assertThat(statusOf(http, method, path)).as("anonymous %s %s", method, path).isEqualTo(401);
  }

  /**
   * A wrong password is refused. A user of its own: the engine delays a user's next log-in after a
   * failed one, which would make the demo users fail the other tests.
   */
  @Test
  void refusesAWrongPassword() {
    users.ensureUser("probe", "Password", "Probe", null, "right-password", List.of(Roles.BILLERS));

    assertThat(
            statusOf(http.withBasicAuth("probe", "wrong-password"), HttpMethod.GET, "/api/payers"))
        .isEqualTo(401);
    assertThat(statusOf(http.withBasicAuth("nobody", "demo"), HttpMethod.GET, "/api/payers"))
        .isEqualTo(401);
  }

  private static Arguments row(String path, HttpMethod method, String allowed, String refused) {
    return Arguments.of(path, method, allowed, refused);
  }

  private static int statusOf(TestRestTemplate client, HttpMethod method, String path) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    HttpEntity<String> body = new HttpEntity<>(method == HttpMethod.GET ? null : "{}", headers);
    return client.exchange(path, method, body, String.class).getStatusCode().value();
  }
}
