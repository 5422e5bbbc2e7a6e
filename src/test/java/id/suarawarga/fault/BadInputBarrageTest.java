package id.suarawarga.fault;

import static org.assertj.core.api.Assertions.assertThat;

import id.suarawarga.support.Database;
import id.suarawarga.support.FaultRun;
import id.suarawarga.support.Surveys;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Fault test (d), fast variant: thousands of malformed, oversized, wrong-typed and wrongly encoded requests (seeded,
 * so a failure replays) against every public endpoint: none gets a 5xx, and the database is unchanged afterwards.
 */
@QuarkusTest
class BadInputBarrageTest {

    static final long SEED = 20261122L;
    static final String API = "/api/v1/public/questionnaires/";
    static final HttpClient HTTP =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    /** What came back. */
    record Response(int statusCode, String body) {
        String asString() {
            return body;
        }
    }

    /** One request exactly as given: any bytes, any content type, paths not re-encoded. */
    static final class Raw {
        private final String method;
        private final String path;
        private final java.util.List<String> headers = new ArrayList<>();
        private byte[] body;

        Raw(String method, String path) {
            this.method = method;
            this.path = path;
        }

        Raw header(String name, String value) {
            headers.add(name);
            headers.add(value);
            return this;
        }

        Raw body(String contentType, byte[] bytes) {
            header("Content-Type", contentType);
            body = bytes;
            return this;
        }

        Response send() {
            try {
                HttpRequest.Builder request = HttpRequest.newBuilder(
                                URI.create("http://localhost:" + RestAssured.port + path))
                        .timeout(Duration.ofSeconds(30))
                        .method(
                                method,
                                body == null
                                        ? HttpRequest.BodyPublishers.noBody()
                                        : HttpRequest.BodyPublishers.ofByteArray(body));
                for (int i = 0; i < headers.size(); i += 2) {
                    request.header(headers.get(i), headers.get(i + 1));
                }
                HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
                return new Response(response.statusCode(), response.body());
            } catch (java.io.IOException e) {
                // the server may close the connection on a body over the HTTP ceiling: no answer, but no 5xx either
                return new Response(0, e.toString());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    @Inject
    Database database;

    final Random random = new Random(SEED);
    int keys;

    @AfterEach
    void wipe() {
        database.wipe();
    }

    @Test
    void noServerErrorAndNothingWritten() {
        database.wipe(); // another test class may have left a program of the same name
        Surveys.publishedSkm(); // slug si-mantab
        Map<String, String> before = withoutSignInTraces(database.fingerprint());
        long lastAudit = database.count("select coalesce(max(id), 0) from audit_event");
        List<Supplier<Response>> attacks = List.of(
                this::apiGarbageBody,
                this::apiWrongTypes,
                this::apiWrongEncoding,
                this::apiOversized,
                this::apiDeepNesting,
                this::apiBadHeaders,
                this::apiBadSlug,
                this::pageGarbageForm,
                this::pageGets,
                this::problemPages,
                // issue #21: headers, numbers, sizes and encodings that once gave a 5xx
                this::malformedHeaders,
                this::malformedHeaders,
                this::hugeNumbers,
                this::tooManyFormFields,
                this::multipartGarbage,
                this::overlongPasswords,
                this::adminGarbage);
        Map<Integer, Integer> statuses = new TreeMap<>();
        List<String> serverErrors = new ArrayList<>();
        for (int i = 0; i < FaultRun.requests(); i++) {
            int attack = random.nextInt(attacks.size());
            Response response = attacks.get(attack).get();
            statuses.merge(response.statusCode(), 1, Integer::sum);
            if (response.statusCode() >= 500 || response.statusCode() == 201) { // 201: the generator made a valid one
                serverErrors.add("request " + i + " (attack " + attack + "): " + response.statusCode() + " "
                        + response.asString()
                                .substring(0, Math.min(300, response.asString().length())));
            }
        }
        System.out.println("bad input barrage: " + FaultRun.requests() + " requests, statuses " + statuses);
        assertThat(serverErrors).as("statuses " + statuses).isEmpty();
        assertThat(withoutSignInTraces(database.fingerprint()))
                .as("nothing written")
                .isEqualTo(before);
        // failed sign-ins are audited (and throttled by source), which is all they may leave behind
        assertThat(database.strings("select distinct action from audit_event where id > " + lastAudit))
                // SIGN_IN: the admin's valid Basic credentials sent along to /j_security_check sign in for real
                .isSubsetOf("SIGN_IN", "SIGN_IN_FAILED", "SIGN_IN_LOCKED", "SIGN_IN_THROTTLED");
    }

    private static Map<String, String> withoutSignInTraces(Map<String, String> fingerprint) {
        Map<String, String> rest = new TreeMap<>(fingerprint);
        rest.remove("audit_event");
        rest.remove("sign_in_throttle");
        return rest;
    }

    private static final String[] PAGES_AND_API = {
        "/s/si-mantab",
        "/s/si-mantab/terima-kasih",
        "/s/si-mantab/qr.svg",
        "/masuk",
        "/masuk/gagal",
        "/dasbor",
        "/dasbor/audit",
        "/problems",
        API + "si-mantab",
        "/api/v1/dimensions",
        "/api/v1/me",
        "/api/v1/programs?page=x",
        "/q/openapi",
        "/nowhere"
    };

    private static final String[][] BAD_HEADERS = {
        {"Accept-Language", "en;q=abc"},
        {"Accept-Language", "*;q=-1"},
        {"Accept-Language", ",,;;,"},
        {"Accept-Language", "en;q=1.5, id;q="},
        {"Accept-Language", "x".repeat(3000)},
        {"Accept-Language", "en-US;q=0.5;q=0.2;foo"},
        {"Accept-Language", "\u00e9;q=1"},
        {"Accept", "text/html;q=abc"},
        {"Accept", "*/*;q="},
        {"Accept", "text/"},
        {"Accept", "/"},
        {"Accept", "text/html;;;=;"},
        {"Accept", "application/json;q=2"},
        {"Accept", "a/b/c, */html"},
        {"Accept", "text/html;charset=\"unterminated"},
        {"Accept-Charset", "utf-8;q=zz"},
        {"Accept-Encoding", "gzip;q=abc, br;q=-1"},
        {"Content-Type", "text/html;q=abc;;"},
        {"Content-Type", "multipart/form-data"},
        {"Content-Language", "en;q=abc"},
        {"Cookie", "suara-sesi=DEADBEEF"},
        {"Cookie", "suara-sesi=%%%; suara-csrf=;;;"},
        {"Cookie", "sw_lang=" + "z".repeat(500) + "; sw_device=\"q\""},
        {"Authorization", "Basic !!!"},
        {"Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString("no-colon".getBytes())},
        {"Authorization", "Bearer sw_" + "x".repeat(300)},
        {"Authorization", "Negotiate abc"},
        {"If-None-Match", "\"" + "w".repeat(2000)},
        {"If-Modified-Since", "yesterday-ish"},
        {"Range", "bytes=-1-2-3"},
        {"X-Forwarded-For", "not-an-address, 999.1.1.1"},
        {"X-Forwarded-Host", "evil.example:99999"},
        {"X-Forwarded-Proto", "gopher"},
        {"Forwarded", "for=\"[::1;proto=x"},
        {"X-Request-Id", "<script>".repeat(20)},
        {"Origin", "null"},
        {"Sec-Fetch-Site", "sideways"}
    };

    /** Any page or API read with one to three malformed headers: the headers are ignored or refused, never a 5xx. */
    private Response malformedHeaders() {
        Raw request =
                new Raw(random.nextInt(5) == 0 ? "HEAD" : "GET", PAGES_AND_API[random.nextInt(PAGES_AND_API.length)]);
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            String[] header = BAD_HEADERS[random.nextInt(BAD_HEADERS.length)];
            request.header(header[0], header[1]);
        }
        return request.send();
    }

    /** Numbers beyond double and BigDecimal sense, in an otherwise complete public API response. */
    private Response hugeNumbers() {
        String[] numbers = {
            "1e999999", "-1e999999", "1e-999999", "123456789e99999", "0e99999999", "1E+2147483648", "3e0"
        };
        String number = numbers[random.nextInt(numbers.length - 1)];
        String body = "{\"answers\":{\"USIA\":\"25_34\",\"JENIS_KELAMIN\":\"P\",\"U1\":" + number + ",\"U2\":[" + number
                + "]}}";
        return api(API + "si-mantab/responses")
                .body("application/json", body.getBytes(StandardCharsets.UTF_8))
                .send();
    }

    /** More form fields than the HTTP layer takes (1,000), on the resident form and the sign-in form. */
    private Response tooManyFormFields() {
        StringBuilder body = new StringBuilder("token=x&lang=id");
        int fields = 1001 + random.nextInt(4000);
        for (int i = 0; i < fields; i++) {
            body.append("&q.X").append(i).append('=').append(i % 5);
        }
        String path = random.nextBoolean() ? "/s/si-mantab" : "/j_security_check";
        return new Raw("POST", path)
                .body("application/x-www-form-urlencoded", body.toString().getBytes(StandardCharsets.US_ASCII))
                .send();
    }

    /** Truncated or empty multipart bodies, also where no form is expected, anonymous and as an admin. */
    private Response multipartGarbage() {
        String[] paths = {
            "/keluar",
            "/j_security_check",
            "/s/si-mantab",
            "/api/v1/retention/run",
            "/api/v1/scores/questionnaires/1/aggregate-rebuild",
            "/api/v1/api-clients",
            API + "si-mantab/responses"
        };
        String[] bodies = {"--x--\r\n", "--x\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nb", "", "garbage"};
        Raw request = new Raw("POST", paths[random.nextInt(paths.length)])
                .body(
                        random.nextBoolean() ? "multipart/form-data; boundary=x" : "multipart/form-data",
                        bodies[random.nextInt(bodies.length)].getBytes(StandardCharsets.US_ASCII));
        if (random.nextBoolean()) {
            request.header("Authorization", basic("uji-admin", "only-for-tests-000"));
        }
        return request.send();
    }

    /** Passwords over bcrypt's 72 bytes (and odd user names) on the sign-in form and HTTP Basic: a plain failure. */
    private Response overlongPasswords() {
        String password = (random.nextBoolean() ? "P" : "é").repeat(40 + random.nextInt(300));
        String user = random.nextBoolean() ? "tidak-ada-" + random.nextInt(50) : "x".repeat(random.nextInt(400));
        if (random.nextBoolean()) {
            return new Raw("GET", "/api/v1/me")
                    .header("Authorization", basic(user, password))
                    .send();
        }
        String body = "j_username=" + java.net.URLEncoder.encode(user, StandardCharsets.UTF_8) + "&j_password="
                + java.net.URLEncoder.encode(password, StandardCharsets.UTF_8);
        return new Raw("POST", "/j_security_check")
                .body("application/x-www-form-urlencoded", body.getBytes(StandardCharsets.US_ASCII))
                .send();
    }

    /** An admin's malformed requests: null list elements, overlong passwords, form posts to JSON endpoints. */
    private Response adminGarbage() {
        String[][] requests = {
            {"/api/v1/api-clients", "application/json", "{\"name\":\"x\",\"regions\":[null]}"},
            {"/api/v1/api-clients", "application/json", "{\"name\":null,\"regions\":null}"},
            {
                "/api/v1/staff-users",
                "application/json",
                "{\"username\":\"baru\",\"password\":\"" + "Q".repeat(100)
                        + "\",\"role\":\"ADMIN\",\"displayName\":\"B\"}"
            },
            {
                "/api/v1/staff-users",
                "application/json",
                "{\"username\":\"baru\",\"programIds\":[null],\"role\":\"PROGRAM_OWNER\"}"
            },
            {"/api/v1/scores/questionnaires/1/aggregate-rebuild", "text/plain", "x"},
            {"/api/v1/retention/run", "application/x-www-form-urlencoded", "a=b"},
            {"/api/v1/regions", "application/json", "{\"code\":null,\"name\":[null]}"}
        };
        String[] chosen = requests[random.nextInt(requests.length)];
        return new Raw("POST", chosen[0])
                .header("Authorization", basic("uji-admin", "only-for-tests-000"))
                .body(chosen[1], chosen[2].getBytes(StandardCharsets.UTF_8))
                .send();
    }

    private static String basic(String user, String password) {
        return "Basic "
                + java.util.Base64.getEncoder()
                        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private Raw api(String path) {
        return new Raw("POST", path).header("Idempotency-Key", "barrage-" + keys++);
    }

    private byte[] randomBytes(int max) {
        byte[] bytes = new byte[random.nextInt(max + 1)];
        random.nextBytes(bytes);
        return bytes;
    }

    private Response apiGarbageBody() {
        String[] types = {
            "application/json",
            "application/json; charset=utf-8",
            "text/plain",
            "application/xml",
            "multipart/form-data; boundary=x",
            "application/x-www-form-urlencoded",
            "application/json; charset=latin1"
        };
        return api(API + "si-mantab/responses")
                .body(types[random.nextInt(types.length)], randomBytes(2000))
                .send();
    }

    /** A complete response except one answer (or the envelope) of a wrong type or value: never storable. */
    private Response apiWrongTypes() {
        String[] wrong = {
            "\"3\"",
            "3.5",
            "-1",
            "0",
            "5",
            "1e309",
            "true",
            "null",
            "[]",
            "{}",
            "[3]",
            "\"\"",
            "99999999999999999999",
            "\"\\u0000\"",
            "\"" + "x".repeat(5000) + "\""
        };
        String[] codes = {"USIA", "JENIS_KELAMIN", "U1", "U5", "U9"};
        String code = codes[random.nextInt(codes.length)];
        StringBuilder answers = new StringBuilder("{");
        answers.append("\"USIA\":\"25_34\",\"JENIS_KELAMIN\":\"P\"");
        for (int i = 1; i <= 9; i++) {
            answers.append(",\"U").append(i).append("\":3");
        }
        answers.append("}");
        String value = wrong[random.nextInt(wrong.length)];
        String body = switch (random.nextInt(6)) {
            case 0 -> "{\"answers\":" + value + "}";
            case 1 -> "{\"answers\":" + answers + ",\"language\":" + (value.equals("null") ? "\"xx\"" : value) + "}";
            case 2 -> "{\"answers\":" + answers + ",\"unknown\":1}";
            case 3 ->
                "{\"answers\":"
                        + answers.toString()
                                .replace(
                                        "\"" + code + "\":" + (code.startsWith("U") ? "3" : "\"25_34\""),
                                        "\"" + code + "\":" + value)
                                .replace(
                                        "\"JENIS_KELAMIN\":\"P\"",
                                        code.equals("JENIS_KELAMIN")
                                                ? "\"JENIS_KELAMIN\":" + value
                                                : "\"JENIS_KELAMIN\":\"P\"")
                        + ",\"language\":\"klingon\"}";
            case 4 ->
                random.nextBoolean()
                        ? "[" + answers + "]"
                        // a NUL in text (the app strips control characters from text) and a required answer missing
                        : "{\"answers\":"
                                + answers.toString().replace(",\"U9\":3", "").replace("}", ",\"SARAN\":\"a\\u0000b\"}")
                                + "}";
            default -> "{\"answers\":" + answers.substring(0, random.nextInt(answers.length()));
        };
        return api(API + "si-mantab/responses")
                .body("application/json", body.getBytes(StandardCharsets.UTF_8))
                .send();
    }

    /** Invalid UTF-8 and UTF-16 where UTF-8 JSON is expected, inside an otherwise incomplete response. */
    private Response apiWrongEncoding() {
        byte[] prefix = "{\"answers\":{\"SARAN\":\"".getBytes(StandardCharsets.UTF_8);
        byte[][] bad = {
            {(byte) 0xC3, 0x28},
            {(byte) 0xFF, (byte) 0xFE},
            {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
            {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80},
            {0x00}
        };
        byte[] suffix = "\"}}".getBytes(StandardCharsets.UTF_8);
        byte[] middle = bad[random.nextInt(bad.length)];
        byte[] body;
        if (random.nextBoolean()) {
            body = new byte[prefix.length + middle.length + suffix.length];
            System.arraycopy(prefix, 0, body, 0, prefix.length);
            System.arraycopy(middle, 0, body, prefix.length, middle.length);
            System.arraycopy(suffix, 0, body, prefix.length + middle.length, suffix.length);
        } else {
            body = "{\"answers\":{\"USIA\":\"25_34\"}}".getBytes(StandardCharsets.UTF_16);
        }
        return api(API + "si-mantab/responses").body("application/json", body).send();
    }

    private Response apiOversized() {
        int size = random.nextBoolean() ? 300 * 1024 : 1200 * 1024; // above the API's 256K, above the HTTP ceiling 1M
        String body = "{\"answers\":{\"SARAN\":\"" + "a".repeat(size) + "\"}}";
        return api(API + "si-mantab/responses")
                .body("application/json", body.getBytes(StandardCharsets.UTF_8))
                .send();
    }

    private Response apiDeepNesting() {
        int depth = 500 + random.nextInt(20000);
        String body = "{\"answers\":{\"SARAN\":" + "[".repeat(depth) + "]".repeat(depth) + "}}";
        return api(API + "si-mantab/responses")
                .body("application/json", body.getBytes(StandardCharsets.UTF_8))
                .send();
    }

    private Response apiBadHeaders() {
        String[] keys = {"a b", "x".repeat(201), "kunci/../1", "k%D0%BA", "<kunci>", "kunci\"1", "-"};
        Raw request = new Raw("POST", API + "si-mantab/responses")
                .body("application/json", "{\"answers\":{\"USIA\":\"25_34\"}}".getBytes(StandardCharsets.UTF_8));
        if (random.nextBoolean()) {
            request.header("Idempotency-Key", keys[random.nextInt(keys.length)]);
        }
        if (random.nextBoolean()) {
            request.header("X-Device-Id", "x".repeat(random.nextInt(10000)));
        }
        if (random.nextBoolean()) {
            request.header("X-Forwarded-For", "not-an-address, 999.1.1.1");
        }
        return request.send();
    }

    private Response apiBadSlug() {
        String[] slugs = {
            "tidak-ada", "%2e%2e", "a".repeat(2000), "si-mantab%00", "%E2%80%AE", "SI-MANTAB", "si%20mantab", "%25ZZ"
        };
        String slug = slugs[random.nextInt(slugs.length)];
        return random.nextBoolean()
                ? new Raw("GET", API + slug).send()
                : api(API + slug + "/responses")
                        .body("application/json", "{}".getBytes(StandardCharsets.UTF_8))
                        .send();
    }

    private Response pageGarbageForm() {
        Raw request = new Raw("POST", "/s/si-mantab");
        switch (random.nextInt(4)) {
            case 0 -> request.body("application/x-www-form-urlencoded", randomBytes(3000));
            case 1 ->
                request.body(
                        "application/x-www-form-urlencoded; charset=UTF-8",
                        ("token=bukan-token&lang=xx&q.USIA=" + "%FF%FE".repeat(random.nextInt(50))
                                        + "&q.U1=abc&q.U2=99")
                                .getBytes(StandardCharsets.US_ASCII));
            case 2 ->
                request.body(
                        "application/x-www-form-urlencoded",
                        ("token=&q.SARAN=" + "b".repeat(1100 * 1024)).getBytes(StandardCharsets.US_ASCII));
            default -> request.body("application/json", "{\"q.USIA\":\"25_34\"}".getBytes(StandardCharsets.UTF_8));
        }
        return request.send();
    }

    private Response pageGets() {
        String[] paths = {
            "/s/si-mantab?lang=" + "%FF".repeat(random.nextInt(20)),
            "/s/si-mantab?lang=zz",
            "/s/tidak-ada",
            "/s/si-mantab/terima-kasih?lang=%00",
            "/s/si-mantab/qr.png?scale=-5",
            "/s/si-mantab/qr.png?scale=99999",
            "/s/si-mantab/qr.png?scale=abc",
            "/s/si-mantab/qr.svg",
            "/s/%E2%80%AE/qr.svg",
            "/masuk?x=" + "y".repeat(5000),
            "/masuk/gagal",
            "/s/si-mantab?lang=en&lang=id"
        };
        Raw request = new Raw("GET", paths[random.nextInt(paths.length)]);
        if (random.nextBoolean()) {
            request.header(
                    "Cookie",
                    "sw_device="
                            + new String(randomBytes(40), StandardCharsets.ISO_8859_1).replaceAll("[^A-Za-z0-9]", "z"));
        }
        return request.send();
    }

    private Response problemPages() {
        String[] paths = {
            "/problems", "/problems/not-found", "/problems/%00", "/problems/" + "z".repeat(3000), "/problems/..%2F"
        };
        return new Raw("GET", paths[random.nextInt(paths.length)])
                .header("Accept", random.nextBoolean() ? "application/json" : "text/html, */*")
                .send();
    }
}
