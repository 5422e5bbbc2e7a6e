package id.suarawarga.common.http;

import static org.assertj.core.api.Assertions.assertThat;

import id.suarawarga.support.Browser;
import id.suarawarga.support.Database;
import id.suarawarga.support.SignedInAsTestAdmin;
import id.suarawarga.support.Surveys;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue #21, F15: with {@code 'unsafe-inline'} gone from style-src, a real browser still applies every page's styles
 * (its inline block is allowed by hash): the survey page and the dashboard at 360 px, screenshots kept.
 */
@QuarkusTest
class StyledUnderCspBrowserTest {

    /** body{background:#eef1f4} of both layouts: only there if the inline style block was applied. */
    static final String STYLED_BACKGROUND = "rgba(238, 241, 244, 1)";

    @TestHTTPResource("/")
    URL base;

    @Inject
    Database database;

    ChromeDriver browser;

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
        database.wipe();
    }

    @Test
    void theSurveyPageAndTheDashboardAreStyledUnderTheStrictPolicy() {
        database.wipe();
        Surveys.publishedSkm();
        browser = Browser.phone();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));

        open("/s/si-mantab");
        assertStyled();
        Browser.screenshot(browser, "csp-survey-360");

        open("/masuk");
        assertStyled();
        browser.findElement(By.id("j_username")).sendKeys(SignedInAsTestAdmin.USERNAME);
        browser.findElement(By.id("j_password")).sendKeys(SignedInAsTestAdmin.PASSWORD);
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        wait.until(ExpectedConditions.urlContains("/dasbor"));
        assertStyled();
        Browser.screenshot(browser, "csp-dashboard-360");
    }

    private void open(String path) {
        browser.get(base.toString().replaceAll("/$", "") + path);
    }

    private void assertStyled() {
        Object background = browser.executeScript(
                "return getComputedStyle(document.body).backgroundColor.replace('rgb(', 'rgba(').replace(')', ', 1)')");
        assertThat(String.valueOf(background).replace(", 1, 1)", ", 1)")).isEqualTo(STYLED_BACKGROUND);
        Object margin = browser.executeScript("return getComputedStyle(document.body).marginTop");
        assertThat(margin).isEqualTo("0px");
    }
}
