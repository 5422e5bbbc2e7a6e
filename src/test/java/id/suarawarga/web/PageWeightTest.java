package id.suarawarga.web;

import static id.suarawarga.support.Api.json;
import static org.assertj.core.api.Assertions.assertThat;

import id.suarawarga.support.Api;
import id.suarawarga.support.Database;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The whole questionnaire page, as transferred with gzip (HTML + everything it loads), stays under 14 KB for a
 * 10-question questionnaire, and loads nothing from anyone else: 2G phones and no third-party requests.
 */
@QuarkusTest
class PageWeightTest {

    static final int BUDGET_BYTES = 14 * 1024;
    private static final Logger LOG = Logger.getLogger(PageWeightTest.class);

    @TestHTTPResource("/")
    URI base;

    @Inject
    Database database;

    @AfterEach
    void wipe() {
        database.wipe();
    }

    @Test
    void tenQuestionPageWeighsUnder14KilobytesCompressed() throws Exception {
        long program = Api.createProgram("63.71", "Si Mantab");
        List<Map<String, Object>> skm =
                json().get("/api/v1/questionnaire-templates/skm").jsonPath().getList("questions");
        List<Map<String, Object>> ten = new ArrayList<>(skm.stream()
                .filter(q -> String.valueOf(q.get("code")).matches("U[1-9]|SARAN"))
                .toList());
        assertThat(ten).hasSize(10);
        Map<String, Object> body = new java.util.HashMap<>(Api.questionnaire(program, ten));
        Map<String, Object> template =
                json().get("/api/v1/questionnaire-templates/skm").jsonPath().getMap("$");
        body.put(
                "title",
                Map.of("id", "Survei Kepuasan Masyarakat: Si Mantab", "en", "Public Satisfaction Survey: Si Mantab"));
        body.put("intro", template.get("intro"));
        body.put("consent", template.get("consent"));
        long id = json().body(body)
                .post("/api/v1/questionnaires")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        Api.publish(id);

        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<byte[]> page = get(http, base.resolve("/s/si-mantab"));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Encoding")).contains("gzip");
        Document html = Jsoup.parse(new String(gunzip(page.body()), java.nio.charset.StandardCharsets.UTF_8));

        List<String> assets = new ArrayList<>();
        assets.addAll(html.select("script[src]").eachAttr("src"));
        assets.addAll(html.select("link[href]").eachAttr("href"));
        assets.addAll(html.select("img[src]").eachAttr("src"));
        assets.addAll(
                html.select("iframe[src], video[src], audio[src], source[src]").eachAttr("src"));
        assertThat(assets)
                .as("everything is served by us: no third-party requests")
                .allMatch(a -> a.startsWith("/"));
        assertThat(html.select("link[rel=stylesheet], style:containsOwn(@font-face), style:containsOwn(@import)"))
                .as("no CSS framework, no web fonts")
                .isEmpty();

        long total = page.body().length;
        StringBuilder report = new StringBuilder("page " + page.body().length);
        for (String asset : assets) {
            HttpResponse<byte[]> response = get(http, base.resolve(asset));
            assertThat(response.statusCode()).as(asset).isEqualTo(200);
            total += response.body().length;
            report.append(", ").append(asset).append(' ').append(response.body().length);
        }
        LOG.infof("10-question page, gzip bytes on the wire: %s; total %d of %d", report, total, BUDGET_BYTES);
        assertThat(total).as(report.toString()).isLessThan(BUDGET_BYTES);
    }

    private static HttpResponse<byte[]> get(HttpClient http, URI uri) throws Exception {
        return http.send(
                HttpRequest.newBuilder(uri).header("Accept-Encoding", "gzip").build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static byte[] gunzip(byte[] bytes) throws java.io.IOException {
        try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(bytes))) {
            return in.readAllBytes();
        }
    }
}
