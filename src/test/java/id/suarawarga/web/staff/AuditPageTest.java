package id.suarawarga.web.staff;

import static org.assertj.core.api.Assertions.assertThat;

import id.suarawarga.support.Api;
import id.suarawarga.support.Database;
import id.suarawarga.support.Staff;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Admins read the audit log of their region as a page; nobody else does. */
@QuarkusTest
class AuditPageTest {

    @Inject
    Database database;

    @BeforeEach
    @AfterEach
    void clean() {
        database.wipe();
    }

    @Test
    void aRegionsAdminSeesTheEventsOfTheirRegionOnly() {
        long ours = Api.createDraft(Api.createProgram("63.71", "Si Mantab"));
        Api.publish(ours);
        long theirs = Api.createDraft(Api.createProgram("64.72", "Sigap"));
        Api.publish(theirs);
        Staff.Login admin = Staff.regionAdmin("63.71");

        Document page = Jsoup.parse(admin.json()
                .accept("text/html")
                .queryParam("aksi", "QUESTIONNAIRE_PUBLISHED")
                .get("/dasbor/audit")
                .then()
                .statusCode(200)
                .extract()
                .asString());
        assertThat(page.select("tbody tr")).hasSize(1);
        List<String> cells = page.select("tbody tr td").eachText();
        assertThat(cells).contains("uji-admin", "Kuesioner diterbitkan", "kuesioner #" + ours);
        assertThat(cells.get(0)).as("Banjarmasin's local time").matches("\\d{1,2} \\w{3} \\d{4}, \\d\\d\\.\\d\\d WITA");
        assertThat(cells.get(4)).contains("versi: 1").doesNotContain("{", "\"");
        assertThat(page.select("#aksi option[value=QUESTIONNAIRE_PUBLISHED]").text())
                .isEqualTo("Kuesioner diterbitkan");
        assertThat(page.select("header nav a").eachText()).contains("Log audit");

        Document all = Jsoup.parse(Api.json()
                .accept("text/html")
                .queryParam("aksi", "QUESTIONNAIRE_PUBLISHED")
                .get("/dasbor/audit")
                .then()
                .statusCode(200)
                .extract()
                .asString());
        assertThat(all.select("tbody tr")).hasSize(2);

        admin.json()
                .accept("text/html")
                .queryParam("halaman", "dua")
                .get("/dasbor/audit")
                .then()
                .statusCode(400);
        Staff.owner("63.71")
                .json()
                .accept("text/html")
                .get("/dasbor/audit")
                .then()
                .statusCode(403);
    }

    @Test
    void changesToAccountsReadAsWordsAndFitAPhone() {
        Staff.Login owner = Staff.owner("63.71", Api.createProgram("63.71", "Si Mantab"));
        Staff.Login admin = Staff.regionAdmin("63.71");

        Document page = Jsoup.parse(admin.json()
                .accept("text/html")
                .queryParam("aksi", "STAFF_USER_CREATED")
                .get("/dasbor/audit")
                .then()
                .statusCode(200)
                .extract()
                .asString());
        Element row = page.select("tbody tr").stream()
                .filter(r -> r.text().contains("akun " + owner.username()))
                .findFirst()
                .orElseThrow();
        assertThat(row.select("td").get(2).text()).isEqualTo("Akun dibuat");
        assertThat(row.select("td").get(4).text()).contains("Peran: pemilik program", "Program: #");
        assertThat(page.select("table.audit")).hasSize(1);
        assertThat(page.select("code")).as("no raw JSON").isEmpty();
        assertThat(page.select("style").html()).contains("@media (max-width:40rem){table.audit");
    }
}
