package id.suarawarga.web.staff;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import id.suarawarga.support.Database;
import id.suarawarga.support.Staff;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Staff who mistype an address under /dasbor get the staff's own page with a way back, not the residents' one. */
@QuarkusTest
class StaffErrorPageTest {

    @Inject
    Database database;

    @AfterEach
    void wipe() {
        database.wipe();
    }

    @Test
    void aMistypedStaffAddressGetsTheStaffNotFoundPage() {
        Staff.Login admin = Staff.regionAdmin(id.suarawarga.support.Api.createRegion("64.72"));
        for (String path : new String[] {"/dasbor/baru", "/dasbor/program/baru", "/dasbor/kuesioner/999999"}) {
            Response page = given().auth()
                    .preemptive()
                    .basic(admin.username(), admin.password())
                    .accept("text/html")
                    .get(path);
            assertThat(page.statusCode()).as(path).isIn(400, 404);
            assertThat(page.contentType()).startsWith("text/html");
            Document html = Jsoup.parse(page.asString());
            assertThat(html.select("h1").text()).as(path).isEqualTo("Halaman tidak ditemukan");
            assertThat(html.select("a[href=/dasbor]").eachText()).contains("Kembali ke ringkasan");
            assertThat(html.text()).doesNotContain("QR", "Survei tidak ditemukan");
        }
        // residents still get theirs
        Document resident = Jsoup.parse(given().get("/s/tidak-ada").asString());
        assertThat(resident.select("h1").text()).isEqualTo("Survei tidak ditemukan");
    }
}
