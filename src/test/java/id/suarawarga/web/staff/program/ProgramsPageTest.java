package id.suarawarga.web.staff.program;

import static org.assertj.core.api.Assertions.assertThat;

import id.suarawarga.support.Api;
import id.suarawarga.support.Database;
import id.suarawarga.support.Staff;
import id.suarawarga.support.StaffForms;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A region's admin lists, creates, edits, archives and restores the year's programs on pages. */
@QuarkusTest
class ProgramsPageTest {

    @Inject
    Database database;

    Staff.Login admin;

    @BeforeEach
    void setUp() {
        database.wipe();
        Api.createRegion("63.71");
        admin = Staff.regionAdmin("63.71");
    }

    @AfterEach
    void clean() {
        database.wipe();
    }

    @Test
    void anAdminCreatesAProgramChoosingTheSubDimensionByItsIndonesianName() {
        Document form = StaffForms.page(admin, "/dasbor/kelola/program/baru", 200);
        assertThat(form.select("select#subDimension optgroup").eachAttr("label"))
                .contains("Tata Kelola Pemerintahan (Smart Governance)", "Ekonomi (Smart Economy)");
        assertThat(form.select("select#subDimension option").eachText())
                .contains("Layanan Publik", "Industri (Industry)", "Citra Pariwisata (Tourism Branding)");
        assertThat(form.select("#h-pop").text()).contains("Krejcie–Morgan");
        assertThat(form.select("form.edit input[name=csrf]")).hasSize(1);

        Response created = StaffForms.post(admin)
                .formParam("regionCode", "63.71")
                .formParam("year", "2025")
                .formParam("name", "Si Mantab")
                .formParam("agency", "DPMPTSP Kota Banjarmasin")
                .formParam("subDimension", "LAYANAN_PUBLIK")
                .formParam("targetPopulation", "2.000")
                .formParam("description", "Dokumen perizinan diantar gratis.")
                .post("/dasbor/kelola/program/baru");
        assertThat(created.statusCode()).isEqualTo(303);
        long id = Long.parseLong(created.header("Location").replaceAll(".*program=", ""));
        assertThat(created.header("Location")).endsWith("/dasbor/kelola/kuesioner/baru?program=" + id);
        assertThat(database.strings("select name || '|' || slug || '|' || target_population || '|' || year"
                        + " from program where id = " + id))
                .containsExactly("Si Mantab|si-mantab|2000|2025");
        assertThat(database.strings("select action || ' ' || actor || ' ' || target from audit_event"
                        + " where action like 'PROGRAM_%'"))
                .containsExactly("PROGRAM_CREATED " + admin.username() + " program:" + id);

        Document list = StaffForms.page(admin, "/dasbor/kelola/program", 200);
        assertThat(list.select(".program-row h3").eachText()).containsExactly("Si Mantab");
        assertThat(list.select(".program-row").text()).contains("Layanan Publik", "Kuesioner: belum ada");
        assertThat(list.select("header nav a").eachText()).contains("Program & kuesioner");
    }

    @Test
    void badInputComesBackAtTheFieldWithWhatWasTypedAndStoresNothing() {
        String page = StaffForms.post(admin)
                .formParam("regionCode", "63.71")
                .formParam("year", "2025")
                .formParam("name", "  ")
                .formParam("agency", "Dinas <Pendidikan>")
                .formParam("subDimension", "LAYANAN_PUBLIK")
                .formParam("targetPopulation", "dua ribu")
                .formParam("description", "Keterangan yang diketik")
                .post("/dasbor/kelola/program/baru")
                .then()
                .statusCode(422)
                .extract()
                .asString();
        Document form = Jsoup.parse(page);
        assertThat(form.select("#e-name").text()).isEqualTo("Wajib diisi.");
        assertThat(form.select("#e-targetPopulation").text()).contains("angka bulat");
        assertThat(form.select("#agency").val()).isEqualTo("Dinas <Pendidikan>");
        assertThat(form.select("#targetPopulation").val()).isEqualTo("dua ribu");
        assertThat(form.select("#description").text()).isEqualTo("Keterangan yang diketik");
        assertThat(form.select("#subDimension option[selected]").val()).isEqualTo("LAYANAN_PUBLIK");
        assertThat(page).doesNotContain("<Pendidikan>");
        assertThat(database.count("select count(*) from program")).isZero();

        Api.createProgram("63.71", "Si Mantab");
        Document taken = Jsoup.parse(StaffForms.post(admin)
                .formParam("regionCode", "63.71")
                .formParam("year", "2024")
                .formParam("name", "Si Mantab")
                .formParam("agency", "DPMPTSP")
                .formParam("subDimension", "SAMPAH")
                .post("/dasbor/kelola/program/baru")
                .then()
                .statusCode(409)
                .extract()
                .asString());
        assertThat(taken.select("#e-slug").text()).contains("sudah dipakai");
        assertThat(taken.select("#name").val()).isEqualTo("Si Mantab");
        assertThat(database.count("select count(*) from program")).isEqualTo(1);
    }

    @Test
    void anAdminEditsArchivesAndRestoresAProgramEachChangeAudited() {
        long id = Api.createProgram("63.71", "Bakawan RTLH");
        Document form = StaffForms.page(admin, "/dasbor/kelola/program/" + id, 200);
        assertThat(form.select("#name").val()).isEqualTo("Bakawan RTLH");

        StaffForms.post(admin)
                .formParam("name", "Bakawan RTLH")
                .formParam("agency", "Dinas Perkim")
                .formParam("subDimension", "HEALTH")
                .formParam("slug", "bakawan-rtlh")
                .formParam("targetPopulation", "500")
                .post("/dasbor/kelola/program/" + id)
                .then()
                .statusCode(303)
                .header("Location", org.hamcrest.Matchers.endsWith("/dasbor/kelola/program?pesan=tersimpan"));
        assertThat(database.strings("select agency || '|' || sub_dimension_code from program where id = " + id))
                .containsExactly("Dinas Perkim|HEALTH");

        StaffForms.post(admin)
                .post("/dasbor/kelola/program/" + id + "/arsip")
                .then()
                .statusCode(303);
        Document list = StaffForms.page(admin, "/dasbor/kelola/program", 200);
        assertThat(list.select(".program-row")).isEmpty();
        assertThat(list.text()).contains("Diarsipkan", "Bakawan RTLH");
        StaffForms.post(admin)
                .post("/dasbor/kelola/program/" + id + "/pulihkan")
                .then()
                .statusCode(303);
        assertThat(StaffForms.page(admin, "/dasbor/kelola/program", 200)
                        .select(".program-row h3")
                        .eachText())
                .containsExactly("Bakawan RTLH");
        assertThat(database.strings("select action from audit_event where target = 'program:" + id + "' order by id"))
                .containsExactly("PROGRAM_CREATED", "PROGRAM_CHANGED", "PROGRAM_ARCHIVED", "PROGRAM_RESTORED");
        assertThat(database.strings("select detail->'changes'->'agency'->>'after' from audit_event"
                        + " where action = 'PROGRAM_CHANGED'"))
                .containsExactly("Dinas Perkim");
    }

    @Test
    void aProgramWhoseQuestionnaireTakesAnswersIsNotArchivedAndOthersCannotTouchIt() {
        long id = Api.createProgram("63.71", "Si Mantab");
        Api.publish(Api.createDraft(id));
        StaffForms.post(admin)
                .post("/dasbor/kelola/program/" + id + "/arsip")
                .then()
                .statusCode(303)
                .header("Location", org.hamcrest.Matchers.endsWith("pesan=masih-berjalan"));
        assertThat(StaffForms.page(admin, "/dasbor/kelola/program?pesan=masih-berjalan", 200)
                        .select("p.done")
                        .text())
                .contains("Tutup kuesioner itu dulu");
        assertThat(database.count("select count(*) from program where archived_at is not null"))
                .isZero();

        Api.createRegion("64.72");
        Staff.Login other = Staff.regionAdmin("64.72");
        StaffForms.post(other)
                .post("/dasbor/kelola/program/" + id + "/arsip")
                .then()
                .statusCode(404);
        StaffForms.as(other).get("/dasbor/kelola/program/" + id).then().statusCode(404);
        assertThat(StaffForms.page(other, "/dasbor/kelola/program", 200).select(".program-row"))
                .isEmpty();
        Staff.Login owner = Staff.owner("63.71", id);
        assertThat(StaffForms.page(owner, "/dasbor/kelola/program", 200)
                        .select(".program-row h3")
                        .eachText())
                .containsExactly("Si Mantab");
        StaffForms.as(owner).get("/dasbor/kelola/program/baru").then().statusCode(403);
    }
}
