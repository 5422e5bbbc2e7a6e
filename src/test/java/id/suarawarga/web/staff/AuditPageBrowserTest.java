package id.suarawarga.web.staff;

import static org.assertj.core.api.Assertions.assertThat;

import id.suarawarga.support.Api;
import id.suarawarga.support.Browser;
import id.suarawarga.support.Database;
import id.suarawarga.support.Staff;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Issue #21 item 8 as a region's admin reads it, at 360 px and 1280 px: a program renamed and archived shows on the
 * audit page as "Nama program: 'Si Mantab' → 'Si Mantab 2'" and "Diarsipkan: tidak → ya", no JSON, nothing wider than
 * the window. Screenshots under target/screenshots/audit-{width}.png.
 */
@QuarkusTest
class AuditPageBrowserTest {

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

    @ParameterizedTest
    @ValueSource(ints = {360, 1280})
    void aChangeReadsAsBeforeAndAfterInWords(int width) {
        long program = Api.createProgram("63.71", "Si Mantab");
        Map<String, Object> edit = new HashMap<>(Api.program("63.71", "Si Mantab 2"));
        edit.remove("regionCode");
        edit.remove("year");
        Api.json().body(edit).put("/api/v1/programs/" + program).then().statusCode(200);
        Api.json().post("/api/v1/programs/" + program + "/archive").then().statusCode(200);
        Staff.Login admin = Staff.regionAdmin("63.71");

        browser = Browser.sized(width);
        Browser.signIn(browser, base.toString(), admin.username(), admin.password());
        browser.get(base.toString().replaceAll("/$", "") + "/dasbor/audit");
        String page = browser.findElement(By.tagName("main")).getText();
        assertThat(page)
                .contains("Program diubah", "Nama program: 'Si Mantab' → 'Si Mantab 2'")
                .contains("Program diarsipkan", "Diarsipkan: tidak → ya")
                .doesNotContain("{", "\"before\"");
        Browser.assertFits(browser, width);
        Browser.screenshot(browser, "audit-" + width, width);
    }
}
