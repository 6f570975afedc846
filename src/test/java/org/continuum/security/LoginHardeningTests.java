package org.continuum.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.continuum.support.IntegrationTest;
import org.continuum.workflow.WorkflowUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Log-in hardening over HTTP. Probe users of its own: the engine delays a user's log-in after a
 * wrong password, and a locked demo user would fail the other tests.
 */
@IntegrationTest
class LoginHardeningTests {

  @Autowired TestRestTemplate http;
  @Autowired WorkflowUsers users;
  @Autowired Environment environment;

  @Test
  void locksAUserNameAfterFiveFailuresAndSaysTheSameForNamesThatDoNotExist() {
    users.ensureUser(
        "lockoutprobe", "Lockout", "Probe", null, "right-password", List.of(Roles.BILLERS));

    List<String> real = new ArrayList<>();
    List<String> unknown = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      real.add(refusal(get("lockoutprobe", "wrong-" + i)));
      unknown.add(refusal(get("nosuchuserprobe", "wrong-" + i)));
    }
    ResponseEntity<String> rightPasswordTooLate = get("lockoutprobe", "right-password");

    assertThat(real).isEqualTo(unknown);
    assertThat(real.get(0)).contains(DirectoryAuthenticationProvider.BAD_CREDENTIALS);
    assertThat(real.get(4)).contains("Too many failed log-ins");
    assertThat(rightPasswordTooLate.getStatusCode().value()).isEqualTo(401);
    assertThat(rightPasswordTooLate.getBody()).contains("Too many failed log-ins");
    assertThat(rightPasswordTooLate.getHeaders().getFirst("WWW-Authenticate")).startsWith("Basic");
    assertThat(refusal(get("nosuchuserprobe", "anything")))
        .isEqualTo(refusal(rightPasswordTooLate));
  }

  @Test
  void refusesACrossSiteWriteButNotAnIntegrationsWrite() {
    HttpHeaders fromEvil = json();
    fromEvil.setOrigin("https://evil.example");
    HttpHeaders crossSite = json();
    crossSite.set("Sec-Fetch-Site", "cross-site");
    HttpHeaders integration = json();

    assertThat(post(fromEvil).getStatusCode().value()).isEqualTo(403);
    assertThat(post(crossSite).getStatusCode().value()).isEqualTo(403);
    assertThat(post(integration).getStatusCode().value()).isEqualTo(422);
    HttpHeaders sameOrigin = json();
    sameOrigin.setOrigin(http.getRootUri());
    sameOrigin.set("Sec-Fetch-Site", "same-origin");
    assertThat(post(sameOrigin).getStatusCode().value()).isEqualTo(422);
  }

  @Test
  void marksSessionCookiesSecureHttpOnlyAndSameSiteBehindTls() {
    HttpHeaders behindTls = new HttpHeaders();
    behindTls.set("X-Forwarded-Proto", "https");
    ResponseEntity<String> page =
        http.exchange(
            "/operaton/app/tasklist/default/",
            HttpMethod.GET,
            new HttpEntity<>(behindTls),
            String.class);

    List<String> cookies = page.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE);
    assertThat(cookies).anyMatch(c -> c.startsWith("JSESSIONID="));
    assertThat(cookies)
        .filteredOn(c -> c.startsWith("JSESSIONID="))
        .allSatisfy(
            c -> assertThat(c).contains("Secure").contains("HttpOnly").contains("SameSite=Lax"));
    assertThat(environment.getProperty("server.servlet.session.timeout")).isEqualTo("30m");
  }

  private ResponseEntity<String> get(String user, String password) {
    return http.withBasicAuth(user, password).getForEntity("/api/payers", String.class);
  }

  private static String refusal(ResponseEntity<String> response) {
    return response.getStatusCode().value() + " " + response.getBody();
  }

  private ResponseEntity<String> post(HttpHeaders headers) {
    return http.withBasicAuth("biller", "demo")
        .exchange("/api/patients", HttpMethod.POST, new HttpEntity<>("{}", headers), String.class);
  }

  private static HttpHeaders json() {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return headers;
  }
}
