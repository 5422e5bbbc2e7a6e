package id.suarawarga.web.staff.distribution;

import static id.suarawarga.support.Api.json;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import id.suarawarga.response.SubmissionToken;
import id.suarawarga.support.Database;
import id.suarawarga.support.Staff;
import id.suarawarga.support.Surveys;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The distribution kit over real HTTP: the public link, QR codes that decode to the (tagged) link, the poster and
 * table card, the WhatsApp link, a staff-made tag; and the tag of a channel-tagged link recorded per response by the
 * form and the API (an invalid tag ignored, never refused), shown on the dashboard.
 */
@QuarkusTest
class DistributionPageTest {

    @Inject
    Database database;

    @Inject
    SubmissionToken tokens;

    long questionnaireId;
    long program;
    Staff.Login owner;

    @BeforeEach
    void publish() {
        questionnaireId = Surveys.publishedSkm();
        program = json().get("/api/v1/questionnaires/" + questionnaireId)
                .then()
                .extract()
                .jsonPath()
                .getLong("programId");
        owner = Staff.owner("63.71", program);
    }

    @AfterEach
    void wipe() {
        database.wipe();
    }

    Response asOwner(String path) {
        return given().auth()
                .preemptive()
                .basic(owner.username(), owner.password())
                .redirects()
                .follow(false)
                .get("/dasbor/kuesioner/" + questionnaireId + "/bagikan" + path);
    }

    @Test
    void showsTheLinkTheTaggedLinksAndEveryDownload() {
        Response page = asOwner("");
        assertThat(page.statusCode()).isEqualTo(200);
        Document html = Jsoup.parse(page.asString());

        assertThat(html.select("h1").text()).startsWith("Bagikan survei");
        assertThat(html.select("#link-umum").attr("value")).matches("http://localhost:\\d+/s/si-mantab");
        assertThat(html.select("#link-umum").hasAttr("readonly")).isTrue();
        assertThat(html.select("button[data-copy=link-umum]").hasAttr("hidden"))
                .as("the copy button appears only with JavaScript")
                .isTrue();
        assertThat(html.select("script[src]").eachAttr("src")).containsExactly("/staf/salin.js");
        assertThat(html.select("script:not([src])")).as("CSP: no inline script").isEmpty();
        for (String tag : new String[] {"loket-1", "whatsapp", "spanduk"}) {
            assertThat(html.select("#link-" + tag).attr("value")).endsWith("/s/si-mantab?k=" + tag);
        }
        assertThat(html.select("a[href]").eachAttr("href"))
                .contains(
                        "/dasbor/kuesioner/" + questionnaireId + "/bagikan/poster.svg",
                        "/dasbor/kuesioner/" + questionnaireId + "/bagikan/poster?ukuran=kartu",
                        "/dasbor/kuesioner/" + questionnaireId + "/bagikan/qr.png?k=loket-1");
        String whatsApp = html.select("#whatsapp").attr("href");
        assertThat(whatsApp).startsWith("https://wa.me/?text=");
        assertThat(URLDecoder.decode(whatsApp.substring(whatsApp.indexOf('=') + 1), StandardCharsets.UTF_8))
                .contains("Si Mantab", "± 4 menit", "tanpa nama")
                .endsWith("/s/si-mantab?k=whatsapp");
        assertThat(html.select("#status")).as("published: no warning").isEmpty();
    }

    @Test
    void qrCodesDecodeToTheTaggedLink() throws Exception {
        Response png = asOwner("/qr.png?k=loket-1");
        assertThat(png.statusCode()).isEqualTo(200);
        assertThat(png.header("Content-Disposition"))
                .isEqualTo("attachment; filename=\"suara-warga-si-mantab-qr-loket-1.png\"");
        var image = javax.imageio.ImageIO.read(new ByteArrayInputStream(png.asByteArray()));
        var bitmap = new com.google.zxing.BinaryBitmap(new com.google.zxing.common.HybridBinarizer(
                new com.google.zxing.client.j2se.BufferedImageLuminanceSource(image)));
        assertThat(new com.google.zxing.qrcode.QRCodeReader().decode(bitmap).getText())
                .matches("http://localhost:\\d+/s/si-mantab\\?k=loket-1");

        Response svg = asOwner("/qr.svg?k=Bukan Tanda!");
        assertThat(svg.statusCode()).isEqualTo(200);
        assertThat(svg.asString()).as("an invalid tag gives the plain link").contains("/s/si-mantab\"");
    }

    @Test
    void posterAndCardAreWellFormedSvgsWithEverythingACounterNeeds() throws Exception {
        Response poster = asOwner("/poster.svg?k=spanduk");
        assertThat(poster.statusCode()).isEqualTo(200);
        assertThat(poster.contentType()).startsWith("image/svg+xml");
        assertThat(poster.header("Content-Disposition"))
                .isEqualTo("attachment; filename=\"suara-warga-si-mantab-poster-spanduk.svg\"");
        String svg = poster.asString();
        var document = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertThat(document.getDocumentElement().getAttribute("width")).isEqualTo("210mm");
        assertThat(document.getDocumentElement().getAttribute("height")).isEqualTo("297mm");
        assertThat(svg)
                .contains("Si Mantab", "± 4 menit", "Kota 63.71 · Suara Warga", "kode: spanduk")
                .containsPattern("localhost:\\d+/s/si-mantab\\?k=spanduk");

        String card = asOwner("/poster.svg?ukuran=kartu").asString();
        assertThat(card).contains("width=\"105mm\" height=\"148mm\"").doesNotContain("kode:");

        Document page = Jsoup.parse(asOwner("/poster?ukuran=kartu&k=loket-1").asString());
        assertThat(page.select(".sheet > svg")).hasSize(1);
        assertThat(page.select("#unduh").attr("href")).endsWith("/bagikan/poster.svg?ukuran=kartu&k=loket-1");
        assertThat(page.select("button[data-print]").hasAttr("hidden")).isTrue();
        assertThat(page.select("style").html()).contains("size:A6");
    }

    @Test
    void aStaffMadeTagGetsItsLinkAndAnInvalidOneIsExplainedWithWhatWasTyped() {
        Document made = Jsoup.parse(asOwner("?k=Puskesmas-2").asString());
        assertThat(made.select("#link-puskesmas-2").attr("value")).endsWith("/s/si-mantab?k=puskesmas-2");

        Response bad = asOwner("?k=pak budi");
        assertThat(bad.statusCode()).isEqualTo(400);
        Document html = Jsoup.parse(bad.asString());
        assertThat(html.select("#k-error").text()).contains("huruf kecil, angka dan tanda hubung");
        assertThat(html.select("#k").attr("value")).isEqualTo("pak budi");
        assertThat(html.select("#k").attr("aria-invalid")).isEqualTo("true");
    }

    @Test
    void theFormRecordsTheTagOfTheLinkAndIgnoresAnInvalidOne() {
        Document form = Jsoup.parse(given().get("/s/si-mantab?k=loket-1").asString());
        assertThat(form.select("input[name=k]").attr("value")).isEqualTo("loket-1");
        // the language switch is a button of the form since #18: the tag goes along with the answers to the draft
        String switchTo = form.select(".top button[name=switch]").attr("value");
        assertThat(switchTo).isNotEmpty();
        String draft = given().redirects()
                .follow(false)
                .cookie("sw_device", "hp-0")
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParams(Map.of(
                        "token",
                        tokens.issue(questionnaireId, Instant.now()),
                        "lang",
                        "id",
                        "k",
                        "loket-1",
                        "switch",
                        switchTo))
                .post("/s/si-mantab")
                .then()
                .statusCode(303)
                .extract()
                .header("Location");
        assertThat(draft).as("switching language keeps the tag").contains("k=loket-1");
        assertThat(Jsoup.parse(given().cookie("sw_device", "hp-0").get(draft).asString())
                        .select("input[name=k]")
                        .attr("value"))
                .isEqualTo("loket-1");
        assertThat(Jsoup.parse(given().get("/s/si-mantab?k=<b>").asString()).select("input[name=k]"))
                .isEmpty();

        submitForm("loket-1", "hp-1").then().statusCode(303);
        submitForm("Nama Warga <script>", "hp-2").then().statusCode(303);
        submitForm(null, "hp-3").then().statusCode(303);

        assertThat(database.strings("select coalesce(source_tag, '-') from survey_response order by id"))
                .containsExactly("loket-1", "-", "-");
    }

    @Test
    void theApiRecordsTheTagAndIgnoresAnInvalidOne() {
        submitApi("k-1", "whatsapp").then().statusCode(201);
        submitApi("k-2", "WhatsApp ").then().statusCode(201);
        submitApi("k-3", "08123456789 budi").then().statusCode(201);
        submitApi("k-4", "x".repeat(41)).then().statusCode(201);

        assertThat(database.strings("select coalesce(source_tag, '-') from survey_response order by id"))
                .containsExactly("whatsapp", "whatsapp", "-", "-");
    }

    @Test
    void theDashboardShowsWhereResponsesCameFrom() {
        submitForm("loket-1", "hp-1").then().statusCode(303);
        submitForm("loket-1", "hp-2").then().statusCode(303);
        submitApi("k-1", null).then().statusCode(201);

        Document html = Jsoup.parse(given().auth()
                .preemptive()
                .basic(owner.username(), owner.password())
                .get("/dasbor/kuesioner/" + questionnaireId)
                .asString());
        var rows = html.select("#asal-jawaban tbody tr");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).select("td").eachText()).containsExactly("Tautan atau QR", "loket-1", "2", "67%", "0");
        assertThat(rows.get(1).select("td").eachText())
                .containsExactly("Aplikasi (API)", "tanpa tanda", "1", "33%", "0");
        assertThat(html.select("#bagikan").attr("href")).isEqualTo("/dasbor/kuesioner/" + questionnaireId + "/bagikan");

        // and the kit counts the tagged link's responses
        Document kit = Jsoup.parse(asOwner("").asString());
        assertThat(kit.select("#tanda-loket-1").text()).contains("2 jawaban lewat tautan ini");
    }

    Response submitForm(String tag, String device) {
        Map<String, String> fields = new HashMap<>(Surveys.completeSkmAnswers());
        fields.put("token", tokens.issue(questionnaireId, Instant.now().minusSeconds(60)));
        fields.put("lang", "id");
        if (tag != null) {
            fields.put("k", tag);
        }
        return given().redirects()
                .follow(false)
                .cookie("sw_device", device)
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParams(fields)
                .post("/s/si-mantab");
    }

    Response submitApi(String key, String tag) {
        Map<String, Object> answers = new HashMap<>();
        answers.put("USIA", "25_34");
        for (int i = 1; i <= 9; i++) {
            answers.put("U" + i, 3);
        }
        Map<String, Object> body = new HashMap<>();
        body.put("answers", answers);
        body.put("sourceTag", tag);
        return json().header("Idempotency-Key", key)
                .header("X-Device-Id", "api-" + key)
                .body(body)
                .post("/api/v1/public/questionnaires/si-mantab/responses");
    }
}
