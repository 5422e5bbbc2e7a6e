package id.suarawarga.common.problem;

import static id.suarawarga.support.Problems.problem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import id.suarawarga.support.Api;
import id.suarawarga.support.Database;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Requests the API cannot read or route: each is answered with a problem+json body that says what is wrong,
 * and none of them writes anything. The bodies are valid requests (see {@link #validRequestsAreWritten}) with
 * exactly one defect, so a defect that slipped through would show up as a write.
 */
@QuarkusTest
class MalformedRequestTest {

    /** The POST endpoints under test, each with a request body that would be accepted as it is. */
    enum Endpoint {
        REGIONS("/api/v1/regions", """
                {"code":"63.72","kind":"KOTA","name":"Kota Banjarbaru","province":"Kalimantan Selatan"}""", "code, kind, name, province"),
        PROGRAMS(
                "/api/v1/programs",
                """
                {"regionCode":"63.71","year":2024,"name":"Sampah menjadi Energi","agency":"DLH","subDimension":"ENERGI"}""",
                "agency, description, dimension, name, regionCode, slug, subDimension, targetPopulation, year"),
        QUESTIONNAIRES("/api/v1/questionnaires", """
                {"programId":PROGRAM_ID,"title":{"id":"Survei manfaat"},"consent":{"id":"Tanpa identitas."},\
                "questions":[{"code":"MANFAAT","type":"LIKERT","scalePoints":4,"tag":"BENEFIT","text":{"id":"Manfaat?"},\
                "options":[{"label":{"id":"1"}},{"label":{"id":"2"}},{"label":{"id":"3"}},{"label":{"id":"4"}}]}]}""", "closesAt, consent, intro, opensAt, programId, questions, title");

        final String path;
        final String validBody;
        final String knownFields;

        Endpoint(String path, String validBody, String knownFields) {
            this.path = path;
            this.validBody = validBody;
            this.knownFields = knownFields;
        }
    }

    @Inject
    Database database;

    /** A program without a draft, so a questionnaire for it would be accepted. */
    long programWithoutDraft;

    @BeforeEach
    void existingData() {
        // rows in every table, so a stray update or delete would change the fingerprint too
        Api.createDraft(Api.createProgram("63.71", "Si Mantab"));
        programWithoutDraft = Api.createProgram("63.71", "Baiman Store");
    }

    @AfterEach
    void wipe() {
        database.wipe();
    }

    private void assertNothingWritten(Runnable request) {
        Map<String, String> before = database.fingerprint();
        request.run();
        assertEquals(before, database.fingerprint(), "the rejected request changed the database");
    }

    private String valid(Endpoint endpoint) {
        return endpoint.validBody.replace("PROGRAM_ID", String.valueOf(programWithoutDraft));
    }

    private static RequestSpecification json() {
        return given().contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    @ParameterizedTest
    @EnumSource(Endpoint.class)
    void validRequestsAreWritten(Endpoint endpoint) {
        Map<String, String> before = database.fingerprint();

        json().body(valid(endpoint)).post(endpoint.path).then().statusCode(201);

        assertNotEquals(before, database.fingerprint());
    }

    @ParameterizedTest
    @EnumSource(Endpoint.class)
    void rejectsInvalidJsonWithLineAndColumn(Endpoint endpoint) {
        assertNothingWritten(() -> json().body("{\n\"name\": }")
                .post(endpoint.path)
                .then()
                .spec(problem(
                        400,
                        "malformed-request",
                        "The request body is not valid JSON (line 2, column 9)",
                        endpoint.path))
                .body("errors", nullValue()));
    }

    @ParameterizedTest
    @EnumSource(Endpoint.class)
    void rejectsTruncatedJson(Endpoint endpoint) {
        String body = valid(endpoint);
        String truncated = body.substring(0, body.length() - 1);

        assertNothingWritten(() -> json().body(truncated)
                .post(endpoint.path)
                .then()
                .spec(problem(
                        400,
                        "malformed-request",
                        "The request body is not valid JSON (line 1, column " + (truncated.length() + 1) + ")",
                        endpoint.path)));
    }

    @ParameterizedTest
    @EnumSource(Endpoint.class)
    void rejectsSecondJsonValueAfterTheBody(Endpoint endpoint) {
        String body = valid(endpoint);

        assertNothingWritten(() -> json().body(body + " {}")
                .post(endpoint.path)
                .then()
                .spec(problem(
                        400,
                        "malformed-request",
                        "The request body must be a single JSON object; more JSON follows it" + " (line 1, column "
                                + (body.length() + 2) + ")",
                        endpoint.path))); // where the {} starts
        assertNothingWritten(() -> json().body(body + " xx")
                .post(endpoint.path)
                .then()
                .spec(problem(
                        400,
                        "malformed-request",
                        matchesPattern("The request body is not valid JSON \\(line 1, column \\d+\\)"),
                        endpoint.path)));
    }

    @ParameterizedTest
    @EnumSource(Endpoint.class)
    void rejectsUnknownFieldWithPointerToIt(Endpoint endpoint) {
        String detail = "Unknown field 'bogus'; known fields: " + endpoint.knownFields;

        assertNothingWritten(() -> json().body(valid(endpoint).replaceFirst("\\{", "{\"bogus\":true,"))
                .post(endpoint.path)
                .then()
                .spec(problem(400, "malformed-request", detail, endpoint.path))
                .body("errors", hasSize(1))
                .body("errors[0].pointer", equalTo("/bogus"))
                .body("errors[0].detail", equalTo(detail)));
    }

    @Test
    void rejectsUnknownFieldInsideQuestionWithPointerToIt() {
        String body =
                valid(Endpoint.QUESTIONNAIRES).replace("{\"code\":\"MANFAAT\"", "{\"code\":\"MANFAAT\",\"bogus\":1");
        String detail =
                "Unknown field 'bogus'; known fields: code, dontKnow, help, maxLength, maxValue, minValue, options,"
                        + " required, scalePoints, scored, showIf, tag, text, type";

        assertNothingWritten(() -> json().body(body)
                .post("/api/v1/questionnaires")
                .then()
                .spec(problem(400, "malformed-request", detail, "/api/v1/questionnaires"))
                .body("errors", hasSize(1))
                .body("errors[0].pointer", equalTo("/questions/0/bogus"))
                .body("errors[0].detail", equalTo(detail)));
    }

    @Test
    void rejectsUnknownFieldInsideOptionLabelWithPointerToIt() {
        String body = valid(Endpoint.QUESTIONNAIRES)
                .replace("{\"label\":{\"id\":\"3\"}}", "{\"label\":{\"id\":\"3\",\"fr\":\"trois\"}}");

        assertNothingWritten(() -> json().body(body)
                .post("/api/v1/questionnaires")
                .then()
                .spec(problem(
                        400, "malformed-request", "Unknown field 'fr'; known fields: en, id", "/api/v1/questionnaires"))
                .body("errors[0].pointer", equalTo("/questions/0/options/2/label/fr")));
    }

    @Test
    void rejectsStringForYear() {
        String body = valid(Endpoint.PROGRAMS).replace("\"year\":2024", "\"year\":\"dua ribu\"");

        assertNothingWritten(() -> json().body(body)
                .post("/api/v1/programs")
                .then()
                .spec(problem(400, "malformed-request", "Value 'dua ribu' is not a whole number", "/api/v1/programs"))
                .body("errors", hasSize(1))
                .body("errors[0].pointer", equalTo("/year"))
                .body("errors[0].detail", equalTo("Value 'dua ribu' is not a whole number")));
    }

    @Test
    void rejectsFractionForYear() {
        String body = valid(Endpoint.PROGRAMS).replace("\"year\":2024", "\"year\":2024.5");

        assertNothingWritten(() -> json().body(body)
                .post("/api/v1/programs")
                .then()
                .spec(problem(400, "malformed-request", "Value 2024.5 is not a whole number", "/api/v1/programs"))
                .body("errors[0].pointer", equalTo("/year")));
    }

    @Test
    void rejectsYearBeyondIntegerRange() {
        String body = valid(Endpoint.PROGRAMS).replace("\"year\":2024", "\"year\":99999999999");

        assertNothingWritten(() -> json().body(body)
                .post("/api/v1/programs")
                .then()
                .spec(problem(
                        400, "malformed-request", "The number is out of range for this field", "/api/v1/programs"))
                .body("errors[0].pointer", equalTo("/year")));
    }

    @Test
    void rejectsObjectForName() {
        String regions = valid(Endpoint.REGIONS)
                .replace("\"name\":\"Kota Banjarbaru\"", "\"name\":{\"id\":\"Kota Banjarbaru\"}");
        String programs = valid(Endpoint.PROGRAMS).replace("\"name\":\"Sampah menjadi Energi\"", "\"name\":{\"x\":1}");

        assertNothingWritten(() -> json().body(regions)
                .post("/api/v1/regions")
                .then()
                .spec(problem(400, "malformed-request", "Expected a string", "/api/v1/regions"))
                .body("errors", hasSize(1))
                .body("errors[0].pointer", equalTo("/name"))
                .body("errors[0].detail", equalTo("Expected a string")));
        assertNothingWritten(() -> json().body(programs)
                .post("/api/v1/programs")
                .then()
                .spec(problem(400, "malformed-request", "Expected a string", "/api/v1/programs"))
                .body("errors[0].pointer", equalTo("/name")));
    }

    @Test
    void rejectsWrongTypesInQuestionnaire() {
        String programIdText =
                valid(Endpoint.QUESTIONNAIRES).replace("\"programId\":" + programWithoutDraft, "\"programId\":\"abc\"");
        String titleText =
                valid(Endpoint.QUESTIONNAIRES).replace("\"title\":{\"id\":\"Survei manfaat\"}", "\"title\":\"Survei\"");
        String questionsObject =
                valid(Endpoint.QUESTIONNAIRES).replaceFirst("\"questions\":\\[.*]}$", "\"questions\":{}}");

        assertNothingWritten(() -> json().body(programIdText)
                .post("/api/v1/questionnaires")
                .then()
                .spec(problem(400, "malformed-request", "Value 'abc' is not a whole number", "/api/v1/questionnaires"))
                .body("errors[0].pointer", equalTo("/programId")));
        assertNothingWritten(() -> json().body(titleText)
                .post("/api/v1/questionnaires")
                .then()
                .spec(problem(400, "malformed-request", "Expected a JSON object", "/api/v1/questionnaires"))
                .body("errors[0].pointer", equalTo("/title")));
        assertNothingWritten(() -> json().body(questionsObject)
                .post("/api/v1/questionnaires")
                .then()
                .spec(problem(400, "malformed-request", "Expected a JSON array", "/api/v1/questionnaires"))
                .body("errors[0].pointer", equalTo("/questions")));
    }

    @Test
    void rejectsUnknownRegionKindListingAllowedValues() {
        for (String kind : new String[] {"\"KOTX\"", "\"kota\"", "1"}) {
            String body = valid(Endpoint.REGIONS).replace("\"kind\":\"KOTA\"", "\"kind\":" + kind);
            String detail = "Value " + kind.replace('"', '\'') + " is not one of KABUPATEN, KOTA";

            assertNothingWritten(() -> json().body(body)
                    .post("/api/v1/regions")
                    .then()
                    .spec(problem(400, "malformed-request", detail, "/api/v1/regions"))
                    .body("errors", hasSize(1))
                    .body("errors[0].pointer", equalTo("/kind"))
                    .body("errors[0].detail", equalTo(detail)));
        }
    }

    @Test
    void rejectsUnknownQuestionTypeListingAllowedValues() {
        String body = valid(Endpoint.QUESTIONNAIRES).replace("\"type\":\"LIKERT\"", "\"type\":\"SLIDER\"");
        String detail = "Value 'SLIDER' is not one of LIKERT, SINGLE_CHOICE, MULTI_CHOICE, YES_NO, TEXT, NUMBER";

        assertNothingWritten(() -> json().body(body)
                .post("/api/v1/questionnaires")
                .then()
                .spec(problem(400, "malformed-request", detail, "/api/v1/questionnaires"))
                .body("errors", hasSize(1))
                .body("errors[0].pointer", equalTo("/questions/0/type"))
                .body("errors[0].detail", equalTo(detail)));
    }

    @ParameterizedTest
    @EnumSource(Endpoint.class)
    void rejectsEmptyBodyAsMissing(Endpoint endpoint) {
        for (String body : new String[] {"", "null"}) {
            assertNothingWritten(() -> json().body(body)
                    .post(endpoint.path)
                    .then()
                    .spec(problem(
                            422, "validation-failed", "The request body is missing; send a JSON object", endpoint.path))
                    .body("errors", hasSize(1))
                    .body("errors[0].pointer", equalTo(""))
                    .body("errors[0].detail", equalTo("a JSON request body is required")));
        }
    }

    @ParameterizedTest
    @EnumSource(Endpoint.class)
    void rejectsBodyThatIsNotAnObject(Endpoint endpoint) {
        for (String body : new String[] {"[]", "\"text\"", "42"}) {
            assertNothingWritten(() -> json().body(body)
                    .post(endpoint.path)
                    .then()
                    .spec(problem(400, "malformed-request", "Expected a JSON object", endpoint.path)));
        }
    }

    @ParameterizedTest
    @EnumSource(Endpoint.class)
    void rejectsPlainTextBody(Endpoint endpoint) {
        assertNothingWritten(() -> given().contentType(ContentType.TEXT)
                .accept(ContentType.JSON)
                .body(valid(endpoint))
                .post(endpoint.path)
                .then()
                .spec(problem(
                        415, "unsupported-media-type", "Send the request body as application/json", endpoint.path)));
    }

    @ParameterizedTest
    @EnumSource(Endpoint.class)
    void rejectsMethodTheResourceDoesNotSupport(Endpoint endpoint) {
        assertNothingWritten(() -> json().body(valid(endpoint))
                .patch(endpoint.path)
                .then()
                .spec(problem(
                        405, "method-not-allowed", "This resource does not support the method used", endpoint.path)));
        assertNothingWritten(() -> given().accept(ContentType.JSON)
                .delete(endpoint.path)
                .then()
                .spec(problem(
                        405, "method-not-allowed", "This resource does not support the method used", endpoint.path)));
    }

    @Test
    void answersUnknownPathUnderApiWithNotFoundProblem() {
        assertNothingWritten(() -> given().accept(ContentType.JSON)
                .get("/api/v1/nope")
                .then()
                .spec(problem(404, "not-found", "No resource at /api/v1/nope", "/api/v1/nope")));
        assertNothingWritten(() -> json().body(valid(Endpoint.REGIONS))
                .post("/api/v2/regions")
                .then()
                .spec(problem(404, "not-found", "No resource at /api/v2/regions", "/api/v2/regions")));
        assertNothingWritten(() -> json().body(valid(Endpoint.REGIONS))
                .post("/api/v1/regions/63.71/extra")
                .then()
                .spec(problem(
                        404,
                        "not-found",
                        "No resource at /api/v1/regions/63.71/extra",
                        "/api/v1/regions/63.71/extra")));
    }

    @ParameterizedTest
    @EnumSource(Endpoint.class)
    void refusesToAnswerInXml(Endpoint endpoint) {
        assertNothingWritten(() -> given().contentType(ContentType.JSON)
                .accept(ContentType.XML)
                .body(valid(endpoint))
                .post(endpoint.path)
                .then()
                .spec(problem(
                        406,
                        "not-acceptable",
                        "This resource cannot produce the media type asked for",
                        endpoint.path)));
        assertNothingWritten(() -> given().accept(ContentType.XML)
                .get(endpoint.path)
                .then()
                .spec(problem(
                        406,
                        "not-acceptable",
                        "This resource cannot produce the media type asked for",
                        endpoint.path)));
    }
}
