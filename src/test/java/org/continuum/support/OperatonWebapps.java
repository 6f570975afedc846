package org.continuum.support;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Logging in to Tasklist, Cockpit and Admin the way a person does. */
public final class OperatonWebapps {

  private OperatonWebapps() {}

  /** Opens an app's login page ("tasklist", "cockpit", "admin") and logs in. */
  public static void logIn(WebDriver driver, String baseUrl, String app, String user) {
    driver.get(baseUrl + "/operaton/app/" + app + "/default/");
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    wait.until(
        ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[type=password]")));
    driver.findElement(By.cssSelector("input[type=text], input[name=username]")).sendKeys(user);
    driver.findElement(By.cssSelector("input[type=password]")).sendKeys(DemoLogins.PASSWORD);
    driver.findElement(By.cssSelector("button[type=submit]")).click();
  }

  public static WebDriverWait waitUpTo(WebDriver driver, int seconds) {
    return new WebDriverWait(driver, Duration.ofSeconds(seconds));
  }
}
