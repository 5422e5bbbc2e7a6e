package id.suarawarga.region;

import static id.suarawarga.support.Problems.problem;
import static io.restassured.RestAssured.given;
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
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
@TestHTTPEndpoint(RegionResource.class)
class RegionResourceTest {

    @Inject
    Database database;

    @AfterEach
    void wipe() {
        database.wipe();
    }

    private static RequestSpecification json() {
        return given().contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    private static Map<String, Object> region(String code, String kind, String name, String province) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("kind", kind);
        body.put("name", name);
        body.put("province", province);
        return body;
    }

    private static void create(String code, String kind, String name, String province) {
        json().body(region(code, kind, name, province)).post().then().statusCode(201);
    }

    @Test
    void createsRegionWithLocationAndBody() {
        String location = json().body(region("63.71", "KOTA", "  Kota Banjarmasin ", " Kalimantan Selatan  "))
                .post()
                .then()
                .statusCode(201)
                .contentType(ContentType.JSON)
                .header("Location", endsWith("/api/v1/regions/63.71"))
                .body("code", equalTo("63.71"))
                .body("kind", equalTo("KOTA"))
                .body("name", equalTo("Kota Banjarmasin"))
                .body("province", equalTo("Kalimantan Selatan"))
                .body("createdAt", notNullValue())
                .body("updatedAt", notNullValue())
                .extract()
                .header("Location");

        given().accept(ContentType.JSON).get(location).then().statusCode(200).body("name", equalTo("Kota Banjarmasin"));
        assertEquals(
                1, database.count("select count(*) from region where code = '63.71' and name = 'Kota Banjarmasin'"));
    }

    @Test
    void getsRegionByCode() {
        create("63.03", "KABUPATEN", "Kabupaten Banjar", "Kalimantan Selatan");

        given().accept(ContentType.JSON)
                .get("/63.03")
                .then()
                .statusCode(200)
                .body("code", equalTo("63.03"))
                .body("kind", equalTo("KABUPATEN"))
                .body("name", equalTo("Kabupaten Banjar"))
                .body("province", equalTo("Kalimantan Selatan"));
    }

    @Test
    void listsRegionsPageByPageSortedByCode() {
        create("63.72", "KOTA", "Kota Banjarbaru", "Kalimantan Selatan");
        create("63.01", "KABUPATEN", "Kabupaten Tanah Laut", "Kalimantan Selatan");
        create("63.71", "KOTA", "Kota Banjarmasin", "Kalimantan Selatan");
        create("63.03", "KABUPATEN", "Kabupaten Banjar", "Kalimantan Selatan");
        create("64.72", "KOTA", "Kota Samarinda", "Kalimantan Timur");

        given().queryParam("page", 1)
                .queryParam("size", 2)
                .get()
                .then()
                .statusCode(200)
                .body("items.code", contains("63.71", "63.72"))
                .body("page", equalTo(1))
                .body("size", equalTo(2))
                .body("totalItems", equalTo(5))
                .body("totalPages", equalTo(3));

        given().queryParam("page", 2)
                .queryParam("size", 2)
                .get()
                .then()
                .statusCode(200)
                .body("items.code", contains("64.72"))
                .body("totalPages", equalTo(3));

        given().get()
                .then()
                .statusCode(200)
                .body("items.code", contains("63.01", "63.03", "63.71", "63.72", "64.72"))
                .body("page", equalTo(0))
                .body("size", equalTo(20))
                .body("totalItems", equalTo(5))
                .body("totalPages", equalTo(1));
    }

    @Test
    void listBeyondTheLastPageIsEmpty() {
        create("63.71", "KOTA", "Kota Banjarmasin", "Kalimantan Selatan");

        given().queryParam("page", 3)
                .get()
                .then()
                .statusCode(200)
                .body("items", empty())
                .body("page", equalTo(3))
                .body("totalItems", equalTo(1))
                .body("totalPages", equalTo(1));
    }

    @Test
    void filtersRegionsByProvinceIgnoringCase() {
        create("63.71", "KOTA", "Kota Banjarmasin", "Kalimantan Selatan");
        create("63.03", "KABUPATEN", "Kabupaten Banjar", "Kalimantan Selatan");
        create("64.72", "KOTA", "Kota Samarinda", "Kalimantan Timur");

        given().queryParam("province", "kalimantan timur")
                .get()
                .then()
                .statusCode(200)
                .body("items.code", contains("64.72"))
                .body("totalItems", equalTo(1));
    }

    @Test
    void filtersRegionsByPartOfTheName() {
        create("63.71", "KOTA", "Kota Banjarmasin", "Kalimantan Selatan");
        create("63.72", "KOTA", "Kota Banjarbaru", "Kalimantan Selatan");
        create("63.01", "KABUPATEN", "Kabupaten Tanah Laut", "Kalimantan Selatan");
        create("64.72", "KOTA", "Kota Samarinda", "Kalimantan Timur");

        given().queryParam("q", "BANJAR")
                .get()
                .then()
                .statusCode(200)
                .body("items.code", contains("63.71", "63.72"))
                .body("totalItems", equalTo(2));

        given().queryParam("q", "banjar")
                .queryParam("province", "Kalimantan Timur")
                .get()
                .then()
                .statusCode(200)
                .body("items", empty())
                .body("totalItems", equalTo(0))
                .body("totalPages", equalTo(0));
    }

    @Test
    void updatesKindNameAndProvince() {
        create("63.71", "KABUPATEN", "Banjarmasin", "Kalsel");

        json().body(Map.of("kind", "KOTA", "name", " Kota Banjarmasin ", "province", "Kalimantan Selatan"))
                .put("/63.71")
                .then()
                .statusCode(200)
                .body("code", equalTo("63.71"))
                .body("kind", equalTo("KOTA"))
                .body("name", equalTo("Kota Banjarmasin"))
                .body("province", equalTo("Kalimantan Selatan"));

        given().get("/63.71")
                .then()
                .statusCode(200)
                .body("kind", equalTo("KOTA"))
                .body("name", equalTo("Kota Banjarmasin"))
                .body("province", equalTo("Kalimantan Selatan"));
    }

    @Test
    void deletesRegionWithoutPrograms() {
        create("63.71", "KOTA", "Kota Banjarmasin", "Kalimantan Selatan");

        given().delete("/63.71").then().statusCode(204);

        given().get("/63.71").then().statusCode(404);
        assertEquals(0, database.count("select count(*) from region"));
    }

    @Test
    void rejectsDuplicateCode() {
        create("63.71", "KOTA", "Kota Banjarmasin", "Kalimantan Selatan");
        Map<String, String> before = database.fingerprint();

        json().body(region("63.71", "KOTA", "Another name", "Kalimantan Selatan"))
                .post()
                .then()
                .spec(problem(409, "already-exists", "Region 63.71 already exists", "/api/v1/regions"))
                .body("errors", nullValue());

        assertEquals(before, database.fingerprint());
    }

    @ParameterizedTest
    @ValueSource(strings = {"6371", "63.7", "63.711", "ab.cd", "63-71", " 63.71"})
    void rejectsCodeNotInKemendagriFormat(String code) {
        json().body(region(code, "KOTA", "Kota Banjarmasin", "Kalimantan Selatan"))
                .post()
                .then()
                .spec(problem(422, "validation-failed", "1 field is invalid", "/api/v1/regions"))
                .body("errors", hasSize(1))
                .body("errors[0].pointer", equalTo("/code"))
                .body("errors[0].detail", equalTo("must be a Kemendagri code such as 63.71"))
                .body("errors[0].parameter", nullValue());

        assertEquals(0, database.count("select count(*) from region"));
    }

    @Test
    void rejectsBlankName() {
        json().body(region("63.71", "KOTA", "   ", "Kalimantan Selatan"))
                .post()
                .then()
                .spec(problem(422, "validation-failed", "1 field is invalid", "/api/v1/regions"))
                .body("errors", hasSize(1))
                .body("errors[0].pointer", equalTo("/name"))
                .body("errors[0].detail", equalTo("must not be blank"));

        assertEquals(0, database.count("select count(*) from region"));
    }

    @Test
    void listsEveryMissingFieldAtOnce() {
        json().body(Map.of())
                .post()
                .then()
                .spec(problem(422, "validation-failed", "4 fields are invalid", "/api/v1/regions"))
                .body("errors.pointer", contains("/code", "/kind", "/name", "/province"))
                .body(
                        "errors.detail",
                        contains("must not be null", "must not be null", "must not be blank", "must not be blank"));
    }

    @Test
    void rejectsUpdateWithBlankName() {
        create("63.71", "KOTA", "Kota Banjarmasin", "Kalimantan Selatan");
        Map<String, String> before = database.fingerprint();

        json().body(Map.of("kind", "KOTA", "name", "", "province", "Kalimantan Selatan"))
                .put("/63.71")
                .then()
                .spec(problem(422, "validation-failed", "1 field is invalid", "/api/v1/regions/63.71"))
                .body("errors[0].pointer", equalTo("/name"))
                .body("errors[0].detail", equalTo("must not be blank"));

        assertEquals(before, database.fingerprint());
    }

    @Test
    void reportsUnknownRegionAsNotFound() {
        given().accept(ContentType.JSON)
                .get("/99.99")
                .then()
                .spec(problem(404, "not-found", "Region 99.99 does not exist", "/api/v1/regions/99.99"));
    }

    @Test
    void reportsUpdateOfUnknownRegionAsNotFound() {
        json().body(Map.of("kind", "KOTA", "name", "Kota X", "province", "Kalimantan Selatan"))
                .put("/99.99")
                .then()
                .spec(problem(404, "not-found", "Region 99.99 does not exist", "/api/v1/regions/99.99"));

        assertEquals(0, database.count("select count(*) from region"));
    }

    @Test
    void reportsDeleteOfUnknownRegionAsNotFound() {
        given().delete("/99.99")
                .then()
                .spec(problem(404, "not-found", "Region 99.99 does not exist", "/api/v1/regions/99.99"));
    }

    @Test
    void refusesToDeleteRegionWithPrograms() {
        Api.createProgram("63.71", "Si Mantab");
        Map<String, String> before = database.fingerprint();

        given().delete("/63.71")
                .then()
                .spec(problem(
                        409, "in-use", "Region 63.71 has 1 program(s); delete them first", "/api/v1/regions/63.71"));

        assertEquals(before, database.fingerprint());
        given().get("/63.71").then().statusCode(200);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 101})
    void rejectsPageSizeOutsideOneToHundred(int size) {
        given().queryParam("size", size)
                .get()
                .then()
                .spec(problem(422, "validation-failed", "1 field is invalid", "/api/v1/regions"))
                .body("errors", hasSize(1))
                .body("errors[0].parameter", equalTo("size"))
                .body("errors[0].pointer", nullValue())
                .body("errors[0].detail", equalTo("must be between 1 and 100"));
    }

    @Test
    void acceptsPageSizeOfHundred() {
        given().queryParam("size", 100).get().then().statusCode(200).body("size", equalTo(100));
    }

    @Test
    void rejectsNegativePage() {
        given().queryParam("page", -1)
                .get()
                .then()
                .spec(problem(422, "validation-failed", "1 field is invalid", "/api/v1/regions"))
                .body("errors[0].parameter", equalTo("page"))
                .body("errors[0].detail", equalTo("must be 0 or more"));
    }

    @Test
    void answersLastAddressablePageWithAnEmptyPage() {
        create("63.71", "KOTA", "Kota Banjarmasin", "Kalimantan Selatan");

        given().queryParam("page", 21_474_836)
                .queryParam("size", 100)
                .get()
                .then()
                .statusCode(200)
                .body("items", empty())
                .body("page", equalTo(21_474_836))
                .body("totalItems", equalTo(1))
                .body("totalPages", equalTo(1));
    }

    @Test
    void rejectsPageWhoseOffsetWouldOverflow() {
        given().queryParam("page", Integer.MAX_VALUE)
                .queryParam("size", 100)
                .get()
                .then()
                .spec(problem(422, "validation-failed", "1 field is invalid", "/api/v1/regions"))
                .body("errors", hasSize(1))
                .body("errors[0].parameter", equalTo("page"))
                .body("errors[0].detail", equalTo("must be at most 21474836"));
    }

    @Test
    void rejectsPageThatIsNotANumber() {
        given().queryParam("page", "x")
                .get()
                .then()
                .spec(problem(
                        400,
                        "malformed-request",
                        "A query or path parameter has the wrong format (for example a word where a number belongs)",
                        "/api/v1/regions"))
                .body("errors", nullValue());
    }
}
