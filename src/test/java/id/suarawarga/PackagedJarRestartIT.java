package id.suarawarga;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import id.suarawarga.support.PackagedApp;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The packaged jar as a user runs it: embedded PostgreSQL with data in a folder that survives a normal stop and a
 * {@code kill -9} (whose orphaned postmaster the next start must clear), and the demo switch.
 */
class PackagedJarRestartIT {

    private static final String ADMIN = "admin-uji";
    private static final String ADMIN_PASSWORD = "kata-sandi-admin-uji";

    private static io.restassured.specification.RequestSpecification admin(int port) {
        return given().port(port).auth().preemptive().basic(ADMIN, ADMIN_PASSWORD);
    }


    private static final Path JAR = PackagedApp.JAR;
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

    private Path work;
    private Process app;
    private int port;
    private int managementPort;

    @BeforeEach
    void setUp() throws IOException {
        assertThat(JAR).as("run after `package`").exists();
        work = Files.createTempDirectory("suara-warga-it");
    }

    @AfterEach
    void tearDown() throws Exception {
        stop();
        try (Stream<Path> files = Files.walk(work)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    void keepsDataAcrossRestartsAndRecoversFromKillNine() throws Exception {
        Path dataDir = work.resolve("pg");

        start(dataDir, false);
        admin(port).get("/api/v1/regions").then().statusCode(200).body("totalItems", equalTo(0));
        admin(port).contentType("application/json")
                .body(Map.of("code", "99.01", "kind", "KABUPATEN", "name", "Kabupaten Uji", "province", "Provinsi Uji"))
                .post("/api/v1/regions").then().statusCode(201);
        stop();
        assertThat(dataDir.resolve("postmaster.pid")).as("a normal stop stops PostgreSQL too").doesNotExist();

        start(dataDir, true);
        admin(port).get("/api/v1/regions/99.01").then().statusCode(200).body("name", equalTo("Kabupaten Uji"));
        admin(port).get("/api/v1/programs?region=63.71&year=2024").then().body("totalItems", equalTo(6));
        long postmaster = Long.parseLong(Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).trim());
        app.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        assertThat(ProcessHandle.of(postmaster).map(ProcessHandle::isAlive)).as("kill -9 orphans the postmaster").contains(true);

        start(dataDir, false);
        assertThat(ProcessHandle.of(postmaster).map(ProcessHandle::isAlive).orElse(false)).isFalse();
        admin(port).get("/api/v1/regions").then().body("totalItems", equalTo(2));
        admin(port).get("/api/v1/questionnaires?status=PUBLISHED").then().body("totalItems", equalTo(6));
    }

    private void start(Path dataDir, boolean demo) throws Exception {
        port = freePort();
        managementPort = freePort();
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toAbsolutePath().toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(work.resolve("app.log").toFile()));
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(k -> k.startsWith("QUARKUS_DATASOURCE") || k.startsWith("SUARA_"));
        env.put("SUARA_EMBEDDED_DB_DATA_DIR", dataDir.toString());
        env.put("SUARA_DEMO_ENABLED", String.valueOf(demo));
        env.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        env.put("QUARKUS_MANAGEMENT_PORT", String.valueOf(managementPort));
        // the first national admin, as production creates it from a Secret
        env.put("SUARA_SECURITY_BOOTSTRAP_ADMIN_USERNAME", ADMIN);
        env.put("SUARA_SECURITY_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
        app = builder.start();
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!app.isAlive()) {
                throw new AssertionError("the app exited with " + app.exitValue() + ":\n" + Files.readString(work.resolve("app.log")));
            }
            try {
                if (given().port(managementPort).get("/q/health/ready").statusCode() == 200) {
                    return;
                }
            } catch (Exception notYetListening) {
                // keep polling
            }
            Thread.sleep(200);
        }
        throw new AssertionError("not ready within " + START_TIMEOUT + ":\n" + Files.readString(work.resolve("app.log")));
    }

    private void stop() throws InterruptedException {
        if (app != null && app.isAlive()) {
            app.destroy(); // SIGTERM: Quarkus shuts down, zonky's hook stops PostgreSQL
            if (!app.waitFor(60, TimeUnit.SECONDS)) {
                app.destroyForcibly();
            }
        }
        app = null;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
