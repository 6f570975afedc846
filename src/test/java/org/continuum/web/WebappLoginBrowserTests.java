package org.continuum.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.continuum.support.Browser;
import org.continuum.support.IntegrationTest;
import org.continuum.support.OperatonWebapps;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The demo users log in to the Operaton web apps in a real browser. */
@IntegrationTest
class WebappLoginBrowserTests {

  @LocalServerPort int port;

  @Test
  void billerLogsInToTasklistAndSeesTheirQueues() {
    try (Browser browser = Browser.start()) {
      OperatonWebapps.logIn(browser, base(), "tasklist", "biller");

      OperatonWebapps.waitFor(
          browser,
          "tasklist-filters",
          ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "My queues"));
      browser.screenshot("tasklist-biller");
      assertThat(browser.driver().findElement(By.tagName("body")).getText())
          .contains("My tasks")
          .contains("My queues");
    }
  }

  @Test
  void billerIsNotLetIntoAdmin() {
    try (Browser browser = Browser.start()) {
      OperatonWebapps.logIn(browser, base(), "admin", "biller");

      OperatonWebapps.waitFor(
          browser,
          "admin-refusal",
          ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Login Failed"));
      browser.screenshot("admin-refused-biller");
      assertThat(browser.driver().findElement(By.tagName("body")).getText()).contains("Forbidden");
    }
  }

  @Test
  void adminLogsInToAdmin() {
    try (Browser browser = Browser.start()) {
      OperatonWebapps.logIn(browser, base(), "admin", "admin");

      OperatonWebapps.waitFor(
          browser,
          "admin-dashboard",
          ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Groups"));
      browser.screenshot("admin-admin");
    }
  }

  private String base() {
    return "http://localhost:" + port;
  }
}
