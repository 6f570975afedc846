package org.continuum.support;

import org.springframework.boot.test.web.client.TestRestTemplate;

/** HTTP clients logged in as the demo users (password "demo"). */
public final class DemoLogins {

  public static final String PASSWORD = "demo";

  private DemoLogins() {}

  public static TestRestTemplate as(TestRestTemplate anonymous, String userId) {
    return anonymous.withBasicAuth(userId, PASSWORD);
  }
}
