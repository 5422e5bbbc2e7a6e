package id.suarawarga.web.staff.people;

import static org.assertj.core.api.Assertions.assertThat;

import id.suarawarga.support.Api;
import id.suarawarga.support.Browser;
import id.suarawarga.support.Database;
import id.suarawarga.support.Staff;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue #17 (with #19's field officers), in a real browser at 360 px and 1280 px: a region's admin adds a field
 * officer on the People page, ticking the one program they collect for; the password is shown once; the officer signs
 * in, lands on their field page and sees that program's questionnaire and not the other; the account page later
 * offers the same program choice. Screenshots under target/screenshots/field-officer-{width}-*.png.
 */
@QuarkusTest
class FieldOfficerBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Inject
    Database database;

    ChromeDriver admin;
    ChromeDriver officer;

    @AfterEach
    void close() {
        for (ChromeDriver browser : new ChromeDriver[] {admin, officer}) {
            if (browser != null) {
                browser.quit();
            }
        }
        database.wipe();
    }

    @ParameterizedTest
    @ValueSource(ints = {360, 1280})
    void anAdminAddsAFieldOfficerForOneProgramWhoThenCollectsForItOnly(int width) {
        String shot = "field-officer-" + width + "-";
        long program = Api.createProgram("63.71", "Si Mantab");
        long questionnaire = Api.createDraft(program);
        Api.publish(questionnaire);
        long other = Api.createProgram("63.71", "Sigap Banjir");
        Api.publish(Api.createDraft(other));
        Staff.Login regionAdmin = Staff.regionAdmin("63.71");

        admin = Browser.sized(width);
        WebDriverWait wait = new WebDriverWait(admin, Duration.ofSeconds(15));
        Browser.signIn(admin, base.toString(), regionAdmin.username(), regionAdmin.password());
        open(admin, "/dasbor/orang/baru");
        admin.findElement(By.id("displayName")).sendKeys("Petugas Kelurahan Kayu Tangi");
        String username = "petugas.kayutangi." + width;
        admin.findElement(By.id("username")).sendKeys(username);
        WebElement role = admin.findElement(By.cssSelector("input[name=role][value=ENUMERATOR]"));
        role.findElement(By.xpath("..")).click();
        assertThat(role.isSelected()).isTrue();
        admin.findElement(By.cssSelector("input[name=programIds][value='" + program + "']"))
                .findElement(By.xpath(".."))
                .click();
        Browser.assertFits(admin, width);
        assertTapTargets(admin, "input[name=role], input[name=programIds]");
        Browser.screenshot(admin, shot + "01-new-field-officer", width);
        admin.findElement(By.id("buat")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("kata-sandi")));
        String password = admin.findElement(By.id("kata-sandi")).getText();
        assertThat(admin.findElement(By.tagName("main")).getText())
                .contains("Petugas lapangan", username)
                .contains("Lapangan");
        Browser.screenshot(admin, shot + "02-password-shown-once", width);

        officer = Browser.sized(width);
        Browser.signIn(officer, base.toString(), username, password);
        assertThat(officer.getCurrentUrl())
                .as("a field officer lands on the field page")
                .contains("/lapangan");
        assertThat(officer.findElements(By.cssSelector("a[href='/lapangan/kuesioner/" + questionnaire + "']")))
                .hasSize(1);
        assertThat(officer.findElement(By.tagName("main")).getText()).doesNotContain("Sigap Banjir");
        Browser.assertFits(officer, width);
        Browser.screenshot(officer, shot + "03-officer-lands-on-field-page", width);

        open(admin, "/dasbor/orang");
        admin.findElement(By.linkText("Petugas Kelurahan Kayu Tangi")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("simpan")));
        assertThat(admin.findElement(By.cssSelector("input[name=programIds][value='" + program + "']"))
                        .isSelected())
                .isTrue();
        assertThat(admin.findElement(By.tagName("legend")).getText()).contains("jawabannya ia kumpulkan");
        Browser.assertFits(admin, width);
        Browser.screenshot(admin, shot + "04-officer-account", width);
    }

    private void open(ChromeDriver browser, String path) {
        browser.get(base.toString().replaceAll("/$", "") + path);
    }

    /** Each choice's label is at least 44 CSS pixels high: a finger hits it. */
    private static void assertTapTargets(ChromeDriver browser, String inputs) {
        for (WebElement input : browser.findElements(By.cssSelector(inputs))) {
            WebElement label = input.findElement(By.xpath(".."));
            assertThat(label.getSize().getHeight())
                    .as("tap target of " + label.getText())
                    .isGreaterThanOrEqualTo(44);
        }
    }
}
