package id.suarawarga.web.staff.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import id.suarawarga.support.Api;
import id.suarawarga.support.Database;
import id.suarawarga.support.Staff;
import id.suarawarga.support.StaffForms;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Questions of a draft are added, edited, moved and removed on pages; mistakes come back at the field. */
@QuarkusTest
class QuestionEditorPageTest {

    @Inject
    Database database;

    Staff.Login owner;
    long program;
    long draft;

    @BeforeEach
    void setUp() {
        database.wipe();
        program = Api.createProgram("63.71", "Si Mantab");
        draft = QuestionnaireBuilderPageTest.skmDraft(program);
        owner = Staff.owner("63.71", program);
    }

    @AfterEach
    void clean() {
        database.wipe();
    }

    String path(String rest) {
        return "/dasbor/kelola/kuesioner/" + draft + "/pertanyaan" + rest;
    }

    long questionId(String code) {
        return database.count(
                "select id from question where questionnaire_id = " + draft + " and code = '" + code + "'");
    }

    @Test
    void anOwnerAddsAChoiceQuestionInBothLanguagesWhereTheyWantIt() {
        Document form = StaffForms.page(owner, path("/baru?jenis=SINGLE_CHOICE"), 200);
        assertThat(form.select("#type option[selected]").val()).isEqualTo("SINGLE_CHOICE");
        assertThat(form.select(".option-row")).hasSize(QuestionForm.SPARE_ROWS);
        assertThat(form.select("#position option").eachText()).contains("Di akhir");

        StaffForms.post(owner)
                .formParam("type", "SINGLE_CHOICE")
                .formParam("textId", "Kapan Saudara datang?")
                .formParam("textEn", "When did you come?")
                .formParam("helpId", "Pilih yang paling sering.")
                .formParam("required", "on")
                .formParam("optId", "Pagi", "Siang", "")
                .formParam("optEn", "Morning", "Afternoon", "")
                .formParam("optValue", "", "", "")
                .formParam("position", "1")
                .post(path("/baru"))
                .then()
                .statusCode(303);
        assertThat(database.strings("select position || '|' || text_id || '|' || text_en || '|' || help_id || '|'"
                        + " || required from question where questionnaire_id = " + draft + " and text_en is not null"
                        + " and code like 'Q%'"))
                .containsExactly("1|Kapan Saudara datang?|When did you come?|Pilih yang paling sering.|true");
        assertThat(database.strings("select string_agg(o.label_id || '/' || o.label_en, ',' order by o.position)"
                        + " from question_option o join question q on q.id = o.question_id"
                        + " where q.questionnaire_id = " + draft + " and q.code = 'Q1'"))
                .containsExactly("Pagi/Morning,Siang/Afternoon");
        assertThat(database.strings("select action || ' ' || actor || ' ' || (detail->>'question') from audit_event"
                        + " where action like 'QUESTION%' and action not like 'QUESTIONNAIRE%'"))
                .containsExactly("QUESTION_ADDED " + owner.username() + " Q1");
    }

    @Test
    void mistakesComeBackAtTheirFieldWithEverythingTypedAndNothingStored() {
        long before = database.count("select count(*) from question");
        Document missing = Jsoup.parse(StaffForms.post(owner)
                .formParam("type", "LIKERT")
                .formParam("textId", "")
                .formParam("textEn", "Typed English")
                .formParam("scalePoints", "4")
                .formParam("optId", "Buruk", "Baik")
                .formParam("optEn", "Bad", "")
                .post(path("/baru"))
                .then()
                .statusCode(422)
                .extract()
                .asString());
        assertThat(missing.select("#e-text").text()).isEqualTo("Wajib diisi.");
        assertThat(missing.select("#textEn").text()).isEqualTo("Typed English");
        assertThat(missing.select("#o0id").val()).isEqualTo("Buruk");
        assertThat(missing.select("#o1id").val()).isEqualTo("Baik");
        assertThat(missing.select("#ringkasan-galat").text()).contains("perlu diperbaiki");

        Document tooMany = Jsoup.parse(StaffForms.post(owner)
                .formParam("type", "LIKERT")
                .formParam("textId", "Bagaimana pelayanannya?")
                .formParam("scalePoints", "4")
                .formParam("optId", "1", "2", "3", "4", "5")
                .post(path("/baru"))
                .then()
                .statusCode(422)
                .extract()
                .asString());
        assertThat(tooMany.select("#e-options").text()).contains("Skala ini punya lebih sedikit titik");
        assertThat(tooMany.select("#o4id").val()).isEqualTo("5");

        Document twice = Jsoup.parse(StaffForms.post(owner)
                .formParam("type", "LIKERT")
                .formParam("textId", "Persyaratan lagi?")
                .formParam("scalePoints", "4")
                .formParam("tag", "U1")
                .post(path("/baru"))
                .then()
                .statusCode(422)
                .extract()
                .asString());
        assertThat(twice.select("#e-tag").text()).contains("sudah mengukur");
        assertThat(twice.select("#tag option[selected]").val()).isEqualTo("U1");
        assertThat(database.count("select count(*) from question")).isEqualTo(before);
    }

    @Test
    void changingTheTypeKeepsWhatWasTypedAndSavesNothing() {
        Document switched = Jsoup.parse(StaffForms.post(owner)
                .formParam("type", "MULTI_CHOICE")
                .formParam("textId", "Layanan apa yang Saudara pakai?")
                .formParam("gantiJenis", "1")
                .post(path("/baru"))
                .then()
                .statusCode(200)
                .extract()
                .asString());
        assertThat(switched.select("#type option[selected]").val()).isEqualTo("MULTI_CHOICE");
        assertThat(switched.select("#textId").text()).isEqualTo("Layanan apa yang Saudara pakai?");
        assertThat(switched.select(".option-row")).hasSize(QuestionForm.SPARE_ROWS);
        assertThat(
                        database.count(
                                "select count(*) from audit_event where action like 'QUESTION%' and action not like 'QUESTIONNAIRE%'"))
                .isZero();
    }

    @Test
    void questionsMoveUpAndDownAndAreRemovedUnlessAnotherDependsOnThem() {
        long u2 = questionId("U2");
        StaffForms.post(owner).post(path("/" + u2 + "/naik")).then().statusCode(303);
        assertThat(database.strings("select code from question where questionnaire_id = " + draft
                        + " and position in (6, 7) order by position"))
                .containsExactly("U2", "U1");
        StaffForms.post(owner).post(path("/" + u2 + "/turun")).then().statusCode(303);
        assertThat(database.strings("select code from question where questionnaire_id = " + draft
                        + " and position in (6, 7) order by position"))
                .containsExactly("U1", "U2");

        StaffForms.post(owner)
                .post(path("/" + questionId("SARAN") + "/hapus"))
                .then()
                .statusCode(303);
        assertThat(database.count("select count(*) from question where questionnaire_id = " + draft))
                .isEqualTo(14);
        assertThat(StaffForms.page(owner, "/dasbor/kelola/kuesioner/" + draft + "?pesan=dihapus", 200)
                        .select("ol.qlist > li"))
                .hasSize(14);
        assertThat(
                        database.strings(
                                "select action from audit_event where action like 'QUESTION%' and action not like 'QUESTIONNAIRE%' order by id"))
                .containsExactly("QUESTIONS_REORDERED", "QUESTIONS_REORDERED", "QUESTION_REMOVED");
    }

    @Test
    void aPublishedQuestionnaireCannotChangeAndOthersCannotReachIt() {
        long u3 = questionId("U3");
        Api.publish(draft);
        StaffForms.as(owner)
                .get(path("/" + u3))
                .then()
                .statusCode(303)
                .header("Location", org.hamcrest.Matchers.endsWith("/dasbor/kelola/kuesioner/" + draft));
        StaffForms.post(owner)
                .formParam("type", "LIKERT")
                .formParam("textId", "Diubah setelah terbit")
                .formParam("scalePoints", "4")
                .post(path("/" + u3))
                .then()
                .statusCode(303)
                .header("Location", org.hamcrest.Matchers.endsWith("pesan=bukan-draf"));
        assertThat(database.strings("select text_id from question where id = " + u3))
                .allSatisfy(text -> assertThat(text).contains("kecepatan waktu"));

        Staff.Login stranger = Staff.owner("63.71", Api.createProgram("63.71", "Lain"));
        StaffForms.as(stranger).get(path("/" + u3)).then().statusCode(404);
        StaffForms.post(stranger).post(path("/" + u3 + "/hapus")).then().statusCode(404);
        StaffForms.as(Staff.evaluator()).get(path("/baru")).then().statusCode(403);
    }
}
