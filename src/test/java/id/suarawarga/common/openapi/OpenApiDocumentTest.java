package id.suarawarga.common.openapi;

import static id.suarawarga.support.Problems.problem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The OpenAPI document tells clients every error an operation can return, always as a problem+json response. */
@QuarkusTest
class OpenApiDocumentTest {

    private static final String RESPONSES = "#/components/responses/";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");
    private static final List<String> PROBLEM_RESPONSES = List.of(
            "NotFound",
            "Unauthorized",
            "Forbidden",
            "Conflict",
            "ValidationFailed",
            "MalformedRequest",
            "QuestionnaireIncomplete",
            "PayloadTooLarge",
            "UnsupportedMediaType",
            "InternalError");

    Map<String, Object> document;

    @BeforeEach
    void fetchDocument() {
        document = given().accept(ContentType.JSON)
                .get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .contentType(ContentType.JSON)
                .extract()
                .jsonPath()
                .getMap("$");
    }

    /** One API operation of the document, e.g. {@code POST /api/v1/regions}. */
    record Op(String method, String path, Map<String, Object> operation) {
        @Override
        public String toString() {
            return method.toUpperCase() + " " + path;
        }

        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> responses() {
            Object responses = operation.get("responses");
            return responses == null ? Map.of() : (Map<String, Map<String, Object>>) responses;
        }

        String ref(String status) {
            Map<String, Object> response = responses().get(status);
            return response == null ? null : (String) response.get("$ref");
        }
    }

    @SuppressWarnings("unchecked")
    private List<Op> apiOperations() {
        List<Op> operations = new ArrayList<>();
        ((Map<String, Map<String, Object>>) document.get("paths")).forEach((path, item) -> {
            if (path.startsWith("/api/")) {
                item.forEach((method, operation) -> {
                    if (METHODS.contains(method)) {
                        operations.add(new Op(method, path, (Map<String, Object>) operation));
                    }
                });
            }
        });
        return operations;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Map<String, Object>> components(String kind) {
        return (Map<String, Map<String, Object>>) ((Map<String, Object>) document.get("components")).get(kind);
    }

    /** Every operation of the document, pages included: a generated client has a method for each. */
    @SuppressWarnings("unchecked")
    private List<Op> allOperations() {
        List<Op> operations = new ArrayList<>();
        ((Map<String, Map<String, Object>>) document.get("paths"))
                .forEach((path, item) -> item.forEach((method, operation) -> {
                    if (METHODS.contains(method)) {
                        operations.add(new Op(method, path, (Map<String, Object>) operation));
                    }
                }));
        return operations;
    }

    @Test
    void everyOperationHasAUniqueDescriptiveOperationId() {
        List<String> offenders = new ArrayList<>();
        Set<String> seen = new TreeSet<>();
        for (Op op : allOperations()) {
            Object id = op.operation().get("operationId");
            if (!(id instanceof String s) || !Pattern.matches("[a-z][A-Za-z0-9]{5,}", s)) {
                offenders.add(op + ": operationId " + id);
            } else if (!seen.add(s)) {
                offenders.add(op + ": operationId " + s + " used twice");
            }
        }
        assertEquals(List.of(), offenders);
        // the names integrators' code calls: renaming one breaks every generated client
        assertTrue(
                seen.containsAll(List.of(
                        "submitResponse",
                        "getRegionScores",
                        "listProgramScores",
                        "listProgramScoresCsv",
                        "getProgramScores",
                        "getProgram")),
                () -> "operationIds: " + seen);
    }

    @Test
    void everySchemaPropertyHasADescription() {
        List<String> offenders = new ArrayList<>();
        components("schemas").forEach((name, schema) -> undescribed(name, schema, offenders));
        assertEquals(List.of(), offenders);
    }

    @SuppressWarnings("unchecked")
    private static void undescribed(String where, Map<String, Object> schema, List<String> offenders) {
        Object properties = schema.get("properties");
        if (properties instanceof Map<?, ?> map) {
            ((Map<String, Map<String, Object>>) map).forEach((property, definition) -> {
                if (!(definition.get("description") instanceof String d) || d.isBlank()) {
                    offenders.add(where + "." + property);
                }
                undescribed(where + "." + property, definition, offenders);
            });
        }
        if (schema.get("items") instanceof Map<?, ?> items) {
            undescribed(where + "[]", (Map<String, Object>) items, offenders);
        }
    }

    @Test
    void everyDescribedFieldStillExists() {
        Map<String, Map<String, Object>> schemas = components("schemas");
        Properties fields = ClientSchemasFilter.fields();
        assertFalse(fields.isEmpty(), ClientSchemasFilter.FIELDS + " not found");
        List<String> stale = new ArrayList<>();
        for (String key : fields.stringPropertyNames()) {
            String[] parts = key.split("\\.");
            Map<String, Object> schema = schemas.get(parts[0]);
            boolean exists = schema != null
                    && (parts.length == 1
                            || (schema.get("properties") instanceof Map<?, ?> properties
                                    && properties.containsKey(parts[1])
                                    && (parts.length == 2 || (parts.length == 3 && parts[2].equals("example")))));
            if (!exists) {
                stale.add(key);
            }
        }
        assertEquals(List.of(), stale);
    }

    @Test
    void noSchemaIsAFrameworkTypeOrClashesWithAGeneratedClientsOwnClasses() {
        // what openapi-generator emits next to the models (Java, Python, TypeScript): a model of that name shadows it
        Set<String> generated = Set.of(
                "ApiClient",
                "ApiException",
                "ApiResponse",
                "ApiCallback",
                "Configuration",
                "Pair",
                "JSON",
                "StringUtil",
                "ServerConfiguration",
                "ServerVariable",
                "AbstractOpenApiSchema",
                "RFC3339DateFormat",
                "Authentication",
                "HttpBasicAuth",
                "HttpBearerAuth",
                "ApiKeyAuth",
                "BaseAPI",
                "RequiredError");
        List<String> offenders = new ArrayList<>();
        for (String name : components("schemas").keySet()) {
            if (generated.contains(name)
                    || name.matches(".*\\d$")
                    || name.matches("(?i).*(JsonNode|Multivalued|Instant|UUID|Optional).*")) {
                offenders.add(name);
            }
        }
        assertEquals(List.of(), offenders);
        assertFalse(document.toString().contains("JsonNode"), "Jackson's JsonNode leaks into the document");
    }

    @Test
    @SuppressWarnings("unchecked")
    void answerValuesAreAnIntegerAStringOrAListOfStrings() {
        Map<String, Object> answers = (Map<String, Object>) ((Map<String, Object>)
                        components("schemas").get("ResponseRequest").get("properties"))
                .get("answers");
        assertEquals(
                Map.of("$ref", "#/components/schemas/AnswerValue"), answers.get("additionalProperties"), "answers");
        List<Map<String, Object>> oneOf = (List<Map<String, Object>>)
                components("schemas").get("AnswerValue").get("oneOf");
        assertEquals(
                List.of("integer", "string", "null"),
                oneOf.stream().map(s -> String.valueOf(s.get("type"))).toList());
        assertEquals(Map.of("$ref", "#/components/schemas/AnswerValueList"), oneOf.get(2));
        Map<String, Object> list = components("schemas").get("AnswerValueList");
        assertEquals("array", list.get("type"));
        assertEquals(Map.of("type", "string"), list.get("items"));
    }

    @Test
    void documentsTheWholeApi() {
        List<String> paths = apiOperations().stream().map(Op::path).distinct().toList();

        // guards the checks below against an empty or half-scanned document passing them vacuously
        assertTrue(
                paths.containsAll(List.of(
                        "/api/v1/regions",
                        "/api/v1/regions/{regionCode}",
                        "/api/v1/programs",
                        "/api/v1/programs/{programId}",
                        "/api/v1/dimensions",
                        "/api/v1/questionnaires",
                        "/api/v1/questionnaires/{questionnaireId}/publish",
                        "/api/v1/staff-users",
                        "/api/v1/audit-events")),
                () -> "documented paths: " + paths);
    }

    @Test
    void everyApiOperationHasSummaryAndTag() {
        List<String> offenders = new ArrayList<>();
        for (Op op : apiOperations()) {
            Object summary = op.operation().get("summary");
            Object tags = op.operation().get("tags");
            if (!(summary instanceof String s) || s.isBlank()) {
                offenders.add(op + ": no summary");
            }
            if (!(tags instanceof List<?> list) || list.isEmpty()) {
                offenders.add(op + ": no tag");
            }
        }
        assertEquals(List.of(), offenders);
    }

    @Test
    void everyApiOperationDocumentsASuccessResponse() {
        List<String> offenders = new ArrayList<>();
        for (Op op : apiOperations()) {
            if (op.responses().keySet().stream().noneMatch(status -> status.startsWith("2"))) {
                offenders.add(op + " has only " + op.responses().keySet());
            }
        }
        assertEquals(List.of(), offenders);
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyOkResponseDescribesItsJsonBody() {
        List<String> offenders = new ArrayList<>();
        for (Op op : apiOperations()) {
            Map<String, Object> ok = op.responses().get("200");
            if (ok == null) {
                continue;
            }
            Map<String, Object> content = (Map<String, Object>) ok.get("content");
            // JSON everywhere, except the spreadsheet variants (.csv, .xlsx), which still describe their body
            String mediaType = op.toString().contains(".csv")
                    ? "text/csv"
                    : op.toString().contains(".xlsx") ? XLSX : "application/json";
            Object json = content == null ? null : content.get(mediaType);
            if (!(json instanceof Map<?, ?> media) || media.get("schema") == null) {
                offenders.add(op + " 200: " + ok);
            }
        }
        assertEquals(List.of(), offenders);
    }

    @Test
    void everyApiOperationReferencesMalformedRequestAndInternalErrorProblems() {
        List<String> offenders = new ArrayList<>();
        for (Op op : apiOperations()) {
            if (!(RESPONSES + "MalformedRequest").equals(op.ref("400"))) {
                offenders.add(op + " 400: " + op.responses().get("400"));
            }
            if (!(RESPONSES + "InternalError").equals(op.ref("500"))) {
                offenders.add(op + " 500: " + op.responses().get("500"));
            }
        }
        assertEquals(List.of(), offenders);
    }

    @Test
    void everyPostAndPutReferencesPayloadTooLargeAndUnsupportedMediaTypeProblems() {
        List<String> offenders = new ArrayList<>();
        List<Op> withBody = apiOperations().stream()
                .filter(op -> Set.of("post", "put").contains(op.method()))
                .toList();
        assertFalse(withBody.isEmpty());
        for (Op op : withBody) {
            if (!(RESPONSES + "PayloadTooLarge").equals(op.ref("413"))) {
                offenders.add(op + " 413: " + op.responses().get("413"));
            }
            if (!(RESPONSES + "UnsupportedMediaType").equals(op.ref("415"))) {
                offenders.add(op + " 415: " + op.responses().get("415"));
            }
        }
        assertEquals(List.of(), offenders);
    }

    @Test
    void everyApiErrorResponseIsAProblem() {
        Map<String, Map<String, Object>> shared = components("responses");
        List<String> offenders = new ArrayList<>();
        for (Op op : apiOperations()) {
            op.responses().forEach((status, response) -> {
                if (status.startsWith("4") || status.startsWith("5")) {
                    String ref = (String) response.get("$ref");
                    boolean sharedProblem = ref != null
                            && ref.startsWith(RESPONSES)
                            && PROBLEM_RESPONSES.contains(ref.substring(RESPONSES.length()))
                            && shared.containsKey(ref.substring(RESPONSES.length()));
                    if (!sharedProblem && !inlineProblem(response)) {
                        offenders.add(op + " " + status + ": " + response);
                    }
                }
            });
        }
        assertEquals(List.of(), offenders);
    }

    /** An operation-specific error response, described inline, still with the problem+json Problem schema. */
    @SuppressWarnings("unchecked")
    private static boolean inlineProblem(Map<String, Object> response) {
        Map<String, Object> content = (Map<String, Object>) response.get("content");
        if (content == null || content.size() != 1 || !content.containsKey("application/problem+json")) {
            return false;
        }
        Map<String, Object> schema =
                (Map<String, Object>) ((Map<String, Object>) content.get("application/problem+json")).get("schema");
        return schema != null && "#/components/schemas/Problem".equals(schema.get("$ref"));
    }

    @Test
    void declaresProblemSchema() {
        Map<String, Map<String, Object>> schemas = components("schemas");

        assertTrue(schemas.containsKey("Problem"), () -> "schemas: " + schemas.keySet());
        @SuppressWarnings("unchecked")
        Map<String, Object> properties =
                (Map<String, Object>) schemas.get("Problem").get("properties");
        assertTrue(
                properties.keySet().containsAll(List.of("type", "title", "status", "detail", "instance", "errors")),
                () -> "Problem properties: " + properties.keySet());
    }

    @Test
    @SuppressWarnings("unchecked")
    void declaresSharedProblemResponsesAsProblemJson() {
        Map<String, Map<String, Object>> responses = components("responses");

        for (String name : PROBLEM_RESPONSES) {
            Map<String, Object> response = responses.get(name);
            assertTrue(response != null, () -> name + " missing from components.responses " + responses.keySet());
            assertTrue(
                    response.get("description") instanceof String d && !d.isBlank(),
                    () -> name + " has no description");
            Map<String, Object> content = (Map<String, Object>) response.get("content");
            assertEquals(Set.of("application/problem+json"), content.keySet(), name);
            Map<String, Object> schema =
                    (Map<String, Object>) ((Map<String, Object>) content.get("application/problem+json")).get("schema");
            assertEquals("#/components/schemas/Problem", schema.get("$ref"), name);
        }
    }

    @Test
    void servesSwaggerUi() {
        given().redirects()
                .follow(true)
                .get("/q/swagger-ui")
                .then()
                .statusCode(200)
                .contentType(ContentType.HTML)
                .body(containsString("/q/openapi"));
    }

    @Test
    void listsEveryProblemType() {
        given().accept(ContentType.JSON)
                .get("/problems")
                .then()
                .statusCode(200)
                .contentType(ContentType.JSON)
                .body(
                        "type",
                        contains(
                                "/problems/malformed-request",
                                "/problems/validation-failed",
                                "/problems/questionnaire-incomplete",
                                "/problems/unauthorized",
                                "/problems/forbidden",
                                "/problems/not-found",
                                "/problems/method-not-allowed",
                                "/problems/not-acceptable",
                                "/problems/already-exists",
                                "/problems/in-use",
                                "/problems/invalid-state",
                                "/problems/concurrent-modification",
                                "/problems/questionnaire-not-open",
                                "/problems/questionnaire-closed",
                                "/problems/idempotency-key-required",
                                "/problems/idempotency-key-reused",
                                "/problems/respondent-not-eligible",
                                "/problems/already-answered",
                                "/problems/too-many-requests",
                                "/problems/payload-too-large",
                                "/problems/unsupported-media-type",
                                "/problems/service-unavailable",
                                "/problems/internal-error"))
                .body(
                        "status",
                        contains(
                                400, 422, 422, 401, 403, 404, 405, 406, 409, 409, 409, 409, 403, 410, 400, 422, 422,
                                409, 429, 413, 415, 503, 500));
    }

    @Test
    void everyListedProblemTypeResolves() {
        List<Map<String, Object>> types =
                given().accept(ContentType.JSON).get("/problems").jsonPath().getList("$");

        for (Map<String, Object> type : types) {
            given().accept(ContentType.JSON)
                    .get((String) type.get("type"))
                    .then()
                    .statusCode(200)
                    .body("type", equalTo(type.get("type")))
                    .body("title", equalTo(type.get("title")))
                    .body("status", equalTo(type.get("status")))
                    .body("description", equalTo(type.get("description")));
        }
    }

    @Test
    void describesOneProblemType() {
        given().accept(ContentType.JSON)
                .get("/problems/not-found")
                .then()
                .statusCode(200)
                .contentType(ContentType.JSON)
                .body("type", equalTo("/problems/not-found"))
                .body("title", equalTo("Not found"))
                .body("status", equalTo(404))
                .body("description", equalTo("The resource does not exist (or is not visible to you)."));
    }

    @Test
    void answersUnknownProblemTypeWithNotFoundProblem() {
        given().accept(ContentType.JSON)
                .get("/problems/nope")
                .then()
                .spec(problem(404, "not-found", "Problem type nope does not exist", "/problems/nope"));
    }
}
