package id.suarawarga;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import id.suarawarga.support.FaultRun;
import id.suarawarga.support.PackagedApp;
import id.suarawarga.support.Reconciliation;
import id.suarawarga.support.StandalonePostgres;
import id.suarawarga.support.SubmissionLoad;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Fault tests (a) and (c), fast variants (bench/faults.sh runs the long ones): the packaged app against a separate,
 * real PostgreSQL, as in a cluster. (a) kill -9 during a submission load and a restart: every acknowledged response
 * stored exactly once, none partially, aggregates consistent. (c) two app instances against one database under
 * concurrent load: every response each one acknowledged is stored once, and the aggregates are exact.
 */
class FaultToleranceIT {

    private Path work;
    private StandalonePostgres postgres;
    private PackagedApp first;
    private PackagedApp second;

    @BeforeEach
    void setUp() throws Exception {
        assertThat(PackagedApp.JAR).as("run after `package`").exists();
        work = Files.createTempDirectory("suara-warga-faults");
        postgres = new StandalonePostgres(work.resolve("db")).start();
        first = new PackagedApp(Files.createDirectories(work.resolve("a"))).withExternalPostgres(postgres.port());
    }

    @AfterEach
    void tearDown() throws Exception {
        first.close();
        if (second != null) {
            second.close();
        }
        postgres.close();
        try (Stream<Path> files = Files.walk(work)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    void killNineDuringLoadLosesNoAcknowledgedResponse() throws Exception {
        first.start();
        SubmissionLoad load = new SubmissionLoad(first::baseUrl, "kill9", FaultRun.clients());
        Thread.sleep(FaultRun.millis());
        int beforeKill = load.acknowledged().size();
        first.kill(); // SIGKILL: no shutdown, requests in flight are cut
        first.start(); // a new process, as Kubernetes restarts the container
        int afterRestart = load.acknowledged().size();
        Thread.sleep(FaultRun.millis());
        load.close();
        assertThat(load.acknowledged().size())
                .as("stores again after the restart")
                .isGreaterThan(afterRestart);
        assertThat(load.statuses()).as("no 500s").doesNotContainKey(500);
        int stored = Reconciliation.check(first, load);
        // rows beyond the acknowledged ones are requests whose commit the kill overtook: stored once, never answered
        assertThat(stored - load.acknowledged().size())
                .as("unacknowledged rows at most one per client")
                .isBetween(0, FaultRun.clients());
        System.out.printf(
                "kill -9 under load: %d acknowledged (%d before the kill), %d stored, statuses %s, %d without answer%n",
                load.acknowledged().size(), beforeKill, stored, load.statuses(), load.failures());
    }

    @Test
    void twoInstancesAgainstOneDatabaseCountExactly() throws Exception {
        first.start();
        second = new PackagedApp(Files.createDirectories(work.resolve("b")))
                .withExternalPostgres(postgres.port())
                .start();
        SubmissionLoad a = new SubmissionLoad(first::baseUrl, "inst-a", FaultRun.clients());
        SubmissionLoad b = new SubmissionLoad(second::baseUrl, "inst-b", FaultRun.clients());
        Thread.sleep(2 * FaultRun.millis());
        a.close();
        b.close();
        assertThat(a.failures() + b.failures()).as("every request answered").isZero();
        assertThat(a.statuses()).containsOnlyKeys(201);
        assertThat(b.statuses()).containsOnlyKeys(201);
        // every request was answered, so stored = acknowledged exactly, for each instance
        assertThat(Reconciliation.check(first, a)).isEqualTo(a.acknowledged().size());
        assertThat(Reconciliation.check(second, b)).isEqualTo(b.acknowledged().size());
        // and the score both replicas read counts both loads (plus nothing else)
        long questionnaire;
        try (var c = first.jdbc();
                var s = c.createStatement();
                var rs = s.executeQuery("select q.id from questionnaire q join program p on p.id = q.program_id"
                        + " where p.slug = 'si-mantab' and q.status = 'PUBLISHED'")) {
            rs.next();
            questionnaire = rs.getLong(1);
        }
        int total = a.acknowledged().size() + b.acknowledged().size();
        for (PackagedApp app : new PackagedApp[] {first, second}) {
            int responses = given().port(app.port())
                    .auth()
                    .preemptive()
                    .basic(PackagedApp.ADMIN, PackagedApp.ADMIN_PASSWORD)
                    .get("/api/v1/scores/questionnaires/" + questionnaire + "?includeFlagged=true")
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("responses");
            assertThat(responses).isEqualTo(total);
        }
        System.out.printf(
                "two instances: %d + %d acknowledged, all stored once, scores count %d on both%n",
                a.acknowledged().size(), b.acknowledged().size(), total);
    }
}
