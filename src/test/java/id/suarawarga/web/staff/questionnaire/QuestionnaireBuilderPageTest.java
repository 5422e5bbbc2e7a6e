package id.suarawarga.web.staff.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;

import id.suarawarga.support.Api;
import id.suarawarga.support.Database;
import id.suarawarga.support.Staff;
import id.suarawarga.support.StaffForms;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The builder's own pages: start from a template or a copy, texts and schedule, settings, preview, lifecycle. */
@QuarkusTest
class QuestionnaireBuilderPageTest {

    @Inject
    Database database;

    Staff.Login admin;
    long program;

    @BeforeEach
    void setUp() {
        database.wipe();
        program = Api.createProgram("63.71", "Si Mantab");
        admin = Staff.regionAdmin("63.71");
    }

    @AfterEach
    void clean() {
        database.wipe();
    }

    static long skmDraft(long programId) {
        return Api.json()
                .body(Map.of("programId", programId, "templates", List.of("skm")))
                .post("/api/v1/questionnaires/from-template")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    @Test
    void anAdminStartsADraftFromTheSkmTemplate() {
        Document start = StaffForms.page(admin, "/dasbor/kelola/kuesioner/baru?program=" + program, 200);
        assertThat(start.select("input[name=start]").eachAttr("value"))
                .contains("tpl:skm", "tpl:manfaat-program", "tpl:skm+manfaat-program");
        assertThat(start.select("input[value=tpl:skm]").hasAttr("checked")).isTrue();

        Response created = StaffForms.post(admin)
                .formParam("program", program)
                .formParam("start", "tpl:skm")
                .post("/dasbor/kelola/kuesioner/baru");
        assertThat(created.statusCode()).isEqualTo(303);
        String location = created.header("Location");
        long id = Long.parseLong(location.replaceAll(".*/kuesioner/(\\d+).*", "$1"));
        Document builder = StaffForms.page(admin, "/dasbor/kelola/kuesioner/" + id + "?pesan=dibuat", 200);
        assertThat(builder.select("h1").text()).isEqualTo("Survei Kepuasan Masyarakat: Si Mantab");
        assertThat(builder.select("#status").text()).isEqualTo("draf");
        assertThat(builder.select("ol.qlist > li")).hasSize(15);
        assertThat(builder.select("#titleEn").val()).isEqualTo("Public Satisfaction Survey: Si Mantab");
        assertThat(builder.select("input[name=policy][checked]").val()).isEqualTo("FLAG");
        assertThat(builder.select("label.check").text())
                .contains("HP pribadi warga (tandai jawaban kedua)", "Tablet di loket (boleh banyak jawaban)");
        assertThat(database.strings("select action from audit_event where target = 'questionnaire:" + id + "'"))
                .containsExactly("QUESTIONNAIRE_CREATED");

        Document again = Jsoup.parse(StaffForms.post(admin)
                .formParam("program", program)
                .formParam("start", "tpl:skm")
                .post("/dasbor/kelola/kuesioner/baru")
                .then()
                .statusCode(409)
                .extract()
                .asString());
        assertThat(again.select(".errors-box").text()).contains("sudah punya draf");
        assertThat(again.select(".errors-box a").attr("href")).isEqualTo("/dasbor/kelola/kuesioner/" + id);
        assertThat(database.count("select count(*) from questionnaire")).isEqualTo(1);
    }

    @Test
    void lastYearsQuestionnaireIsCopiedIntoANewProgramsDraftButNotAnotherRegions() {
        long lastYear = skmDraft(program);
        Api.publish(lastYear);
        long thisYear = Api.createProgram("63.71", "Si Mantab 2025");
        Document start = StaffForms.page(admin, "/dasbor/kelola/kuesioner/baru?program=" + thisYear, 200);
        assertThat(start.select("input[value=salin:" + lastYear + "]")).hasSize(1);
        StaffForms.post(admin)
                .formParam("program", thisYear)
                .formParam("start", "salin:" + lastYear)
                .post("/dasbor/kelola/kuesioner/baru")
                .then()
                .statusCode(303);
        assertThat(database.strings("select count(*) from question q join questionnaire n on n.id = q.questionnaire_id"
                        + " where n.program_id = " + thisYear))
                .containsExactly("15");

        long elsewhere = skmDraft(Api.createProgram("64.72", "Sigap"));
        long fresh = Api.createProgram("63.71", "Baiman Store");
        // another region's questionnaire is not offered, and asking for it anyway is "not available", as if absent
        assertThat(StaffForms.page(admin, "/dasbor/kelola/kuesioner/baru?program=" + fresh, 200)
                        .select("input[value=salin:" + elsewhere + "]"))
                .isEmpty();
        Document refused = Jsoup.parse(StaffForms.post(admin)
                .formParam("program", fresh)
                .formParam("start", "salin:" + elsewhere)
                .post("/dasbor/kelola/kuesioner/baru")
                .then()
                .statusCode(422)
                .extract()
                .asString());
        assertThat(refused.select(".errors-box").text()).contains("tidak tersedia");
        StaffForms.as(admin)
                .get("/dasbor/kelola/kuesioner/baru?program=" + Api.createProgram("64.72", "Lain"))
                .then()
                .statusCode(404);
        assertThat(database.count("select count(*) from questionnaire where program_id = " + fresh))
                .isZero();
    }

    @Test
    void badTextsAndDatesComeBackAtTheirFieldsAndTheDraftIsKept() {
        long id = skmDraft(program);
        Document page = Jsoup.parse(StaffForms.post(admin)
                .formParam("titleId", " ")
                .formParam("titleEn", "Typed title")
                .formParam("consentId", "Catatan yang diketik")
                .formParam("opensAt", "2026-07-01T08:00")
                .formParam("closesAt", "besok")
                .post("/dasbor/kelola/kuesioner/" + id)
                .then()
                .statusCode(422)
                .extract()
                .asString());
        assertThat(page.select("#e-title").text()).isEqualTo("Wajib diisi.");
        assertThat(page.select("#e-closesAt").text()).contains("tidak terbaca");
        assertThat(page.select("#titleEn").val()).isEqualTo("Typed title");
        assertThat(page.select("#consentId").text()).isEqualTo("Catatan yang diketik");
        assertThat(page.select("#closesAt").val()).isEqualTo("besok");
        assertThat(database.strings("select title_id from questionnaire where id = " + id))
                .containsExactly("Survei Kepuasan Masyarakat: Si Mantab");

        StaffForms.post(admin)
                .formParam("titleId", "Survei Si Mantab 2026")
                .formParam("consentId", "Kami tidak meminta nama.")
                .formParam("opensAt", "2026-07-01T08:00")
                .formParam("closesAt", "2026-06-01T08:00")
                .post("/dasbor/kelola/kuesioner/" + id)
                .then()
                .statusCode(422);
        StaffForms.post(admin)
                .formParam("titleId", "Survei Si Mantab 2026")
                .formParam("consentId", "Kami tidak meminta nama.")
                .formParam("opensAt", "2026-07-01T08:00")
                .post("/dasbor/kelola/kuesioner/" + id)
                .then()
                .statusCode(303);
        assertThat(database.strings("select title_id || '|' || coalesce(title_en, '-') || '|' || opens_at"
                        + " from questionnaire where id = " + id))
                .containsExactly("Survei Si Mantab 2026|-|2026-07-01 01:00:00+00");
        assertThat(database.strings("select string_agg(c.key, ' ' order by c.key) from audit_event e,"
                        + " jsonb_each(e.detail->'changes') c where action = 'QUESTIONNAIRE_CHANGED' group by e.id"))
                .singleElement()
                .asString()
                .contains("opensAt", "title.en", "title.id");
    }

    @Test
    void theDuplicatePolicyIsChosenInWordsAndAudited() {
        long id = skmDraft(program);
        StaffForms.post(admin)
                .formParam("policy", "ALLOW")
                .post("/dasbor/kelola/kuesioner/" + id + "/pengaturan")
                .then()
                .statusCode(303);
        assertThat(database.strings("select duplicate_policy from questionnaire where id = " + id))
                .containsExactly("ALLOW");
        Document page = StaffForms.page(admin, "/dasbor/kelola/kuesioner/" + id, 200);
        assertThat(page.select("input[name=policy][checked]").val()).isEqualTo("ALLOW");
        StaffForms.post(admin)
                .formParam("policy", "SEMBARANG")
                .post("/dasbor/kelola/kuesioner/" + id + "/pengaturan")
                .then()
                .statusCode(422);
        assertThat(database.strings("select detail->'changes'->'duplicatePolicy'->>'after' from audit_event"
                        + " where action = 'QUESTIONNAIRE_SETTINGS_CHANGED'"))
                .containsExactly("ALLOW");
    }

    @Test
    void thePreviewIsTheResidentsFormMarkedAsPreviewAndStoresNothing() {
        long id = skmDraft(program);
        Map<String, String> before = database.fingerprint();
        Document preview = StaffForms.page(admin, "/dasbor/kelola/kuesioner/" + id + "/pratinjau", 200);
        assertThat(preview.select(".preview").text()).contains("PRATINJAU", "tidak ada jawaban yang dikirim");
        assertThat(preview.select("form#survey button[type=submit]").hasAttr("disabled"))
                .isTrue();
        assertThat(preview.select("fieldset.q")).hasSize(15);
        assertThat(preview.select("legend#l-U3").text()).contains("kecepatan waktu");
        Document english = StaffForms.page(admin, "/dasbor/kelola/kuesioner/" + id + "/pratinjau?lang=en", 200);
        assertThat(english.select("html").attr("lang")).isEqualTo("en");
        assertThat(english.select("h1").text()).isEqualTo("Public Satisfaction Survey: Si Mantab");
        assertThat(english.select("form#survey button[type=submit]").text()).isEqualTo("Send answers");
        assertThat(database.fingerprint()).isEqualTo(before);
        // still a draft: residents get nothing at the public link
        io.restassured.RestAssured.given()
                .auth()
                .none()
                .get("/s/si-mantab")
                .then()
                .statusCode(404);
    }

    @Test
    void publishingNamesWhatIsMissingThenPublishesClosesAndStartsANewVersionShowingWhatChanged() {
        long id = skmDraft(program);
        StaffForms.post(admin)
                .formParam("type", "YES_NO")
                .formParam("textId", "Apakah dokumen diantar tepat waktu?")
                .formParam("optId", "Ya", "Tidak")
                .formParam("optEn", "Yes", "No")
                .formParam("optValue", "YES", "NO")
                .post("/dasbor/kelola/kuesioner/" + id + "/pertanyaan/baru")
                .then()
                .statusCode(303);
        Document refused = Jsoup.parse(StaffForms.post(admin)
                .post("/dasbor/kelola/kuesioner/" + id + "/terbitkan")
                .then()
                .statusCode(422)
                .extract()
                .asString());
        assertThat(refused.select("#masalah-terbit li").eachText())
                .containsExactly(
                        "Pertanyaan 16: teks bahasa Inggris belum diisi (judul kuesioner punya versi Inggris).");
        long questionId =
                database.count("select id from question where questionnaire_id = " + id + " and position = 16");
        StaffForms.post(admin)
                .formParam("type", "YES_NO")
                .formParam("textId", "Apakah dokumen diantar tepat waktu?")
                .formParam("textEn", "Was the document delivered on time?")
                .formParam("required", "on")
                .formParam("optId", "Ya", "Tidak")
                .formParam("optEn", "Yes", "No")
                .formParam("optValue", "YES", "NO")
                .post("/dasbor/kelola/kuesioner/" + id + "/pertanyaan/" + questionId)
                .then()
                .statusCode(303);
        StaffForms.post(admin)
                .post("/dasbor/kelola/kuesioner/" + id + "/terbitkan")
                .then()
                .statusCode(303)
                .header("Location", endsWith("?pesan=terbit"));
        Document live = StaffForms.page(admin, "/dasbor/kelola/kuesioner/" + id, 200);
        assertThat(live.select("#status").text()).isEqualTo("sedang berjalan");
        assertThat(live.select("form.edit textarea")).isEmpty(); // published content is read-only
        assertThat(live.select("a[href=/s/si-mantab]")).hasSize(1);

        Response next = StaffForms.post(admin).post("/dasbor/kelola/kuesioner/" + id + "/versi-baru");
        assertThat(next.statusCode()).isEqualTo(303);
        long draft = Long.parseLong(next.header("Location").replaceAll(".*/kuesioner/(\\d+).*", "$1"));
        long u3 = database.count("select id from question where questionnaire_id = " + draft + " and code = 'U3'");
        Document u3Form = StaffForms.page(admin, "/dasbor/kelola/kuesioner/" + draft + "/pertanyaan/" + u3, 200);
        var fields = new java.util.LinkedHashMap<String, List<String>>();
        u3Form.select("form.edit input, form.edit select, form.edit textarea").forEach(e -> {
            String type = e.attr("type");
            if (e.attr("name").isEmpty() || type.equals("submit") || type.equals("checkbox") && !e.hasAttr("checked")) {
                return;
            }
            String value = e.tagName().equals("select")
                    ? e.select("option[selected]").val()
                    : e.tagName().equals("textarea") ? e.text() : e.val();
            fields.computeIfAbsent(e.attr("name"), k -> new java.util.ArrayList<>())
                    .add(type.equals("checkbox") && value.isEmpty() ? "on" : value);
        });
        fields.put("textId", List.of("Seberapa cepat layanan kami?"));
        fields.remove("csrf");
        fields.remove("gantiJenis");
        var edit = StaffForms.post(admin);
        fields.forEach((name, values) -> edit.formParam(name, values.toArray()));
        edit.post("/dasbor/kelola/kuesioner/" + draft + "/pertanyaan/" + u3)
                .then()
                .statusCode(303);
        Document changes = StaffForms.page(admin, "/dasbor/kelola/kuesioner/" + draft + "/perubahan", 200);
        assertThat(changes.select("#perubahan > li > strong").eachText())
                .containsExactly("Pertanyaan U3: teks pertanyaan diubah");
        assertThat(changes.select(".diff-new").text()).isEqualTo("Seberapa cepat layanan kami?");
        assertThat(changes.select(".diff-old").text()).contains("kecepatan waktu");

        StaffForms.post(admin)
                .post("/dasbor/kelola/kuesioner/" + id + "/tutup")
                .then()
                .statusCode(303)
                .header("Location", endsWith("?pesan=ditutup"));
        assertThat(database.strings("select status from questionnaire where id = " + id))
                .containsExactly("CLOSED");
        assertThat(database.strings(
                        "select action from audit_event where target = 'questionnaire:" + id + "' order by id"))
                .containsExactly(
                        "QUESTIONNAIRE_CREATED",
                        "QUESTION_ADDED",
                        "QUESTION_CHANGED",
                        "QUESTIONNAIRE_PUBLISHED",
                        "QUESTIONNAIRE_CLOSED");
        StaffForms.post(admin)
                .post("/dasbor/kelola/kuesioner/" + id + "/tutup")
                .then()
                .statusCode(409);
    }
}
