package id.suarawarga.questionnaire;

import static id.suarawarga.support.Api.createProgram;
import static id.suarawarga.support.Api.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import id.suarawarga.support.Database;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Templates are data; creating from them goes through the same rules as the API. */
@QuarkusTest
class QuestionnaireTemplateTest {

    /** PermenPANRB 14/2017 elements, copied independently from DOMAIN.md: code → question, labels 1..4. */
    static final Map<String, List<String>> SKM = Map.of(
            "U1",
                    List.of(
                            "Bagaimana pendapat Saudara tentang kesesuaian persyaratan pelayanan dengan jenis pelayanannya?",
                            "Tidak sesuai",
                            "Kurang sesuai",
                            "Sesuai",
                            "Sangat sesuai"),
            "U2",
                    List.of(
                            "Bagaimana pemahaman Saudara tentang kemudahan prosedur pelayanan di unit ini?",
                            "Tidak mudah",
                            "Kurang mudah",
                            "Mudah",
                            "Sangat mudah"),
            "U3",
                    List.of(
                            "Bagaimana pendapat Saudara tentang kecepatan waktu dalam memberikan pelayanan?",
                            "Tidak cepat",
                            "Kurang cepat",
                            "Cepat",
                            "Sangat cepat"),
            "U4",
                    List.of(
                            "Bagaimana pendapat Saudara tentang kewajaran biaya/tarif dalam pelayanan?",
                            "Sangat mahal",
                            "Cukup mahal",
                            "Murah",
                            "Gratis"),
            "U5",
                    List.of(
                            "Bagaimana pendapat Saudara tentang kesesuaian produk pelayanan antara yang tercantum dalam standar"
                                    + " pelayanan dengan hasil yang diberikan?",
                            "Tidak sesuai",
                            "Kurang sesuai",
                            "Sesuai",
                            "Sangat sesuai"),
            "U6",
                    List.of(
                            "Bagaimana pendapat Saudara tentang kompetensi/kemampuan petugas dalam pelayanan?",
                            "Tidak kompeten",
                            "Kurang kompeten",
                            "Kompeten",
                            "Sangat kompeten"),
            "U7",
                    List.of(
                            "Bagaimana pendapat Saudara perilaku petugas dalam pelayanan terkait kesopanan dan keramahan?",
                            "Tidak sopan dan ramah",
                            "Kurang sopan dan ramah",
                            "Sopan dan ramah",
                            "Sangat sopan dan ramah"),
            "U8",
                    List.of(
                            "Bagaimana pendapat Saudara tentang kualitas sarana dan prasarana?",
                            "Buruk",
                            "Cukup",
                            "Baik",
                            "Sangat Baik"),
            "U9",
                    List.of(
                            "Bagaimana pendapat Saudara tentang penanganan pengaduan pengguna layanan?",
                            "Tidak ada",
                            "Ada tetapi tidak berfungsi",
                            "Berfungsi kurang maksimal",
                            "Dikelola dengan baik"));

    @Inject
    Database database;

    @AfterEach
    void wipe() {
        database.wipe();
    }

    @Test
    void listsShippedTemplates() {
        json().get("/api/v1/questionnaire-templates")
                .then()
                .statusCode(200)
                .body("code", equalTo(List.of("skm", "manfaat-program", "program-warga")))
                .body("questionCount", equalTo(List.of(15, 5, 9)));
        json().get("/api/v1/questionnaire-templates/nope")
                .then()
                .statusCode(404)
                .body("detail", equalTo("Questionnaire template nope does not exist"));
    }

    @Test
    void createsSkmQuestionnaireWithTheRegulationsWordingKeyedByElement() {
        long program = createProgram("63.71", "Si Mantab");

        JsonPath q = json().body(Map.of("programId", program, "templates", List.of("skm")))
                .post("/api/v1/questionnaires/from-template")
                .then()
                .statusCode(201)
                .body("status", equalTo("DRAFT"))
                .body("title.id", equalTo("Survei Kepuasan Masyarakat: Si Mantab"))
                .extract()
                .jsonPath();

        SKM.forEach((element, expected) -> {
            String path = "questions.find { it.tag == '" + element + "' }";
            assertThat(q.getString(path + ".text.id")).as(element).isEqualTo(expected.get(0));
            assertThat(q.getList(path + ".options.label.id")).as(element).isEqualTo(expected.subList(1, 5));
            assertThat(q.getList(path + ".options.score")).as(element).containsExactly(1, 2, 3, 4);
            assertThat(q.getBoolean(path + ".scored")).as(element).isTrue();
            assertThat(q.getBoolean(path + ".required")).as(element).isTrue();
        });
        // age first, so an under-18 resident stops before answering anything else
        assertThat(q.getString("questions[0].tag")).isEqualTo("PROFILE_AGE");
        assertThat(q.getBoolean("questions[0].options.find { it.value == 'U17' }.terminates"))
                .isTrue();
        assertThat(q.getList("questions.tag"))
                .contains("PROFILE_SEX", "PROFILE_EDUCATION", "PROFILE_OCCUPATION", "SUGGESTION");
        assertThat(q.getList("questions.find { it.tag == 'PROFILE_EDUCATION' }.options.label.id"))
                .containsExactly(
                        "Tidak/belum sekolah",
                        "Belum tamat SD",
                        "SD/sederajat",
                        "SMP/sederajat",
                        "SMA/sederajat",
                        "D1–D3",
                        "D4",
                        "S1",
                        "S2",
                        "S3");
        // residents as they are (issue #18): the groups that used to fall into "Lainnya"
        assertThat(q.getList("questions.find { it.tag == 'PROFILE_OCCUPATION' }.options.label.id"))
                .contains(
                        "Pelajar/mahasiswa",
                        "Ibu rumah tangga",
                        "Petani/nelayan",
                        "Pensiunan",
                        "Tidak bekerja",
                        "Lainnya");
        // the regulation's wording stays; a plain hint under each element, and "tidak tahu" where one cannot judge
        assertThat(q.getString("questions.find { it.code == 'U9' }.help.id")).contains("belum pernah");
        assertThat(q.getList("questions.findAll { it.dontKnow }.code")).containsExactly("U5", "U8", "U9");
        assertThat(q.getString("consent.id"))
                .contains("Diskominfo")
                .contains("Si Mantab")
                .doesNotContain("{");
        // a template draft is complete: it publishes as is
        json().post("/api/v1/questionnaires/" + q.getLong("id") + "/publish")
                .then()
                .statusCode(200);
    }

    @Test
    void combinesTemplatesInOrder() {
        long program = createProgram("63.71", "Si Mantab");

        JsonPath q = json().body(Map.of(
                        "programId",
                        program,
                        "templates",
                        List.of("skm", "manfaat-program"),
                        "title",
                        Map.of("id", "Survei Si Mantab 2024")))
                .post("/api/v1/questionnaires/from-template")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();

        // one comment box: SKM's suggestion question gives way to the last template's (issue #18)
        assertThat(q.getList("questions")).hasSize(19);
        assertThat(q.getString("title.id")).isEqualTo("Survei Si Mantab 2024");
        assertThat(q.getList("questions.tag").subList(14, 19))
                .containsExactly("BENEFIT", "ACCESS", "RECOMMENDATION", "SUSTAINABILITY", "SUGGESTION");
        assertThat(q.getList("questions.tag").stream().filter("SUGGESTION"::equals))
                .hasSize(1);
        assertThat(q.getList("questions.position"))
                .isEqualTo(java.util.stream.IntStream.rangeClosed(1, 19).boxed().toList());
    }

    @Test
    void rejectsUnknownTemplateAndTemplatesThatClash() {
        long program = createProgram("63.71", "Si Mantab");
        Map<String, String> before = database.fingerprint();

        json().body(Map.of("programId", program, "templates", List.of("skm", "nope")))
                .post("/api/v1/questionnaires/from-template")
                .then()
                .statusCode(422)
                .body("type", equalTo("/problems/validation-failed"))
                .body("errors[0].pointer", equalTo("/templates/1"))
                .body("errors[0].detail", equalTo("unknown template 'nope'; see GET /api/v1/questionnaire-templates"));
        json().body(Map.of("programId", program, "templates", List.of("skm", "skm")))
                .post("/api/v1/questionnaires/from-template")
                .then()
                .statusCode(422)
                .body("errors[0].pointer", equalTo("/templates"))
                .body(
                        "errors[0].detail",
                        equalTo("the templates cannot be combined: question USIA already measures PROFILE_AGE;"
                                + " a questionnaire has one question per SKM element and profile attribute"))
                .body(
                        "errors[1].detail",
                        equalTo("the templates cannot be combined: another question already uses the code 'USIA'"));
        json().body(Map.of("programId", program, "templates", List.of()))
                .post("/api/v1/questionnaires/from-template")
                .then()
                .statusCode(422)
                .body("errors[0].pointer", equalTo("/templates"));
        assertThat(database.fingerprint()).isEqualTo(before);
    }
}
