package id.suarawarga.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Residents submitting to the demo's public API from several threads, each response with its own Idempotency-Key,
 * remembering which keys were acknowledged (201) and what else came back: the ground truth for reconciling the
 * database after a fault.
 */
public final class SubmissionLoad implements AutoCloseable {

    /** A complete answer set of the demo's Si Mantab questionnaire (SKM + benefit: one comment box, KOMENTAR), with free text. */
    public static final String BODY = """
            {"language":"id","answers":{"USIA":"25_34","JENIS_KELAMIN":"P","PENDIDIKAN":"SMA","PEKERJAAN":"WIRAUSAHA",
            "U1":3,"U2":4,"U3":3,"U4":4,"U5":3,"U6":4,"U7":4,"U8":3,"U9":2,"KOMENTAR":"Antrean di loket 2 terlalu lama.",
            "MANFAAT":4,"KEMUDAHAN_AKSES":3,"REKOMENDASI":4,"KEBERLANJUTAN":4}}""";
    /** Answer codes every stored response of that body must have (a partial row would lack some). */
    public static final List<String> ANSWER_CODES = List.of(
            "USIA",
            "JENIS_KELAMIN",
            "PENDIDIKAN",
            "PEKERJAAN",
            "U1",
            "U2",
            "U3",
            "U4",
            "U5",
            "U6",
            "U7",
            "U8",
            "U9",
            "KOMENTAR",
            "MANFAAT",
            "KEMUDAHAN_AKSES",
            "REKOMENDASI",
            "KEBERLANJUTAN");

    private final Supplier<String> baseUrl;
    private final String prefix;
    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final List<Thread> threads = new ArrayList<>();
    private final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    private final Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
    private final AtomicInteger failures = new AtomicInteger();
    private volatile long lastAcknowledgedNanos;

    /** Starts {@code clients} threads against {@code baseUrl.get()} (read per request, so the app may move). */
    public SubmissionLoad(Supplier<String> baseUrl, String prefix, int clients) {
        this.baseUrl = baseUrl;
        this.prefix = prefix;
        for (int i = 0; i < clients; i++) {
            int client = i;
            Thread t = new Thread(() -> run(client), "load-" + i);
            t.setDaemon(true);
            t.start();
            threads.add(t);
        }
    }

    private void run(int clientNo) {
        int n = 0;
        while (running.get()) {
            String key = prefix + "-" + clientNo + "-" + n++;
            HttpRequest request = HttpRequest.newBuilder(
                            URI.create(baseUrl.get() + "/api/v1/public/questionnaires/si-mantab/responses"))
                    .timeout(Duration.ofSeconds(40))
                    .header("Content-Type", "application/json")
                    .header("Idempotency-Key", key)
                    .POST(HttpRequest.BodyPublishers.ofString(BODY))
                    .build();
            try {
                HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                statuses.computeIfAbsent(response.statusCode(), s -> new AtomicInteger())
                        .incrementAndGet();
                if (response.statusCode() == 201) {
                    acknowledged.add(key);
                    lastAcknowledgedNanos = System.nanoTime();
                } else if (response.statusCode() >= 500) {
                    pause();
                }
            } catch (InterruptedException e) {
                return;
            } catch (Exception e) {
                failures.incrementAndGet(); // connection refused or reset: no answer, so no promise was made
                pause();
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops the clients and waits for their last requests. */
    @Override
    public void close() throws InterruptedException {
        running.set(false);
        for (Thread t : threads) {
            t.join(45_000);
        }
    }

    public Set<String> acknowledged() {
        return acknowledged;
    }

    /** How often each HTTP status came back. */
    public Map<Integer, Integer> statuses() {
        Map<Integer, Integer> copy = new java.util.TreeMap<>();
        statuses.forEach((k, v) -> copy.put(k, v.get()));
        return copy;
    }

    /** Requests that got no HTTP answer at all. */
    public int failures() {
        return failures.get();
    }

    public long lastAcknowledgedNanos() {
        return lastAcknowledgedNanos;
    }

    public String prefix() {
        return prefix;
    }
}
