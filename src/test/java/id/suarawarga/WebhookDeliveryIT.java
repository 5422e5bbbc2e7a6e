package id.suarawarga;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import id.suarawarga.support.PackagedApp;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.InputStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.stream.Stream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Webhooks end to end with the packaged app: a receiver on loopback verifies every signature, gets each message once
 * per webhook-id, and after being down gets what was due meanwhile, although the app was restarted in between.
 */
class WebhookDeliveryIT {

    private static final Predicate<String> COUNTED =
            b -> b.contains("\"type\":\"response.counted\"") && b.contains("\"newResponses\":1");
    private static final Predicate<String> SCORES_CHANGED = b -> b.contains("\"type\":\"program.scores.changed\"");

    private Path work;
    private PackagedApp app;
    private HttpServer receiver;
    private int receiverPort;
    private String secret;
    private final Map<String, Integer> seen = new ConcurrentHashMap<>();
    private final List<String> bodies = new CopyOnWriteArrayList<>();
    private final List<String> badSignatures = new CopyOnWriteArrayList<>();

    @BeforeEach
    void setUp() throws IOException {
        assertThat(PackagedApp.JAR).as("run after `package`").exists();
        work = Files.createTempDirectory("suara-warga-webhook-it");
        app = new PackagedApp(work)
                .with("SUARA_WEBHOOK_ALLOW_HTTP_LOOPBACK", "true")
                .with("SUARA_WEBHOOK_POLL_INTERVAL", "1S")
                .with("SUARA_WEBHOOK_RETRY_AFTER", "1S")
                .with("SUARA_WEBHOOK_MAX_BACKOFF", "2S")
                // never given up while the receiver is down and the app restarts on a slow machine
                .with("SUARA_WEBHOOK_MAX_ATTEMPTS", "100000");
    }

    @AfterEach
    void tearDown() throws Exception {
        if (receiver != null) {
            receiver.stop(0);
        }
        app.close();
        try (Stream<Path> files = Files.walk(work)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    void deliversEachMessageOnceSignedAndWhatWasDueWhileTheReceiverWasDown() throws Exception {
        startReceiver(0);
        app.start();
        secret = admin().contentType("application/json")
                .body(Map.of(
                        "regionCode",
                        "63.71",
                        "url",
                        "http://127.0.0.1:" + receiverPort + "/hooks/suara",
                        "events",
                        List.of("RESPONSE_COUNTED", "PROGRAM_SCORES_CHANGED", "QUESTIONNAIRE_CLOSED")))
                .post("/api/v1/webhooks")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getString("secret");

        submitResponse();
        awaitBodies(COUNTED, 1);
        awaitBodies(SCORES_CHANGED, 1);
        assertThat(bodies).noneMatch(b -> b.contains("KOMENTAR") || b.contains("USIA") || b.contains("Antrean"));

        receiver.stop(0);
        submitResponse();
        long webhook = admin().get("/api/v1/webhooks").jsonPath().getLong("[0].id");
        awaitFailedAttempt(webhook);
        app.terminate(Duration.ofSeconds(60));

        startReceiver(receiverPort);
        app.start();
        awaitBodies(COUNTED, 2);
        awaitBodies(SCORES_CHANGED, 2);
        Thread.sleep(3000); // room for a duplicate to show up, if any were sent

        assertThat(badSignatures).isEmpty();
        assertThat(seen)
                .hasSize(4)
                .allSatisfy((id, times) ->
                        assertThat(times).as("deliveries of %s", id).isEqualTo(1));
        assertThat(admin().get("/api/v1/webhooks/" + webhook + "/deliveries")
                        .jsonPath()
                        .getList("state"))
                .containsOnly("DELIVERED");
    }

    private void submitResponse() {
        given().port(app.port())
                .contentType("application/json")
                .header("Idempotency-Key", "webhook-it-" + UUID.randomUUID())
                .body(Map.of("answers", answers()))
                .post("/api/v1/public/questionnaires/si-mantab/responses")
                .then()
                .statusCode(201);
    }

    /** The demo's Si Mantab questionnaire: its required questions, every SKM element answered 3. */
    private Map<String, Object> answers() {
        var questions = given().port(app.port())
                .get("/api/v1/public/questionnaires/si-mantab")
                .jsonPath()
                .getList("questions", Map.class);
        Map<String, Object> answers = new java.util.HashMap<>();
        for (Map<?, ?> q : questions) {
            if (!Boolean.TRUE.equals(q.get("required")) || q.get("showIf") != null) {
                continue;
            }
            Object value = switch ((String) q.get("type")) {
                case "LIKERT" -> 3;
                case "NUMBER" -> 1;
                case "YES_NO" -> "YES";
                case "TEXT" -> "Antrean di loket 2 terlalu lama.";
                default ->
                    ((List<Map<?, ?>>) q.get("options"))
                            .stream()
                                    .filter(o -> !Boolean.TRUE.equals(o.get("terminates")))
                                    .findFirst()
                                    .orElseThrow()
                                    .get("value");
            };
            answers.put((String) q.get("code"), value);
        }
        return answers;
    }

    private RequestSpecification admin() {
        return given().port(app.port()).auth().preemptive().basic(PackagedApp.ADMIN, PackagedApp.ADMIN_PASSWORD);
    }

    /** A receiver that checks each message as the README tells integrators to, and answers 204. */
    private void startReceiver(int port) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (true) {
            try {
                receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
                break;
            } catch (BindException stillClosing) {
                assertThat(Instant.now()).as("port %d free again", port).isBefore(deadline);
                Thread.sleep(200);
            }
        }
        receiver.createContext("/hooks/suara", exchange -> {
            String body;
            try (InputStream in = exchange.getRequestBody()) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            String id = exchange.getRequestHeaders().getFirst("webhook-id");
            String timestamp = exchange.getRequestHeaders().getFirst("webhook-timestamp");
            String signature = exchange.getRequestHeaders().getFirst("webhook-signature");
            if (!verify(id, timestamp, body, signature)) {
                badSignatures.add(id);
                exchange.sendResponseHeaders(401, -1);
            } else {
                seen.merge(id, 1, Integer::sum);
                bodies.add(body);
                exchange.sendResponseHeaders(204, -1);
            }
            exchange.close();
        });
        receiver.start();
        receiverPort = receiver.getAddress().getPort();
    }

    private boolean verify(String id, String timestamp, String body, String signature) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
            String expected = "v1,"
                    + Base64.getEncoder()
                            .encodeToString(
                                    mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
            long age = Math.abs(System.currentTimeMillis() / 1000 - Long.parseLong(timestamp));
            return age < 300 && List.of(signature.split(" ")).contains(expected);
        } catch (Exception e) {
            return false;
        }
    }

    private void awaitBodies(Predicate<String> wanted, int count) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (bodies.stream().filter(wanted).count() < count) {
            assertThat(Instant.now()).as("received: %s", bodies).isBefore(deadline);
            Thread.sleep(200);
        }
    }

    private void awaitFailedAttempt(long webhook) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (true) {
            List<String> errors = admin().get("/api/v1/webhooks/" + webhook + "/deliveries")
                    .jsonPath()
                    .getList("lastError");
            if (errors.stream().anyMatch(e -> e != null)) {
                return;
            }
            assertThat(Instant.now())
                    .as("an attempt failed while the receiver was down")
                    .isBefore(deadline);
            Thread.sleep(200);
        }
    }
}
