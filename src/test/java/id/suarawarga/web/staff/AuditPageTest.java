package id.suarawarga.web.staff;

import static org.assertj.core.api.Assertions.assertThat;

import id.suarawarga.support.Api;
import id.suarawarga.support.Database;
import id.suarawarga.support.Staff;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
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
        assertThat(page.select("tbody tr td").eachText())
                .contains("uji-admin", "QUESTIONNAIRE_PUBLISHED", "questionnaire:" + ours);
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
}
