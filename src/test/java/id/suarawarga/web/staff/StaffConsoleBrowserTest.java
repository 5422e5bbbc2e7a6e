package id.suarawarga.web.staff;

import static id.suarawarga.support.Api.json;
import static org.assertj.core.api.Assertions.assertThat;

import id.suarawarga.support.Api;
import id.suarawarga.support.Browser;
import id.suarawarga.support.Database;
import id.suarawarga.support.Staff;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue #17's "done when", in a real browser at 360 px and at 1280 px: the region's admin has a program with its
 * questionnaire built from the SKM template (one wording changed, one question added) and published, and creates the
 * program's owner on the People page; the owner signs in with the password shown once, opens the distribution kit and
 * downloads the poster; a resident opens the counter's channel-tagged link and answers; the owner sees the response
 * and its channel. Screenshots under target/screenshots/staff-console-{width}-*.png.
 *
 * <p>The program and questionnaire are set up through the JSON API (the builder pages are issue 17a's, not yet in
 * main when this was written); everything after that is done on the pages.
 */
@QuarkusTest
class StaffConsoleBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Inject
    Database database;

    ChromeDriver admin;
    ChromeDriver owner;
    ChromeDriver resident;

    @AfterEach
    void close() {
        for (ChromeDriver browser : new ChromeDriver[] {admin, owner, resident}) {
            if (browser != null) {
                browser.quit();
            }
        }
        database.wipe();
    }

    @ParameterizedTest
    @ValueSource(ints = {360, 1280})
    void aRegionRunsItsSurveyFromTheBrowser(int width) throws Exception {
        String shot = "staff-console-" + width + "-";
        // the admin's program and questionnaire (SKM template, one wording changed, one question added), published
        long program = Api.createProgram("63.71", "Si Mantab");
        long questionnaire = json().body(Map.of("programId", program, "templates", List.of("skm")))
                .post("/api/v1/questionnaires/from-template")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        String questions = "/api/v1/questionnaires/" + questionnaire + "/questions";
        long saran = json().get(questions).then().extract().jsonPath().getLong("find { it.code == 'SARAN' }.id");
        json().body(Map.of(
                        "code",
                        "SARAN",
                        "type",
                        "TEXT",
                        "tag",
                        "SUGGESTION",
                        "required",
                        false,
                        "maxLength",
                        1000,
                        "text",
                        Map.of("id", "Apa yang perlu kami perbaiki?", "en", "What should we improve?")))
                .put(questions + "/" + saran)
                .then()
                .statusCode(200);
        json().body(Map.of(
                        "code",
                        "LOKET",
                        "type",
                        "TEXT",
                        "required",
                        false,
                        "maxLength",
                        100,
                        "text",
                        Map.of("id", "Di loket mana Anda dilayani?", "en", "Which counter served you?")))
                .post(questions)
                .then()
                .statusCode(201);
        Api.publish(questionnaire);
        Staff.Login regionAdmin = Staff.regionAdmin("63.71");

        // the admin creates the program's owner on the People page
        admin = Browser.sized(width);
        WebDriverWait wait = new WebDriverWait(admin, Duration.ofSeconds(15));
        signIn(admin, wait, regionAdmin.username(), regionAdmin.password());
        admin.findElement(By.linkText("Orang")).click();
        wait.until(ExpectedConditions.urlContains("/dasbor/orang"));
        admin.findElement(By.id("tambah")).click();
        wait.until(ExpectedConditions.urlContains("/dasbor/orang/baru"));
        String username = "perizinan-" + width;
        admin.findElement(By.id("displayName")).sendKeys("Kepala Bidang Perizinan DPMPTSP");
        admin.findElement(By.id("username")).sendKeys(username);
        admin.findElement(By.cssSelector("input[name=role][value=PROGRAM_OWNER]"))
                .click();
        admin.findElement(By.cssSelector("input[name=programIds][value='" + program + "']"))
                .click();
        assertFits(admin, width);
        Browser.screenshot(admin, shot + "01-admin-new-owner", width);
        admin.findElement(By.id("buat")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("kata-sandi")));
        String password = admin.findElement(By.id("kata-sandi")).getText();
        assertThat(password).hasSizeGreaterThanOrEqualTo(16);
        assertFits(admin, width);
        Browser.screenshot(admin, shot + "02-admin-password-once", width);

        // the owner signs in, opens the kit and downloads the poster
        owner = Browser.sized(width);
        Path downloads = Browser.downloadsInto(owner, "staff-console-" + width);
        WebDriverWait ownerWait = new WebDriverWait(owner, Duration.ofSeconds(15));
        signIn(owner, ownerWait, username, password);
        open(owner, "/dasbor/kuesioner/" + questionnaire);
        owner.findElement(By.id("bagikan")).click();
        ownerWait.until(ExpectedConditions.urlContains("/bagikan"));
        WebElement link = owner.findElement(By.id("link-umum"));
        assertThat(link.getAttribute("value")).endsWith("/s/si-mantab");
        assertThat(owner.findElement(By.cssSelector("button[data-copy=link-umum]"))
                        .isDisplayed())
                .as("the copy button, shown by the script")
                .isTrue();
        String counterLink = owner.findElement(By.id("link-loket-1")).getAttribute("value");
        assertThat(counterLink).endsWith("/s/si-mantab?k=loket-1");
        assertFits(owner, width);
        Browser.screenshot(owner, shot + "03-owner-kit", width);
        owner.findElement(By.id("unduh-poster")).click();
        Path poster = downloads.resolve("suara-warga-si-mantab-poster.svg");
        new WebDriverWait(owner, Duration.ofSeconds(15)).until(d -> Files.exists(poster));
        assertThat(Files.readString(poster)).contains("Si Mantab", "± 4 menit", "/s/si-mantab");
        open(owner, "/dasbor/kuesioner/" + questionnaire + "/bagikan/poster?k=loket-1");
        Browser.screenshot(owner, shot + "04-owner-poster-page", width);
        open(owner, "/dasbor/kuesioner/" + questionnaire + "/bagikan/poster?ukuran=kartu&k=loket-1");
        Browser.screenshot(owner, shot + "05-owner-table-card", width);

        // a resident at the counter opens the tagged link and answers
        resident = Browser.phone();
        WebDriverWait residentWait = new WebDriverWait(resident, Duration.ofSeconds(15));
        resident.get(counterLink.replaceFirst("^https?://[^/]+/", base.toString()));
        resident.findElement(By.cssSelector("input[name='q.USIA'][value='25_34']"))
                .click();
        for (int i = 1; i <= 9; i++) {
            WebElement option = resident.findElement(By.cssSelector("input[name='q.U" + i + "'][value='3']"));
            resident.executeScript("arguments[0].scrollIntoView({block:'center'})", option);
            option.click();
        }
        resident.findElement(By.id("i-LOKET")).sendKeys("Loket 1");
        Thread.sleep(5500); // the minimum fill time: a faster form is flagged, not counted
        WebElement send = resident.findElement(By.cssSelector("#survey button[type=submit]"));
        resident.executeScript("arguments[0].scrollIntoView({block:'center'})", send);
        send.click();
        residentWait.until(ExpectedConditions.urlContains("/terima-kasih"));

        // the owner sees the response and its channel
        open(owner, "/dasbor/kuesioner/" + questionnaire + "#asal");
        List<WebElement> cells = owner.findElements(By.cssSelector("#asal-jawaban tbody tr:first-child td"));
        assertThat(cells.stream().map(WebElement::getText).toList())
                .containsExactly("Tautan atau QR", "loket-1", "1", "100%", "0");
        assertFits(owner, width);
        Browser.screenshot(owner, shot + "06-owner-channel", width);
        open(owner, "/dasbor/kuesioner/" + questionnaire + "/bagikan");
        assertThat(owner.findElement(By.id("tanda-loket-1")).getText()).contains("1 jawaban lewat tautan ini");
    }

    private void signIn(ChromeDriver browser, WebDriverWait wait, String username, String password) {
        open(browser, "/dasbor");
        wait.until(ExpectedConditions.urlContains("/masuk"));
        browser.findElement(By.id("j_username")).sendKeys(username);
        browser.findElement(By.id("j_password")).sendKeys(password);
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        wait.until(ExpectedConditions.urlContains("/dasbor"));
    }

    private void open(ChromeDriver browser, String path) {
        browser.get(base.toString().replaceAll("/$", "") + path);
    }

    /** Nothing is wider than the window: the page never scrolls sideways. */
    private static void assertFits(ChromeDriver browser, int width) {
        Number scrollWidth = (Number) browser.executeScript("return document.documentElement.scrollWidth");
        assertThat(scrollWidth.intValue()).isLessThanOrEqualTo(width);
    }
}
