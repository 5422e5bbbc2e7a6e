package id.suarawarga.program;

import static id.suarawarga.support.Problems.problem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.suarawarga.support.Api;
import id.suarawarga.support.Database;
import io.quarkus.test.common.http.TestHTTPEndpoint;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestHTTPEndpoint(ProgramResource.class)
class ProgramResourceTest {

    private static final String SLUG_OR_SUB_DIMENSION_FROZEN = " has published a questionnaire: its slug (printed on QR"
            + " codes) and sub-dimension (its scores' grouping) can no longer change";

    @Inject
    Database database;

    @AfterEach
    void wipe() {
        database.wipe();
    }

    private static RequestSpecification json() {
        return given().contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    /** A complete, valid program request; tests change the field they are about. */
    private static Map<String, Object> program(String regionCode, int year, String name, String subDimension) {
        Map<String, Object> body = new HashMap<>();
        body.put("regionCode", regionCode);
        body.put("year", year);
        body.put("name", name);
        body.put("agency", "DPMPTSP Kota Banjarmasin");
        body.put("subDimension", subDimension);
        body.put("description", "Dokumen perizinan diantar gratis ke rumah pemohon.");
        body.put("targetPopulation", 2000);
        return body;
    }

    private static Map<String, Object> update(String name, String slug, String agency, String subDimension) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("slug", slug);
        body.put("agency", agency);
        body.put("subDimension", subDimension);
        return body;
    }

    private static long create(Map<String, Object> body) {
        return json().body(body)
                .post()
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    private static long create(String regionCode, int year, String name, String agency, String subDimension) {
        Map<String, Object> body = program(regionCode, year, name, subDimension);
        body.put("agency", agency);
        return create(body);
    }

    /** A program with a published questionnaire (version 1). */
    private static long publishedProgram() {
        long id = create(program(Api.createRegion("63.71"), 2024, "Si Mantab", "LAYANAN_PUBLIK"));
        Api.publish(Api.createDraft(id));
        return id;
    }

    @Test
    void createsProgramWithSlugDerivedFromName() {
        Api.createRegion("63.71");

        ExtractableResponse<Response> created = json().body(program("63.71", 2024, " Si Mantab ", "LAYANAN_PUBLIK"))
                .post()
                .then()
                .statusCode(201)
                .contentType(ContentType.JSON)
                .body("id", notNullValue())
                .body("regionCode", equalTo("63.71"))
                .body("regionName", equalTo("Kota 63.71"))
                .body("year", equalTo(2024))
                .body("name", equalTo("Si Mantab"))
                .body("slug", equalTo("si-mantab"))
                .body("agency", equalTo("DPMPTSP Kota Banjarmasin"))
                .body("description", equalTo("Dokumen perizinan diantar gratis ke rumah pemohon."))
                .body("targetPopulation", equalTo(2000))
                .body("createdAt", notNullValue())
                .extract();
        long id = created.jsonPath().getLong("id");

        assertThat(created.header("Location"), endsWith("/api/v1/programs/" + id));
        given().basePath("")
                .get(created.header("Location"))
                .then()
                .statusCode(200)
                .body("slug", equalTo("si-mantab"))
                .body("name", equalTo("Si Mantab"));
    }

    @Test
    void derivesSlugOfMultiWordNameInLowerCase() {
        Api.createRegion("63.71");

        json().body(program("63.71", 2024, "Sampah menjadi Energi", "ENERGI"))
                .post()
                .then()
                .statusCode(201)
                .body("slug", equalTo("sampah-menjadi-energi"));
    }

    @Test
    void keepsExplicitSlug() {
        Api.createRegion("63.71");
        Map<String, Object> body = program("63.71", 2024, "Si Mantab", "LAYANAN_PUBLIK");
        body.put("slug", "antar-izin-2024");

        json().body(body).post().then().statusCode(201).body("slug", equalTo("antar-izin-2024"));

        assertEquals(1, database.count("select count(*) from program where slug = 'antar-izin-2024'"));
    }

    @Test
    void derivesDimensionFromSubDimensionAndShowsBothWithNames() {
        Api.createRegion("63.71");

        long id = json().body(program("63.71", 2024, "Sampah menjadi Energi", "ENERGI"))
                .post()
                .then()
                .statusCode(201)
                .body("dimension.code", equalTo("ENVIRONMENT"))
                .body("dimension.name", equalTo("Smart Environment"))
                .body("subDimension.code", equalTo("ENERGI"))
                .body("subDimension.name", equalTo("Energi"))
                .extract()
                .jsonPath()
                .getLong("id");

        given().get("/" + id)
                .then()
                .statusCode(200)
                .body("dimension.code", equalTo("ENVIRONMENT"))
                .body("subDimension.name", equalTo("Energi"));
        assertEquals(1, database.count("select count(*) from program where dimension_code = 'ENVIRONMENT'"));
    }

    @Test
    void acceptsDimensionThatMatchesSubDimension() {
        Api.createRegion("63.71");
        Map<String, Object> body = program("63.71", 2024, "Si Mantab", "LAYANAN_PUBLIK");
        body.put("dimension", "GOVERNANCE");

        json().body(body).post().then().statusCode(201).body("dimension.code", equalTo("GOVERNANCE"));
    }

    @Test
    void listsProgramsSortedByRegionYearDimensionAndName() {
        listFixture();

        given().get()
                .then()
                .statusCode(200)
                .body(
                        "items.name",
                        contains("Bank Sampah Digital", "Sampah menjadi Energi", "Si Mantab", "Pasar Online"))
                .body("page", equalTo(0))
                .body("size", equalTo(20))
                .body("totalItems", equalTo(4))
                .body("totalPages", equalTo(1));
    }

    @Test
    void listsProgramsPageByPage() {
        listFixture();

        given().queryParam("page", 1)
                .queryParam("size", 3)
                .get()
                .then()
                .statusCode(200)
                .body("items.name", contains("Pasar Online"))
                .body("page", equalTo(1))
                .body("size", equalTo(3))
                .body("totalItems", equalTo(4))
                .body("totalPages", equalTo(2));
    }

    @Test
    void filtersProgramsByRegion() {
        listFixture();

        given().queryParam("region", "63.72")
                .get()
                .then()
                .statusCode(200)
                .body("items.name", contains("Pasar Online"))
                .body("totalItems", equalTo(1));
    }

    @Test
    void filtersProgramsByYear() {
        listFixture();

        given().queryParam("year", 2023)
                .get()
                .then()
                .statusCode(200)
                .body("items.name", contains("Bank Sampah Digital"))
                .body("totalItems", equalTo(1));
    }

    @Test
    void filtersProgramsByDimension() {
        listFixture();

        given().queryParam("dimension", "ENVIRONMENT")
                .get()
                .then()
                .statusCode(200)
                .body("items.name", contains("Bank Sampah Digital", "Sampah menjadi Energi"))
                .body("totalItems", equalTo(2));
    }

    @Test
    void filtersProgramsBySubDimension() {
        listFixture();

        given().queryParam("subDimension", "SAMPAH")
                .get()
                .then()
                .statusCode(200)
                .body("items.name", contains("Bank Sampah Digital"))
                .body("totalItems", equalTo(1));
    }

    @Test
    void filtersProgramsByPartOfNameOrAgencyIgnoringCase() {
        listFixture();

        given().queryParam("q", "SAMPAH")
                .get()
                .then()
                .statusCode(200)
                .body("items.name", contains("Bank Sampah Digital", "Sampah menjadi Energi"));
        given().queryParam("q", "disperdag").get().then().statusCode(200).body("items.name", contains("Pasar Online"));
    }

    @Test
    void combinesFilters() {
        listFixture();

        given().queryParam("region", "63.71")
                .queryParam("year", 2024)
                .queryParam("dimension", "ENVIRONMENT")
                .get()
                .then()
                .statusCode(200)
                .body("items.name", contains("Sampah menjadi Energi"))
                .body("totalItems", equalTo(1));
        given().queryParam("region", "63.72")
                .queryParam("subDimension", "SAMPAH")
                .get()
                .then()
                .statusCode(200)
                .body("items", empty())
                .body("totalItems", equalTo(0))
                .body("totalPages", equalTo(0));
    }

    @Test
    void rejectsYearFilterOutOfRange() {
        given().queryParam("year", 2016)
                .get()
                .then()
                .spec(problem(422, "validation-failed", "1 field is invalid", "/api/v1/programs"))
                .body("errors", hasSize(1))
                .body("errors[0].parameter", equalTo("year"))
                .body("errors[0].pointer", nullValue())
                .body("errors[0].detail", equalTo("must be greater than or equal to 2017"));
    }

    @Test
    void rejectsPageSizeOverHundred() {
        given().queryParam("size", 101)
                .get()
                .then()
                .spec(problem(422, "validation-failed", "1 field is invalid", "/api/v1/programs"))
                .body("errors[0].parameter", equalTo("size"))
                .body("errors[0].detail", equalTo("must be between 1 and 100"));
    }

    private void listFixture() {
        Api.createRegion("63.71");
        Api.createRegion("63.72");
        create("63.72", 2024, "Pasar Online", "Disperdagin Kota Banjarbaru", "TRANSACTION");
        create("63.71", 2024, "Si Mantab", "DPMPTSP", "LAYANAN_PUBLIK");
        create("63.71", 2024, "Sampah menjadi Energi", "DLH", "ENERGI");
        create("63.71", 2023, "Bank Sampah Digital", "DLH", "SAMPAH");
    }

    @Test
    void updatesEditableFields() {
        Api.createRegion("63.71");
        long id = create(program("63.71", 2024, "Si Mantab", "LAYANAN_PUBLIK"));
        Map<String, Object> body = update("Si Mantab Plus", "si-mantab-plus", "DPMPTSP", "KEBIJAKAN_PUBLIK");
        body.put("description", "Izin diantar.");
        body.put("targetPopulation", 2500);

        json().body(body)
                .put("/" + id)
                .then()
                .statusCode(200)
                .body("id", equalTo((int) id))
                .body("regionCode", equalTo("63.71"))
                .body("year", equalTo(2024))
                .body("name", equalTo("Si Mantab Plus"))
                .body("slug", equalTo("si-mantab-plus"))
                .body("agency", equalTo("DPMPTSP"))
                .body("dimension.code", equalTo("GOVERNANCE"))
                .body("subDimension.code", equalTo("KEBIJAKAN_PUBLIK"))
                .body("subDimension.name", equalTo("Kebijakan Publik"))
                .body("description", equalTo("Izin diantar."))
                .body("targetPopulation", equalTo(2500));

        given().get("/" + id)
                .then()
                .statusCode(200)
                .body("slug", equalTo("si-mantab-plus"))
                .body("agency", equalTo("DPMPTSP"));
    }

    @Test
    void updateKeepsSlugWhenOmittedAndMovesDimensionWithSubDimension() {
        Api.createRegion("63.71");
        long id = create(program("63.71", 2024, "Si Mantab", "LAYANAN_PUBLIK"));

        json().body(update("Sampah jadi Energi", null, "DLH", "ENERGI"))
                .put("/" + id)
                .then()
                .statusCode(200)
                .body("name", equalTo("Sampah jadi Energi"))
                .body("slug", equalTo("si-mantab"))
                .body("dimension.code", equalTo("ENVIRONMENT"))
                .body("dimension.name", equalTo("Smart Environment"))
                .body("description", nullValue())
                .body("targetPopulation", nullValue());

        assertEquals(
                1,
                database.count("select count(*) from program where dimension_code = 'ENVIRONMENT'"
                        + " and sub_dimension_code = 'ENERGI' and slug = 'si-mantab'"));
    }

    @Test
    void deletesProgramTogetherWithItsDraft() {
        Api.createRegion("63.71");
        long id = create(program("63.71", 2024, "Si Mantab", "LAYANAN_PUBLIK"));
        Api.createDraft(id);

        given().delete("/" + id).then().statusCode(204);

        given().get("/" + id).then().statusCode(404);
        assertEquals(0, database.count("select count(*) from program"));
        assertEquals(0, database.count("select count(*) from questionnaire"));
        assertEquals(0, database.count("select count(*) from question"));
        assertEquals(0, database.count("select count(*) from question_option"));
        assertEquals(1, database.count("select count(*) from region"));
    }

    @Test
    void reportsUnknownRegionAsNotFound() {
        json().body(program("99.99", 2024, "Si Mantab", "LAYANAN_PUBLIK"))
                .post()
                .then()
                .spec(problem(404, "not-found", "Region 99.99 does not exist", "/api/v1/programs"));

        assertEquals(0, database.count("select count(*) from program"));
    }

    @Test
    void reportsUnknownProgramAsNotFound() {
        given().get("/424242")
                .then()
                .spec(problem(404, "not-found", "Program 424242 does not exist", "/api/v1/programs/424242"));
        json().body(update("Si Mantab", null, "DPMPTSP", "LAYANAN_PUBLIK"))
                .put("/424242")
                .then()
                .spec(problem(404, "not-found", "Program 424242 does not exist", "/api/v1/programs/424242"));
        given().delete("/424242")
                .then()
                .spec(problem(404, "not-found", "Program 424242 does not exist", "/api/v1/programs/424242"));
    }

    @Test
    void rejectsProgramWithUnknownSubDimension() {
        Api.createRegion("63.71");
        Map<String, String> before = database.fingerprint();

        json().body(program("63.71", 2024, "Si Mantab", "SMART"))
                .post()
                .then()
                .spec(problem(422, "validation-failed", "1 field is invalid", "/api/v1/programs"))
                .body("errors", hasSize(1))
                .body("errors[0].pointer", equalTo("/subDimension"))
                .body("errors[0].detail", equalTo("unknown sub-dimension 'SMART'; see GET /api/v1/dimensions"));

        assertEquals(before, database.fingerprint());
    }

    @Test
    void rejectsDimensionThatDoesNotMatchSubDimension() {
        Api.createRegion("63.71");
        Map<String, Object> body = program("63.71", 2024, "Si Mantab", "LAYANAN_PUBLIK");
        body.put("dimension", "ECONOMY");
        Map<String, String> before = database.fingerprint();

        json().body(body)
                .post()
                .then()
                .spec(problem(422, "validation-failed", "1 field is invalid", "/api/v1/programs"))
                .body("errors", hasSize(1))
                .body("errors[0].pointer", equalTo("/dimension"))
                .body("errors[0].detail", equalTo("sub-dimension LAYANAN_PUBLIK belongs to GOVERNANCE, not ECONOMY"));

        assertEquals(before, database.fingerprint());
    }

    @Test
    void rejectsUpdateWithDimensionThatDoesNotMatchSubDimension() {
        Api.createRegion("63.71");
        long id = create(program("63.71", 2024, "Si Mantab", "LAYANAN_PUBLIK"));
        Map<String, Object> body = update("Si Mantab", null, "DPMPTSP", "ENERGI");
        body.put("dimension", "GOVERNANCE");
        Map<String, String> before = database.fingerprint();

        json().body(body)
                .put("/" + id)
                .then()
                .spec(problem(422, "validation-failed", "1 field is invalid", "/api/v1/programs/" + id))
                .body("errors[0].pointer", equalTo("/dimension"))
                .body("errors[0].detail", equalTo("sub-dimension ENERGI belongs to ENVIRONMENT, not GOVERNANCE"));

        assertEquals(before, database.fingerprint());
    }

    @Test
    void rejectsDuplicateSlug() {
        Api.createRegion("63.71");
        Api.createRegion("63.72");
        create(program("63.71", 2024, "Si Mantab", "LAYANAN_PUBLIK"));
        Map<String, String> before = database.fingerprint();

        json().body(program("63.72", 2024, "Si Mantab", "LAYANAN_PUBLIK"))
                .post()
                .then()
                .spec(problem(
                        409,
                        "already-exists",
                        "Slug 'si-mantab' is already used by another program; choose another slug",
                        "/api/v1/programs"))
                .body("errors", nullValue());

        assertEquals(before, database.fingerprint());
    }

    @Test
    void rejectsUpdateToSlugOfAnotherProgram() {
        Api.createRegion("63.71");
        create(program("63.71", 2024, "Si Mantab", "LAYANAN_PUBLIK"));
        long other = create(program("63.71", 2024, "Sampah menjadi Energi", "ENERGI"));
        Map<String, String> before = database.fingerprint();

        json().body(update("Sampah menjadi Energi", "si-mantab", "DLH", "ENERGI"))
                .put("/" + other)
                .then()
                .spec(problem(
                        409,
                        "already-exists",
                        "Slug 'si-mantab' is already used by another program; choose another slug",
                        "/api/v1/programs/" + other));

        assertEquals(before, database.fingerprint());
    }

    @Test
    void rejectsDuplicateNameInSameRegionAndYear() {
        Api.createRegion("63.71");
        create(program("63.71", 2024, "Si Mantab", "LAYANAN_PUBLIK"));
        Map<String, Object> body = program("63.71", 2024, "SI MANTAB", "LAYANAN_PUBLIK");
        body.put("slug", "si-mantab-2");
        Map<String, String> before = database.fingerprint();

        json().body(body)
                .post()
                .then()
                .spec(problem(
                        409,
                        "already-exists",
                        "Kota 63.71 already has a program named 'SI MANTAB' in 2024",
                        "/api/v1/programs"));

        assertEquals(before, database.fingerprint());
    }

    @Test
    void acceptsSameNameInAnotherYear() {
        Api.createRegion("63.71");
        create(program("63.71", 2024, "Si Mantab", "LAYANAN_PUBLIK"));
        Map<String, Object> body = program("63.71", 2025, "Si Mantab", "LAYANAN_PUBLIK");
        body.put("slug", "si-mantab-2025");

        json().body(body).post().then().statusCode(201).body("year", equalTo(2025));
    }

    @Test
    void rejectsSlugNotMadeOfLowerCaseWordsAndHyphens() {
        Api.createRegion("63.71");
        for (String slug : List.of("Si-Mantab", "si_mantab", "si--mantab", "-si-mantab", "si mantab", "")) {
            Map<String, Object> body = program("63.71", 2024, "Si Mantab", "LAYANAN_PUBLIK");
            body.put("slug", slug);

            json().body(body)
                    .post()
                    .then()
                    .spec(problem(422, "validation-failed", "1 field is invalid", "/api/v1/programs"))
                    .body("errors", hasSize(1))
                    .body("errors[0].pointer", equalTo("/slug"))
                    .body("errors[0].detail", equalTo("must be lower-case words joined by hyphens"));
        }
        assertEquals(0, database.count("select count(*) from program"));
    }

    @Test
    void rejectsNameWithoutLettersOrDigitsToDeriveSlugFrom() {
        Api.createRegion("63.71");

        json().body(program("63.71", 2024, "!!!", "LAYANAN_PUBLIK"))
                .post()
                .then()
                .spec(problem(422, "validation-failed", "1 field is invalid", "/api/v1/programs"))
                .body("errors[0].pointer", equalTo("/name"))
                .body("errors[0].detail", equalTo("must contain letters or digits to derive a slug from"));

        assertEquals(0, database.count("select count(*) from program"));
    }

    @Test
    void rejectsYearOutOfRange() {
        Api.createRegion("63.71");

        json().body(program("63.71", 2016, "Si Mantab", "LAYANAN_PUBLIK"))
                .post()
                .then()
                .spec(problem(422, "validation-failed", "1 field is invalid", "/api/v1/programs"))
                .body("errors", hasSize(1))
                .body("errors[0].pointer", equalTo("/year"))
                .body("errors[0].detail", equalTo("must be greater than or equal to 2017"));
        json().body(program("63.71", 2101, "Si Mantab", "LAYANAN_PUBLIK"))
                .post()
                .then()
                .spec(problem(422, "validation-failed", "1 field is invalid", "/api/v1/programs"))
                .body("errors[0].pointer", equalTo("/year"))
                .body("errors[0].detail", equalTo("must be less than or equal to 2100"));

        assertEquals(0, database.count("select count(*) from program"));
    }

    @Test
    void refusesSlugChangeAfterQuestionnaireWasPublished() {
        long id = publishedProgram();
        Map<String, String> before = database.fingerprint();

        json().body(update("Si Mantab", "si-mantab-baru", "DPMPTSP Kota Banjarmasin", "LAYANAN_PUBLIK"))
                .put("/" + id)
                .then()
                .spec(problem(
                        409,
                        "invalid-state",
                        "Program " + id + SLUG_OR_SUB_DIMENSION_FROZEN,
                        "/api/v1/programs/" + id));

        assertEquals(before, database.fingerprint());
    }

    @Test
    void refusesSubDimensionChangeAfterQuestionnaireWasPublished() {
        long id = publishedProgram();
        Map<String, String> before = database.fingerprint();

        json().body(update("Si Mantab", null, "DPMPTSP Kota Banjarmasin", "KEBIJAKAN_PUBLIK"))
                .put("/" + id)
                .then()
                .spec(problem(
                        409,
                        "invalid-state",
                        "Program " + id + SLUG_OR_SUB_DIMENSION_FROZEN,
                        "/api/v1/programs/" + id));

        assertEquals(before, database.fingerprint());
    }

    @Test
    void allowsNameAgencyAndTargetPopulationChangesAfterQuestionnaireWasPublished() {
        long id = publishedProgram();
        Map<String, Object> body = update("Si Mantab Kota", "si-mantab", "DPMPTSP Banjarmasin", "LAYANAN_PUBLIK");
        body.put("targetPopulation", 3000);

        json().body(body)
                .put("/" + id)
                .then()
                .statusCode(200)
                .body("name", equalTo("Si Mantab Kota"))
                .body("slug", equalTo("si-mantab"))
                .body("agency", equalTo("DPMPTSP Banjarmasin"))
                .body("subDimension.code", equalTo("LAYANAN_PUBLIK"))
                .body("targetPopulation", equalTo(3000));

        assertEquals(
                1,
                database.count("select count(*) from program where name = 'Si Mantab Kota'"
                        + " and agency = 'DPMPTSP Banjarmasin' and target_population = 3000"));
    }

    @Test
    void refusesDeleteAfterQuestionnaireWasPublished() {
        long id = publishedProgram();
        Map<String, String> before = database.fingerprint();

        given().delete("/" + id)
                .then()
                .spec(problem(
                        409,
                        "invalid-state",
                        "Program " + id + " has published a questionnaire and keeps its history;"
                                + " it cannot be deleted",
                        "/api/v1/programs/" + id));

        assertEquals(before, database.fingerprint());
    }

    @Test
    void listsDimensionsWithSubDimensionsInFrameworkOrder() {
        given().basePath("")
                .accept(ContentType.JSON)
                .get("/api/v1/dimensions")
                .then()
                .statusCode(200)
                .contentType(ContentType.JSON)
                .body("$", hasSize(6))
                .body("code", contains("GOVERNANCE", "BRANDING", "ECONOMY", "LIVING", "SOCIETY", "ENVIRONMENT"))
                .body(
                        "name",
                        contains(
                                "Smart Governance",
                                "Smart Branding",
                                "Smart Economy",
                                "Smart Living",
                                "Smart Society",
                                "Smart Environment"))
                .body(
                        "subDimensions.code",
                        contains(
                                List.of("LAYANAN_PUBLIK", "KEBIJAKAN_PUBLIK", "TATA_KELOLA_BIROKRASI"),
                                List.of("TOURISM_BRANDING", "BUSINESS_BRANDING", "CITY_APPEARANCE_BRANDING"),
                                List.of("INDUSTRY", "WELFARE", "TRANSACTION"),
                                List.of("HARMONY", "HEALTH", "MOBILITY"),
                                List.of("KOMUNITAS", "PENDIDIKAN", "KEAMANAN"),
                                List.of("PROTEKSI", "SAMPAH", "ENERGI")))
                .body(
                        "subDimensions.name",
                        contains(
                                List.of("Layanan Publik", "Kebijakan Publik", "Tata Kelola Birokrasi"),
                                List.of("Tourism Branding", "Business Branding", "City Appearance Branding"),
                                List.of("Industry", "Welfare", "Transaction"),
                                List.of("Harmony", "Health", "Mobility"),
                                List.of("Komunitas", "Pendidikan", "Keamanan"),
                                List.of("Proteksi", "Sampah", "Energi")));
    }
}
