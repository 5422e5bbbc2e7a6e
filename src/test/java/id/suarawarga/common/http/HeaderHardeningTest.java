package id.suarawarga.common.http;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import id.suarawarga.support.Api;
import id.suarawarga.support.Database;
import id.suarawarga.support.Management;
import id.suarawarga.support.Surveys;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue #21, F5 (headers), F12 and F15: inline styles allowed by hash only, a CSP on /q/*, charset on pages,
 * no-store on the staff API, bounded metric labels, and malformed negotiation headers that are simply ignored.
 */
@QuarkusTest
class HeaderHardeningTest {

    private static final Pattern STYLE = Pattern.compile("<style>(.*?)</style>", Pattern.DOTALL);

    @Inject
    Database database;

    @AfterEach
    void clean() {
        database.wipe();
    }

    @Test
    void inlineStylesAreAllowedByTheirHashOnlyOnEveryStyledPage() {
        database.wipe();
        Surveys.publishedSkm();
        for (Response page : List.of(
                given().get("/s/si-mantab"),
                given().get("/masuk"),
                Api.json().accept("text/html").get("/dasbor"))) {
            String csp = page.header("Content-Security-Policy");
            assertThat(csp)
                    .doesNotContain("unsafe-inline")
                    .contains("style-src 'self' ")
                    .contains("'sha256-");
            Matcher style = STYLE.matcher(page.asString());
            assertThat(style.find()).as("the page has its inline style block").isTrue();
            assertThat(csp).contains(InlineStyles.hash(style.group(1)));
        }
    }

    /** #20: the public results pages (no sign-in) carry two style blocks, the layout's and their own; both allowed. */
    @Test
    void thePublicResultsPagesStylesAreAllowedByTheirHashes() {
        database.wipe();
        Surveys.publishedSkm();
        for (Response page : List.of(
                given().auth().none().get("/hasil/program/si-mantab"),
                given().auth().none().get("/hasil/63.71/2024"))) {
            assertThat(page.statusCode()).isEqualTo(200);
            String csp = page.header("Content-Security-Policy");
            assertThat(csp).doesNotContain("unsafe-inline");
            Matcher style = STYLE.matcher(page.asString());
            int blocks = 0;
            while (style.find()) {
                assertThat(csp).contains(InlineStyles.hash(style.group(1)));
                blocks++;
            }
            assertThat(blocks).isEqualTo(2);
        }
    }

    @Test
    void everyTemplateWithAStyleBlockIsListed() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            List<String> styled = files.filter(f -> f.toString().endsWith(".html"))
                    .filter(f -> {
                        try {
                            String text = Files.readString(f);
                            return text.contains("<style") || text.contains(" style=\"");
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    })
                    .map(f -> "templates/"
                            + Path.of("src/main/resources/templates")
                                    .relativize(f)
                                    .toString()
                                    .replace('\\', '/'))
                    .toList();
            assertThat(InlineStyles.TEMPLATES).containsExactlyInAnyOrderElementsOf(styled);
        }
        assertThat(given().get("/masuk").asString()).doesNotContain(" style=\"");
    }

    @Test
    void pagesNameTheirCharsetAndTheStaffApiIsNeverCached() {
        given().get("/masuk").then().statusCode(200).contentType(containsString("charset=UTF-8"));
        Api.json().get("/api/v1/me").then().statusCode(200).header("Cache-Control", "no-store");
        Api.json().get("/api/v1/audit-events").then().statusCode(200).header("Cache-Control", "no-store");
        given().get("/q/openapi").then().header("Content-Security-Policy", containsString("default-src 'self'"));
        given().get("/q/swagger-ui/")
                .then()
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"));
    }

    @Test
    void malformedNegotiationHeadersAreIgnoredNotA500() {
        database.wipe();
        Surveys.publishedSkm();
        for (String language : List.of("en;q=abc", "*;q=-1", ",,;;,")) {
            given().header("Accept-Language", language)
                    .get("/s/si-mantab")
                    .then()
                    .statusCode(200);
            given().header("Accept-Language", language).get("/masuk").then().statusCode(200);
        }
        given().header("Accept", "text/html;q=abc").get("/s/si-mantab").then().statusCode(200);
        given().header("Accept", "text/html;charset=\"x").get("/masuk").then().statusCode(200);
    }

    @Test
    void aRefusedRawPathDoesNotBecomeAMetricLabel() {
        for (int i = 0; i < 3; i++) {
            given().contentType("application/x-www-form-urlencoded")
                    .formParam("a", "b")
                    .post("/api/v1/questionnaires/card" + i + "x7c/close")
                    .then()
                    .statusCode(org.hamcrest.Matchers.greaterThanOrEqualTo(400));
        }
        Management.given()
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .body(not(containsString("card0x7c")))
                .body(not(containsString("card1x7c")));
        assertThat(BoundedUriTags.bound("/api/v1/questionnaires/card7c/close")).isEqualTo("/api/v1/questionnaires/*");
        assertThat(BoundedUriTags.bound("/api/v1/questionnaires/{questionnaireId}/close"))
                .isEqualTo("/api/v1/questionnaires/{questionnaireId}/close");
        given().get("/masuk").then().header("X-Content-Type-Options", equalTo("nosniff"));
    }
}
