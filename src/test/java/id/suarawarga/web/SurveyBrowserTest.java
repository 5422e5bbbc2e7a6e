package id.suarawarga.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.suarawarga.support.Api;
import id.suarawarga.support.Browser;
import id.suarawarga.support.Database;
import id.suarawarga.support.Surveys;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A resident on a phone, in a real (headless) chromium: open, answer, submit, thank you; an error path; and the
 * JavaScript enhancements. The form without JavaScript is proven over plain HTTP in {@link SurveyPageTest}:
 * chromedriver cannot drive a page whose scripts are disabled (its clicks hang).
 */
@QuarkusTest
class SurveyBrowserTest {

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

    private void choose(String code, String value) {
        WebElement input = browser.findElement(By.cssSelector("input[name='q." + code + "'][value='" + value + "']"));
        // tap the label, as a thumb would
        browser.findElement(By.cssSelector("label[for='" + input.getAttribute("id") + "']"))
                .click();
        assertThat(input.isSelected()).as(code + "=" + value).isTrue();
    }

    private void answerRequiredSkm() {
        choose("USIA", "35_44");
        choose("JENIS_KELAMIN", "L");
        for (int i = 1; i <= 9; i++) {
            choose("U" + i, i == 4 ? "4" : "3");
        }
        browser.findElement(By.name("q.SARAN")).sendKeys("Petugas ramah, tetapi antrean pagi panjang.");
    }

    private void submit() {
        browser.findElement(By.cssSelector("form#survey button[type=submit]")).click();
    }

    @Test
    void residentAnswersOnAPhoneAndIsThanked() {
        Surveys.publishedSkm();
        browser = Browser.phone();

        browser.get(base + "s/si-mantab");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Survei Kepuasan Masyarakat: Si Mantab");
        assertThat(browser.executeScript("return document.documentElement.scrollWidth <= window.innerWidth"))
                .isEqualTo(true);
        Browser.screenshot(browser, "01-form-open");

        answerRequiredSkm();
        Browser.screenshot(browser, "02-form-answered");
        submit();

        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/terima-kasih"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Terima kasih!");
        Browser.screenshot(browser, "03-thank-you");
        assertThat(database.count(
                        "select count(*) from survey_response where channel = 'WEB' and answers ->> 'U4' = '4'"
                                + " and answers ->> 'SARAN' like 'Petugas ramah%'"))
                .isEqualTo(1);
    }

    @Test
    void missingAnswersAreAnnouncedAndLinkedAndKept() {
        Surveys.publishedSkm();
        browser = Browser.phone();
        browser.get(base + "s/si-mantab");
        choose("USIA", "25_34");
        choose("U1", "2");
        submit();

        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("errors")));
        WebElement summary = browser.findElement(By.id("errors"));
        assertThat(summary.getAttribute("role")).isEqualTo("alert");
        assertThat(browser.switchTo().activeElement().getAttribute("id"))
                .as("focus moves to the error summary")
                .isEqualTo("errors");
        assertThat(summary.findElements(By.tagName("a"))).hasSize(8);
        assertThat(browser.findElement(By.cssSelector("input[name='q.U1'][value='2']"))
                        .isSelected())
                .isTrue();
        Browser.screenshot(browser, "04-errors");

        summary.findElements(By.tagName("a")).get(0).click();
        assertThat(browser.getCurrentUrl()).endsWith("#i-U2-0");
        for (int i = 2; i <= 9; i++) {
            choose("U" + i, "4");
        }
        submit();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/terima-kasih"));
        assertThat(database.count("select count(*) from survey_response where answers ->> 'U1' = '2'"))
                .isEqualTo(1);
    }

    /** WCAG 2.2 AA 1.4.3: every visible text has a contrast of at least 4.5:1 against its effective background. */
    private static final String LOW_CONTRAST_TEXTS = """
            function lum(c){var m=c.match(/[\\d.]+/g).map(Number);return [0,1,2].map(function(i){var v=m[i]/255;
              return v<=0.03928?v/12.92:Math.pow((v+0.055)/1.055,2.4)}).reduce(function(a,v,i){return a+v*[0.2126,0.7152,0.0722][i]},0)}
            function bg(el){for(;el;el=el.parentElement){var c=getComputedStyle(el).backgroundColor;
              if(c&&!/rgba\\(.*,\\s*0\\)$/.test(c)&&c!=='transparent')return c}return 'rgb(255,255,255)'}
            var bad=[];document.querySelectorAll('h1,h2,p,legend,label,a,button,li,span,strong').forEach(function(el){
              if(!el.offsetParent&&el.tagName!=='BODY')return;var t=(el.childNodes[0]||{}).nodeValue;if(!el.innerText.trim())return;
              var a=lum(getComputedStyle(el).color),b=lum(bg(el));var r=(Math.max(a,b)+0.05)/(Math.min(a,b)+0.05);
              if(r<4.5)bad.push(el.tagName+'.'+el.className+' "'+el.innerText.slice(0,30)+'" '+r.toFixed(2))});return bad;""";

    @Test
    void meetsContrastAndReflowsAt200PercentZoom() {
        Surveys.publishedSkm();
        browser = Browser.phone();
        browser.get(base + "s/si-mantab");
        choose("USIA", "25_34");
        submit(); // with errors, so their colours are checked too
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("errors")));

        assertThat((List<?>) browser.executeScript(LOW_CONTRAST_TEXTS))
                .as("texts below 4.5:1")
                .isEmpty();

        // 200% zoom on a 360 px phone leaves 180 CSS pixels: the page must reflow without sideways scrolling
        browser.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", 180, "height", 370, "deviceScaleFactor", 4, "mobile", true));
        browser.get(base + "s/si-mantab");
        assertThat(browser.executeScript("return document.documentElement.scrollWidth <= window.innerWidth + 1"))
                .isEqualTo(true);
        Browser.screenshot(browser, "05-zoom-200");
    }

    private static void publishPortalWithShowIf() {
        long program = Api.createProgram("63.71", "Portal Pendidikan");
        long id = Api.json()
                .body(Api.questionnaire(
                        program,
                        List.of(
                                Map.of(
                                        "code",
                                        "USIA",
                                        "type",
                                        "SINGLE_CHOICE",
                                        "required",
                                        true,
                                        "tag",
                                        "PROFILE_AGE",
                                        "text",
                                        Map.of("id", "Berapa usia Saudara?"),
                                        "options",
                                        List.of(
                                                Map.of(
                                                        "value",
                                                        "U17",
                                                        "label",
                                                        Map.of("id", "Di bawah 18"),
                                                        "terminates",
                                                        true),
                                                Map.of("value", "DEWASA", "label", Map.of("id", "18 ke atas")))),
                                Map.of(
                                        "code",
                                        "PAKAI",
                                        "type",
                                        "YES_NO",
                                        "required",
                                        true,
                                        "text",
                                        Map.of("id", "Pernah memakai portal?")),
                                Map.of(
                                        "code",
                                        "MANFAAT",
                                        "type",
                                        "LIKERT",
                                        "scalePoints",
                                        4,
                                        "required",
                                        true,
                                        "tag",
                                        "BENEFIT",
                                        "text",
                                        Map.of("id", "Seberapa bermanfaat?"),
                                        "showIf",
                                        Map.of("question", "PAKAI", "values", List.of("YES")),
                                        "options",
                                        List.of(
                                                Api.label("Tidak"),
                                                Api.label("Kurang"),
                                                Api.label("Ya"),
                                                Api.label("Sangat"))))))
                .post("/api/v1/questionnaires")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        Api.publish(id);
    }

    @Test
    void showIfAndUnder18StopWorkWithJavaScript() {
        publishPortalWithShowIf();
        browser = Browser.phone();
        browser.get(base + "s/portal-pendidikan");
        WebElement manfaat = browser.findElement(By.id("q-MANFAAT"));
        assertThat(manfaat.isDisplayed()).as("hidden until PAKAI = YES").isFalse();
        choose("USIA", "DEWASA");
        choose("PAKAI", "YES");
        assertThat(manfaat.isDisplayed()).isTrue();
        choose("PAKAI", "NO");
        assertThat(manfaat.isDisplayed()).isFalse();
        choose("USIA", "U17");
        assertThat(browser.findElement(By.cssSelector("#q-USIA .stop")).isDisplayed())
                .isTrue();
        assertThat(browser.findElement(By.id("q-PAKAI")).isDisplayed()).isFalse();
        Browser.screenshot(browser, "06-under-18-stop");
    }
}
