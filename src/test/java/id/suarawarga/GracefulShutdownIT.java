package id.suarawarga;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import id.suarawarga.support.FaultRun;
import id.suarawarga.support.PackagedApp;
import id.suarawarga.support.Reconciliation;
import id.suarawarga.support.SubmissionLoad;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * SIGTERM during a submission load, as Kubernetes stops a pod: readiness goes DOWN first while submissions are still
 * served (quarkus.shutdown.delay), then requests in flight finish and the response writer drains its queue before
 * the datasource closes. Afterwards every acknowledged response is stored once, none partially, and no request got
 * a 500.
 */
class GracefulShutdownIT {

    private Path work;
    private PackagedApp app;

    @BeforeEach
    void setUp() throws Exception {
        assertThat(PackagedApp.JAR).as("run after `package`").exists();
        work = Files.createTempDirectory("suara-warga-shutdown");
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
    void sigtermDuringLoadLosesNoAcknowledgedResponse() throws Exception {
        app.start();
        SubmissionLoad load = new SubmissionLoad(app::baseUrl, "shutdown", FaultRun.clients());
        Thread.sleep(FaultRun.millis());
        int before = load.acknowledged().size();
        assertThat(before).as("the load runs").isPositive();

        long sigterm = System.nanoTime();
        app.signalTerminate();
        long readinessDown = 0;
        while (readinessDown == 0
                && System.nanoTime() - sigterm < Duration.ofSeconds(4).toNanos()) {
            try {
                if (given().port(app.managementPort()).get("/q/health/ready").statusCode() == 503) {
                    readinessDown = System.nanoTime();
                }
            } catch (Exception stoppedListening) {
                break;
            }
            Thread.sleep(50);
        }
        assertThat(readinessDown).as("readiness answers 503 soon after SIGTERM").isPositive();
        assertThat(app.awaitExit(Duration.ofSeconds(40)))
                .as("exits within delay + timeout")
                .isTrue();
        load.close();
        String seen = "statuses " + load.statuses() + ", " + load.failures() + " without answer, readiness DOWN "
                + (readinessDown - sigterm) / 1_000_000 + " ms after SIGTERM, last 201 "
                + (load.lastAcknowledgedNanos() - sigterm) / 1_000_000 + " ms after SIGTERM\n" + tail(app.log());
        assertThat(load.lastAcknowledgedNanos())
                .as("submissions were still taken while readiness was DOWN: " + seen)
                .isGreaterThan(readinessDown);
        assertThat(load.statuses()).as("statuses during shutdown").doesNotContainKey(500);

        app.start(); // same data folder
        int stored = Reconciliation.check(app, load);
        System.out.printf(
                "graceful shutdown: %d acknowledged, %d stored; %s%n",
                load.acknowledged().size(), stored, seen);
    }

    private static String tail(String log) {
        return log.substring(Math.max(0, log.length() - 3000));
    }
}
