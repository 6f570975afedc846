package org.continuum.support;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Logging in to Tasklist, Cockpit and Admin the way a person does. */
public final class OperatonWebapps {

  private OperatonWebapps() {}

  /** Opens an app's login page ("tasklist", "cockpit", "admin") and logs in. */
  public static void logIn(Browser browser, String baseUrl, String app, String user) {
    WebDriver driver = browser.driver();
    driver.get(baseUrl + "/operaton/app/" + app + "/default/");
    waitFor(
        browser,
        "login-" + app,
        d ->
            visible(d, "input[type=text]").isPresent()
                && visible(d, "input[type=password]").isPresent());
    // On a busy machine the app can focus the name field again while the password is typed (its
    // autofocus runs late), sending the password into the name: type until both fields hold theirs.
    waitFor(
        browser,
        "login-typed-" + app,
        d -> {
          WebElement name = visible(d, "input[type=text]").orElseThrow();
          WebElement password = visible(d, "input[type=password]").orElseThrow();
          type(browser, name, user);
          type(browser, password, DemoLogins.PASSWORD);
          return user.equals(name.getDomProperty("value"))
              && DemoLogins.PASSWORD.equals(password.getDomProperty("value"));
        });
    click(browser, visible(driver, "button[type=submit]").orElseThrow());
  }

  /**
   * Types into a field: focus through the DOM, then the browser's own text input (DevTools
   * Input.insertText), which fires the events the apps listen to. The web apps send a sandboxing
   * Content-Security-Policy, under which the driver's synthetic pointer and key events do not reach
   * the page in headless Chromium; focus, text input and DOM clicks do.
   */
  public static void type(Browser browser, WebElement field, String text) {
    browser.driver().executeScript("arguments[0].focus(); arguments[0].select();", field);
    browser.driver().executeCdpCommand("Input.insertText", Map.of("text", text));
  }

  /** Clicks an element through the DOM (see {@link #type}). */
  public static void click(Browser browser, WebElement element) {
    browser.driver().executeScript("arguments[0].click();", element);
  }

  /** The first element matching a selector that a person can see. */
  public static Optional<WebElement> visible(WebDriver driver, String css) {
    return driver.findElements(By.cssSelector(css)).stream()
        .filter(WebElement::isDisplayed)
        .findFirst();
  }

  /**
   * Waits up to 30 seconds; on a timeout keeps a screenshot named after the step and fails with the
   * text the page showed, so that a red build says what the person would have seen.
   */
  public static <T> T waitFor(Browser browser, String step, ExpectedCondition<T> condition) {
    try {
      return new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(condition);
    } catch (TimeoutException e) {
      browser.screenshot("failed-" + step);
      String text = browser.driver().findElement(By.tagName("body")).getText();
      throw new AssertionError(
          "Timed out at " + step + " on " + browser.driver().getCurrentUrl() + "; page: " + text,
          e);
    }
  }
}
