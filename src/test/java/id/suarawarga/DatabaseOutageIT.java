package id.suarawarga;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import id.suarawarga.support.FaultRun;
import id.suarawarga.support.PackagedApp;
import id.suarawarga.support.Reconciliation;
import id.suarawarga.support.StandalonePostgres;
import id.suarawarga.support.SubmissionLoad;
import io.restassured.response.Response;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The packaged app against a PostgreSQL that goes away and comes back (stopped with pg_ctl's fast mode, started again
 * on the same port and data, as a restart or failover looks from the app): readiness fails, submissions get a 503
 * problem with Retry-After and the resident's page a friendly "try again" with the answers kept, nothing is stored
 * meanwhile, and the app recovers by itself within seconds. Then the same under a submission load (fault b).
 */
class DatabaseOutageIT {

    /** Longest accepted time from PostgreSQL being back to the first stored submission. */
    static final Duration RECOVERY = Duration.ofSeconds(15);

    private Path work;
    private StandalonePostgres postgres;
    private PackagedApp app;

    @BeforeEach
    void setUp() throws Exception {
        assertThat(PackagedApp.JAR).as("run after `package`").exists();
        work = Files.createTempDirectory("suara-warga-outage");
        postgres = new StandalonePostgres(work.resolve("db")).start();
        app = new PackagedApp(work).withExternalPostgres(postgres.port()).start();
    }

    @AfterEach
    void tearDown() throws Exception {
        app.close();
        postgres.close();
        try (Stream<Path> files = Files.walk(work)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    Response submit(String key) {
        return given().port(app.port())
                .contentType("application/json")
                .header("Idempotency-Key", key)
                .body(SubmissionLoad.BODY)
                .post("/api/v1/public/questionnaires/si-mantab/responses");
    }

    @Test
    void whilePostgresIsAwayTheAppSays503AndRecoversByItself() throws Exception {
        submit("before-outage").then().statusCode(201);
        Document form = Jsoup.parse(given().port(app.port())
                .get("/s/si-mantab")
                .then()
                .statusCode(200)
                .extract()
                .asString());
        Map<String, String> fields = new HashMap<>();
        fields.put("token", form.select("input[name=token]").attr("value"));
        fields.put("lang", "id");
        // the demo's Si Mantab questionnaire, complete (as SubmissionLoad.BODY)
        fields.putAll(Map.of(
                "q.USIA",
                "25_34",
                "q.JENIS_KELAMIN",
                "P",
                "q.PENDIDIKAN",
                "SMA",
                "q.PEKERJAAN",
                "WIRAUSAHA",
                "q.MANFAAT",
                "4",
                "q.KEMUDAHAN_AKSES",
                "3",
                "q.REKOMENDASI",
                "4",
                "q.KEBERLANJUTAN",
                "4"));
        for (int i = 1; i <= 9; i++) {
            fields.put("q.U" + i, "3");
        }
        fields.put("q.KOMENTAR", "Tolong tambah loket"); // combined templates keep one comment box (#18)

        postgres.stop();
        long down = System.nanoTime();
        while (given().port(app.managementPort()).get("/q/health/ready").statusCode() != 503) {
            assertThat(System.nanoTime() - down)
                    .as("readiness fails within 15 s")
                    .isLessThan(Duration.ofSeconds(15).toNanos());
            Thread.sleep(200);
        }
        given().port(app.managementPort()).get("/q/health/live").then().statusCode(200); // alive: no restart wanted

        submit("during-outage")
                .then()
                .statusCode(503)
                .contentType(containsString("application/problem+json"))
                .header("Retry-After", equalTo("5"))
                .body("type", equalTo("/problems/service-unavailable"))
                .body("status", equalTo(503));
        Response page = given().port(app.port())
                .redirects()
                .follow(false)
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParams(fields)
                .post("/s/si-mantab");
        page.then().statusCode(503).contentType(containsString("text/html")).header("Retry-After", equalTo("5"));
        Document again = Jsoup.parse(page.asString());
        assertThat(again.text()).contains("Jawaban Anda belum terkirim dan masih ada di bawah");
        assertThat(again.select("input[name=q.U1][value=3]").hasAttr("checked"))
                .as("answers kept")
                .isTrue();
        assertThat(again.select("textarea[name=q.KOMENTAR]").text()).isEqualTo("Tolong tambah loket");

        postgres.start();
        long up = System.nanoTime();
        while (submit("after-outage").statusCode() != 201) {
            assertThat(System.nanoTime() - up)
                    .as("stores again within " + RECOVERY)
                    .isLessThan(RECOVERY.toNanos());
            Thread.sleep(200);
        }
        long recoveredMs = (System.nanoTime() - up) / 1_000_000;
        given().port(app.managementPort()).get("/q/health/ready").then().statusCode(200);
        // the form sent again with the same token is stored now
        given().port(app.port())
                .redirects()
                .follow(false)
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParams(fields)
                .post("/s/si-mantab")
                .then()
                .statusCode(303);
        try (var c = app.jdbc();
                var s = c.createStatement();
                var rs = s.executeQuery("select count(*) filter (where submission_key = 'api:during-outage'),"
                        + " count(*) filter (where submission_key like 'api:%outage') from survey_response")) {
            rs.next();
            assertThat(rs.getInt(1)).as("nothing stored while refused").isZero();
            assertThat(rs.getInt(2)).isEqualTo(2);
        }
        System.out.printf(
                "database outage: readiness DOWN, 503s, recovered %d ms after PostgreSQL was back%n", recoveredMs);
    }

    @Test
    void restartingPostgresUnderLoadLosesNoAcknowledgedResponse() throws Exception {
        SubmissionLoad load = new SubmissionLoad(app::baseUrl, "pgrestart", FaultRun.clients());
        Thread.sleep(FaultRun.millis());
        postgres.stop();
        Thread.sleep(2000);
        postgres.start();
        long up = System.nanoTime();
        int before = load.acknowledged().size();
        while (load.acknowledged().size() == before) {
            assertThat(System.nanoTime() - up)
                    .as("the load is stored again within " + RECOVERY)
                    .isLessThan(RECOVERY.toNanos());
            Thread.sleep(100);
        }
        long recoveredMs = (System.nanoTime() - up) / 1_000_000;
        Thread.sleep(FaultRun.millis());
        load.close();
        // A 2 s outage may be absorbed entirely by requests waiting for a connection (all 201, as CI once saw);
        // what must never appear is anything but "stored" or "retry later".
        assertThat(load.statuses().keySet())
                .as("only stored or 503 (retry), never a 500")
                .contains(201)
                .isSubsetOf(201, 503);
        int stored = Reconciliation.check(app, load);
        System.out.printf(
                "PostgreSQL restart under load: %d acknowledged, %d stored, statuses %s, recovered %d ms after it was back%n",
                load.acknowledged().size(), stored, load.statuses(), recoveredMs);
    }
}
