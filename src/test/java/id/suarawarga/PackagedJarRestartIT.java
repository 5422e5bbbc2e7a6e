package id.suarawarga;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import id.suarawarga.support.PackagedApp;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The packaged jar as a user runs it: embedded PostgreSQL with data in a folder that survives a normal stop and a
 * {@code kill -9} (whose orphaned postmaster the next start must clear), and the demo switch.
 */
class PackagedJarRestartIT {

    private Path work;
    private PackagedApp app;

    @BeforeEach
    void setUp() throws IOException {
        assertThat(PackagedApp.JAR).as("run after `package`").exists();
        work = Files.createTempDirectory("suara-warga-it");
        app = new PackagedApp(work);
    }

    @AfterEach
    void tearDown() throws Exception {
        app.close();
        try (Stream<Path> files = Files.walk(work)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    void keepsDataAcrossRestartsAndRecoversFromKillNine() throws Exception {
        Path dataDir = app.dataDir();

        app.with("SUARA_DEMO_ENABLED", "false").start();
        admin().get("/api/v1/regions").then().statusCode(200).body("totalItems", equalTo(0));
        admin().contentType("application/json")
                .body(Map.of("code", "99.01", "kind", "KABUPATEN", "name", "Kabupaten Uji", "province", "Provinsi Uji"))
                .post("/api/v1/regions")
                .then()
                .statusCode(201);
        app.terminate(Duration.ofSeconds(60));
        assertThat(dataDir.resolve("postmaster.pid"))
                .as("a normal stop stops PostgreSQL too")
                .doesNotExist();

        app.with("SUARA_DEMO_ENABLED", "true").start();
        admin().get("/api/v1/regions/99.01").then().statusCode(200).body("name", equalTo("Kabupaten Uji"));
        admin().get("/api/v1/programs?region=63.71&year=2024").then().body("totalItems", equalTo(6));
        long postmaster = Long.parseLong(
                Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).trim());
        app.kill();
        assertThat(ProcessHandle.of(postmaster).map(ProcessHandle::isAlive))
                .as("kill -9 orphans the postmaster")
                .contains(true);

        app.with("SUARA_DEMO_ENABLED", "false").start();
        assertThat(ProcessHandle.of(postmaster).map(ProcessHandle::isAlive).orElse(false))
                .isFalse();
        admin().get("/api/v1/regions").then().body("totalItems", equalTo(2));
        admin().get("/api/v1/questionnaires?status=PUBLISHED").then().body("totalItems", equalTo(6));
    }

    /** The first national admin, created from configuration as production creates it from a Secret. */
    private RequestSpecification admin() {
        return given().port(app.port()).auth().preemptive().basic(PackagedApp.ADMIN, PackagedApp.ADMIN_PASSWORD);
    }
}
