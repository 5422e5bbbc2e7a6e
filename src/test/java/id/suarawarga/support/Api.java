package id.suarawarga.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;

/** Small fixture builders that go through the real API, so fixtures obey the same rules as clients. */
public final class Api {

    private Api() {}

    /** Absolute paths: the builders work the same inside tests whose {@code @TestHTTPEndpoint} sets a base path. */
    public static RequestSpecification json() {
        return given().basePath("").contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    public static Map<String, Object> region(String code) {
        return Map.of("code", code, "kind", "KOTA", "name", "Kota " + code, "province", "Kalimantan Selatan");
    }

    public static String createRegion(String code) {
        json().body(region(code)).post("/api/v1/regions").then().statusCode(201);
        return code;
    }

    public static Map<String, Object> program(String regionCode, String name) {
        return Map.of(
                "regionCode",
                regionCode,
                "year",
                2024,
                "name",
                name,
                "agency",
                "Diskominfo",
                "subDimension",
                "LAYANAN_PUBLIK",
                "targetPopulation",
                1000);
    }

    /** A region (created when missing) with a program; returns the program id. */
    public static long createProgram(String regionCode, String name) {
        if (json().get("/api/v1/regions/" + regionCode).statusCode() == 404) {
            createRegion(regionCode);
        }
        return json().body(program(regionCode, name))
                .post("/api/v1/programs")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    public static Map<String, Object> likert(String code, String tag) {
        return Map.of(
                "code",
                code,
                "type",
                "LIKERT",
                "tag",
                tag,
                "required",
                true,
                "scalePoints",
                4,
                "text",
                Map.of("id", "Pertanyaan " + code),
                "options",
                List.of(label("Buruk"), label("Cukup"), label("Baik"), label("Sangat baik")));
    }

    public static Map<String, Object> label(String id) {
        return Map.of("label", Map.of("id", id));
    }

    public static Map<String, Object> questionnaire(long programId, List<Map<String, Object>> questions) {
        return Map.of(
                "programId",
                programId,
                "title",
                Map.of("id", "Survei uji"),
                "consent",
                Map.of("id", "Kami tidak menyimpan identitas Saudara."),
                "questions",
                questions);
    }

    /** A draft with two Likert questions; returns its id. */
    public static long createDraft(long programId) {
        return json().body(questionnaire(programId, List.of(likert("MANFAAT", "BENEFIT"), likert("AKSES", "ACCESS"))))
                .post("/api/v1/questionnaires")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    public static void publish(long questionnaireId) {
        json().post("/api/v1/questionnaires/" + questionnaireId + "/publish")
                .then()
                .statusCode(200);
    }
}
