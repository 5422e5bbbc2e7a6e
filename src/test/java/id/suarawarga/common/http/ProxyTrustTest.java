package id.suarawarga.common.http;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import id.suarawarga.support.Api;
import id.suarawarga.support.Database;
import id.suarawarga.support.Surveys;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue #21, finding F4: forwarding on as in production, but the test client is not a trusted proxy, so whatever
 * X-Forwarded-* it sends is ignored: it cannot choose its address (rate guards), scheme or host (links, redirects);
 * QR codes carry the configured public address.
 */
@QuarkusTest
@TestProfile(ProxyTrustTest.UntrustedClient.class)
class ProxyTrustTest {

    /** Production's forwarding, with a trusted proxy that is not the test client. */
    public static class UntrustedClient implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quarkus.http.proxy.proxy-address-forwarding", "true",
                    "quarkus.http.proxy.allow-x-forwarded", "true",
                    "quarkus.http.proxy.enable-forwarded-host", "true",
                    "quarkus.http.proxy.trusted-proxies", "10.20.30.40",
                    "suara.public-base-url", "https://suara.example.go.id");
        }
    }

    @Inject
    Database database;

    @AfterEach
    void clean() {
        database.wipe();
    }

    @Test
    void aClientCannotChooseItsOwnAddress() {
        database.wipe();
        Surveys.publishedSkm();
        int i = 0;
        for (String forwarded : new String[] {"203.0.113.1", "203.0.113.2", "203.0.113.2, 10.0.0.1", null}) {
            var request = Api.json().header("Idempotency-Key", "proxy-" + i++);
            if (forwarded != null) {
                request.header("X-Forwarded-For", forwarded);
            }
            request.body(Map.of("answers", answers()))
                    .post("/api/v1/public/questionnaires/si-mantab/responses")
                    .then()
                    .statusCode(201);
        }
        assertThat(database.count("select count(distinct source_hash) from survey_response"))
                .isEqualTo(1);
    }

    @Test
    void aClientCannotChooseTheHostOfLinksAndRedirectsOrTheScheme() {
        database.wipe();
        Surveys.publishedSkm();
        given().header("X-Forwarded-Host", "evil.example")
                .get("/s/si-mantab/qr.svg")
                .then()
                .statusCode(200)
                .body(containsString("QR: https://suara.example.go.id/s/si-mantab"))
                .body(not(containsString("evil.example")));
        String location = given().auth()
                .none()
                .redirects()
                .follow(false)
                .header("X-Forwarded-Host", "evil.example")
                .get("/dasbor")
                .header("Location");
        assertThat(location).contains("/masuk").doesNotContain("evil.example");
        given().header("X-Forwarded-Proto", "https")
                .get("/masuk")
                .then()
                .statusCode(200)
                .header("Strict-Transport-Security", nullValue());
    }

    private static Map<String, Object> answers() {
        Map<String, Object> answers = new HashMap<>();
        answers.put("USIA", "25_34");
        answers.put("JENIS_KELAMIN", "P");
        for (int i = 1; i <= 9; i++) {
            answers.put("U" + i, 3);
        }
        return answers;
    }
}
