package id.suarawarga.web.staff.importing;

import static org.assertj.core.api.Assertions.assertThat;

import id.suarawarga.support.Database;
import id.suarawarga.support.ImportFiles;
import id.suarawarga.support.StaffForms;
import id.suarawarga.support.Surveys;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The import pages refuse bad uploads in words and never with a 5xx: malformed multipart bodies, no file, a file that
 * is not a table, a file above the limit (the staff 413 page); nothing is kept or stored.
 */
@QuarkusTest
class ImportPageTest {

    @Inject
    Database database;

    @AfterEach
    void wipe() {
        database.wipe();
    }

    private static Response post(String path, String contentType, byte[] body) {
        return StaffForms.as(StaffForms.nationalAdmin())
                .cookie("suara-csrf", StaffForms.CSRF)
                .contentType(contentType)
                .body(body)
                .post(path);
    }

    @Test
    void malformedMultipartBodiesNeverGetA5xx() {
        long questionnaire = Surveys.publishedSkm();
        String path = "/dasbor/kuesioner/" + questionnaire + "/impor";
        Map<String, String> before = database.fingerprint();
        for (String type : new String[] {"multipart/form-data; boundary=x", "multipart/form-data"}) {
            for (String body : new String[] {
                "", "garbage", "--x--\r\n", "--x\r\nContent-Disposition: form-data; name=\"berkas\"\r\n\r\nb"
            }) {
                int status =
                        post(path, type, body.getBytes(StandardCharsets.UTF_8)).statusCode();
                assertThat(status).as(type + " / " + body).isBetween(400, 499);
            }
        }
        assertThat(database.fingerprint()).isEqualTo(before);
    }

    @Test
    void noFileOrNotATableIsSaidOnTheSameForm() {
        long questionnaire = Surveys.publishedSkm();
        String path = "/dasbor/kuesioner/" + questionnaire + "/impor";
        Response empty = StaffForms.as(StaffForms.nationalAdmin())
                .cookie("suara-csrf", StaffForms.CSRF)
                .multiPart("csrf", StaffForms.CSRF)
                .multiPart("berkas", "kosong.csv", new byte[0], "text/csv")
                .post(path);
        assertThat(empty.statusCode()).isEqualTo(422);
        Document page = Jsoup.parse(empty.asString());
        assertThat(page.getElementById("galat").text()).startsWith("Pilih berkas CSV atau Excel");
        assertThat(page.getElementById("berkas").attr("aria-invalid")).isEqualTo("true");

        Response unclosed = StaffForms.as(StaffForms.nationalAdmin())
                .cookie("suara-csrf", StaffForms.CSRF)
                .multiPart("csrf", StaffForms.CSRF)
                .multiPart("berkas", "a.csv", "U1;U2\n\"4;3\n".getBytes(StandardCharsets.UTF_8), "text/csv")
                .post(path);
        assertThat(unclosed.statusCode()).isEqualTo(422);
        assertThat(Jsoup.parse(unclosed.asString()).getElementById("galat").text())
                .isEqualTo("Tanda kutip di baris 2 tidak ditutup. (A quote in row 2 is never closed.)");
        assertThat(database.count("select count(*) from import_upload")).isZero();
    }

    @Test
    void aFileAboveTheLimitIsRefusedWithA413Page() {
        long questionnaire = Surveys.publishedSkm();
        Response tooLarge = StaffForms.as(StaffForms.nationalAdmin())
                .cookie("suara-csrf", StaffForms.CSRF)
                .multiPart("csrf", StaffForms.CSRF)
                .multiPart("berkas", "besar.csv", new byte[11 * 1024 * 1024], "text/csv")
                .post("/dasbor/kuesioner/" + questionnaire + "/impor");
        // sent without a Content-Length (chunked), the file reaches the page, which says so on the same form
        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertThat(Jsoup.parse(tooLarge.asString()).getElementById("galat").text())
                .startsWith("Berkas terlalu besar: batasnya 10 MB.");
        assertThat(database.count("select count(*) from import_upload")).isZero();
    }

    @Test
    void anUploadThatIsGoneIsNotFound() {
        long questionnaire = Surveys.publishedSkm();
        StaffForms.page(
                StaffForms.nationalAdmin(),
                "/dasbor/kuesioner/" + questionnaire + "/impor/00000000-0000-4000-8000-000000000000",
                404);
        StaffForms.page(StaffForms.nationalAdmin(), "/dasbor/kuesioner/" + questionnaire + "/impor/bukan-id", 404);
        // a valid upload's mapping page, then the same file's rows: suggestions preselected
        Response uploaded = StaffForms.as(StaffForms.nationalAdmin())
                .cookie("suara-csrf", StaffForms.CSRF)
                .multiPart("csrf", StaffForms.CSRF)
                .multiPart(
                        "berkas",
                        "g.csv",
                        ImportFiles.csv(ImportFiles.HEADERS, ImportFiles.rows(3, Set.of()), ';'),
                        "text/csv")
                .post("/dasbor/kuesioner/" + questionnaire + "/impor");
        assertThat(uploaded.statusCode()).isEqualTo(303);
        Document mapping = StaffForms.page(
                StaffForms.nationalAdmin(), uploaded.header("Location").replaceFirst("^https?://[^/]+", ""), 200);
        assertThat(mapping.select("#k-5 option[selected]").attr("value")).isEqualTo("U1");
        assertThat(mapping.select("#k-2 option[selected]").attr("value")).isEmpty();
    }
}
