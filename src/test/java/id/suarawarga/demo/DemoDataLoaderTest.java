package id.suarawarga.demo;

import static id.suarawarga.support.Api.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import id.suarawarga.support.Database;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The demo data: Kota Banjarmasin 2024, six programs, each with a published questionnaire; loading is idempotent. */
@QuarkusTest
class DemoDataLoaderTest {

    @Inject
    Database database;

    @Inject
    DemoDataLoader loader;

    @AfterEach
    void wipe() {
        database.wipe();
    }

    @Test
    void testProfileStartsWithoutDemoData() {
        // suara.demo.enabled is false outside dev mode unless switched on: production starts empty
        assertThat(database.count("select count(*) from region where code = '63.71'"))
                .isZero();
    }

    @Test
    void loadsBanjarmasinWithSixPublishedQuickWins() {
        loader.load();

        json().get("/api/v1/regions/63.71")
                .then()
                .statusCode(200)
                .body("name", equalTo("Kota Banjarmasin"))
                .body("province", equalTo("Kalimantan Selatan"));
        var programs = json().queryParam("region", "63.71")
                .queryParam("year", 2024)
                .get("/api/v1/programs")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(6))
                .extract()
                .jsonPath();
        assertThat(programs.getList("items.slug"))
                .containsExactlyInAnyOrder(
                        "si-mantab",
                        "sungaiku-baiman",
                        "baiman-store",
                        "sampah-menjadi-energi",
                        "bakawan-rtlh",
                        "portal-pendidikan");
        assertThat(programs.getList("items.dimension.code"))
                .containsExactlyInAnyOrder("GOVERNANCE", "BRANDING", "ECONOMY", "LIVING", "SOCIETY", "ENVIRONMENT");
        json().queryParam("status", "PUBLISHED")
                .get("/api/v1/questionnaires")
                .then()
                .body("totalItems", equalTo(6))
                // counter services: SKM + program benefit with one comment box (19); programs residents feel without a
                // counter: the non-counter template (9), no SKM service elements (issue #18)
                .body("items.questionCount", equalTo(List.of(19, 9, 9, 9, 19, 19)));
    }

    @Test
    void loadingTwiceChangesNothingAndCompletesAHalfFinishedLoad() {
        loader.load();
        Map<String, String> loaded = database.fingerprint();
        loader.load();
        assertThat(database.fingerprint()).isEqualTo(loaded);

        // a run interrupted after creating a program but before publishing its questionnaire
        long siMantab = json().get("/api/v1/programs?q=si mantab").jsonPath().getLong("items[0].id");
        database.execute(
                "update questionnaire set status = 'CLOSED', closed_at = now() where program_id = " + siMantab);
        loader.load();
        json().queryParam("status", "PUBLISHED")
                .queryParam("programId", siMantab)
                .get("/api/v1/questionnaires")
                .then()
                .body("totalItems", equalTo(1))
                .body("items[0].version", equalTo(2));
    }
}
