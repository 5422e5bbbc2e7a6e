package id.suarawarga.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;

import id.suarawarga.response.SubmissionToken;
import id.suarawarga.support.Database;
import id.suarawarga.support.Surveys;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The questionnaire page as a browser without JavaScript uses it: plain GET and form POST. */
@QuarkusTest
class SurveyPageTest {

    @Inject
    Database database;

    @Inject
    SubmissionToken tokens;

    long questionnaireId;

    @BeforeEach
    void publish() {
        questionnaireId = Surveys.publishedSkm();
    }

    @AfterEach
    void wipe() {
        database.wipe();
    }

    /** A token as if the page had been rendered a minute ago, so the minimum fill time is met. */
    String minuteOldToken() {
        return tokens.issue(questionnaireId, Instant.now().minusSeconds(60));
    }

    Response post(Map<String, String> fields, String device) {
        var request = given().redirects()
                .follow(false)
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParams(fields);
        if (device != null) {
            request.cookie("sw_device", device);
        }
        return request.post("/s/si-mantab");
    }

    Map<String, String> complete(String token) {
        Map<String, String> fields = new HashMap<>(Surveys.completeSkmAnswers());
        fields.put("token", token);
        fields.put("lang", "id");
        return fields;
    }

    long responses() {
        return database.count("select count(*) from survey_response");
    }

    @Test
    void rendersAnAccessibleFormInBahasaIndonesia() {
        Response page = given().get("/s/si-mantab");
        page.then()
                .statusCode(200)
                .contentType(containsString("text/html"))
                .header("Cache-Control", "no-store")
                .header("Content-Language", "id")
                .cookie("sw_device");
        assertThat(page.getDetailedCookie("sw_device").isHttpOnly()).isTrue();
        assertThat(page.getDetailedCookie("sw_device").getSameSite()).isEqualTo("Lax");

        Document html = Jsoup.parse(page.asString());
        assertThat(html.selectFirst("html").attr("lang")).isEqualTo("id");
        assertThat(html.selectFirst("h1").text()).isEqualTo("Survei Kepuasan Masyarakat: Si Mantab");
        assertThat(html.select("section.notice p").text()).contains("TIDAK meminta nama, NIK");
        assertThat(html.select("form#survey fieldset.q")).hasSize(15);
        for (Element fieldset : html.select("form#survey fieldset.q")) {
            assertThat(fieldset.selectFirst("legend")).as(fieldset.id()).isNotNull();
        }
        for (Element input : html.select("form#survey input:not([type=hidden]), form#survey textarea")) {
            boolean labelled =
                    !html.select("label[for=" + input.id() + "]").isEmpty() || input.hasAttr("aria-labelledby");
            assertThat(labelled).as("input " + input.id() + " has a label").isTrue();
        }
        assertThat(html.select("input[name=token]").attr("value")).isNotBlank();
        assertThat(html.select(".hp input[name=website]").attr("tabindex")).isEqualTo("-1");
        // the language switch is a button of the form, so the answers go along (issue #18)
        assertThat(html.select("button[name=switch][value=en][form=survey]").text())
                .isEqualTo("English");
        assertThat(html.select("section.notice li")).hasSize(3);
        assertThat(html.select("section.notice details p").text()).contains("TIDAK meminta nama, NIK");
        assertThat(html.select("input[name=q.USIA][value=U17]").hasAttr("data-stop"))
                .isTrue();
    }

    @Test
    void switchesToEnglishByLinkOrBrowserPreference() {
        given().queryParam("lang", "en")
                .get("/s/si-mantab")
                .then()
                .statusCode(200)
                .header("Content-Language", "en")
                .cookie("sw_lang", "en")
                .body(containsString("<h1>Public Satisfaction Survey: Si Mantab</h1>"))
                .body(containsString("Send answers"));
        given().header("Accept-Language", "en-US,en;q=0.8")
                .get("/s/si-mantab")
                .then()
                .header("Content-Language", "en");
        given().header("Accept-Language", "fr-FR,id;q=0.5")
                .get("/s/si-mantab")
                .then()
                .header("Content-Language", "id");
    }

    @Test
    void storesACompleteResponseAndRedirectsToThankYou() {
        post(complete(minuteOldToken()), "device-a")
                .then()
                .statusCode(303)
                .header("Location", endsWithPath("/s/si-mantab/terima-kasih?lang=id"));

        given().get("/s/si-mantab/terima-kasih?lang=id")
                .then()
                .statusCode(200)
                .header("Cache-Control", "no-store")
                .body(containsString("<h1>Terima kasih!</h1>"));
        assertThat(responses()).isEqualTo(1);
        assertThat(database.count("select count(*) from survey_response where channel = 'WEB' and not flagged"
                        + " and fill_seconds >= 59 and device_hash is not null and answers ->> 'U5' = '3'"))
                .isEqualTo(1);
    }

    @Test
    void resubmittingTheSameFormRecordsNothingNew() {
        Map<String, String> fields = complete(minuteOldToken());
        post(fields, "device-a").then().statusCode(303);
        fields.put("q.U1", "1"); // back button, changed an answer, sent again
        post(fields, "device-a")
                .then()
                .statusCode(303)
                .header("Location", endsWithPath("/s/si-mantab/terima-kasih?lang=id"));

        assertThat(responses()).isEqualTo(1);
        assertThat(database.count("select count(*) from survey_response where answers ->> 'U1' = '3'"))
                .isEqualTo(1);
    }

    @Test
    void reRendersWithEveryAnswerKeptAndErrorsLinkedToTheirQuestions() {
        Map<String, String> fields = complete(minuteOldToken());
        fields.remove("q.U3");
        fields.put("q.U4", "9");
        fields.put("q.JENIS_KELAMIN", "P");
        fields.put("q.SARAN", "Antre lama <b>sekali</b>");
        Map<String, String> before = database.fingerprint();

        // POST-redirect-GET: the form comes back from a short-lived draft, so Back never offers to resubmit
        Response redirect = post(fields, null);
        redirect.then().statusCode(303);
        String location = redirect.header("Location");
        assertThat(location).contains("/s/si-mantab?lang=id&draft=").endsWith("#errors");
        Response page = given().get(location.replace("#errors", "")); // a browser never sends the fragment
        page.then().statusCode(200).contentType(containsString("text/html"));
        Document html = Jsoup.parse(page.asString());
        assertThat(html.select("input[name=token]").attr("value")).isEqualTo(fields.get("token"));
        assertThat(html.select("#errors[role=alert] li a").eachAttr("href")).containsExactly("#i-U3-0", "#i-U4-0");
        assertThat(html.select("#errors strong").text()).isEqualTo("Ada 2 jawaban yang perlu diperbaiki:");
        assertThat(html.select("#e-U3").text()).isEqualTo("Pertanyaan ini wajib dijawab.");
        assertThat(html.select("#e-U4").text()).isEqualTo("Pilih salah satu pilihan yang tersedia.");
        assertThat(html.select("#q-U3").attr("aria-describedby")).isEqualTo("h-U3 e-U3"); // the plain hint, the error
        assertThat(html.select("#q-U3 input").first().attr("aria-invalid")).isEqualTo("true");
        assertThat(html.select("input[name=q.JENIS_KELAMIN][value=P]").hasAttr("checked"))
                .isTrue();
        assertThat(html.select("input[name=q.U1][value=3]").hasAttr("checked")).isTrue();
        assertThat(html.select("input[name=q.LAYANAN]").attr("value")).isEmpty();
        assertThat(html.select("textarea[name=q.SARAN]").text()).isEqualTo("Antre lama <b>sekali</b>");
        assertThat(page.asString()).doesNotContain("<b>sekali</b>");
        Map<String, String> after = database.fingerprint();
        assertThat(after.remove("form_draft")).isNotEqualTo(before.remove("form_draft"));
        assertThat(after).as("nothing but the draft written").isEqualTo(before);
    }

    @Test
    void stopsUnder18AndStoresNothing() {
        Map<String, String> fields = complete(minuteOldToken());
        fields.put("q.USIA", "U17");

        post(fields, null)
                .then()
                .statusCode(200)
                .body(containsString("Survei ini untuk warga berusia 18 tahun ke atas"))
                .body(containsString("Tidak ada jawaban yang disimpan"));
        assertThat(responses()).isZero();
    }

    @Test
    void asksToResendWhenTheTokenIsMissingOrForged() {
        Map<String, String> fields = complete("bukan-token");
        Response page = post(fields, null);
        page.then().statusCode(400);
        Document html = Jsoup.parse(page.asString());
        assertThat(html.select("p.msg[role=alert]").text()).startsWith("Halaman perlu dimuat ulang");
        assertThat(html.select("input[name=q.U7][value=3]").hasAttr("checked")).isTrue();
        assertThat(html.select("input[name=token]").attr("value")).isNotBlank();
        assertThat(responses()).isZero();

        // a token signed for another questionnaire does not work here either
        fields.put("token", tokens.issue(questionnaireId + 1, Instant.now().minusSeconds(60)));
        post(fields, null).then().statusCode(400);
        assertThat(responses()).isZero();
    }

    @Test
    void flagsHoneypotFastAndRepeatedDeviceResponsesButKeepsThem() {
        Map<String, String> bot = complete(minuteOldToken());
        bot.put("website", "http://spam.example");
        post(bot, null).then().statusCode(303);
        post(complete(tokens.issue(questionnaireId, Instant.now())), null)
                .then()
                .statusCode(303);
        post(complete(minuteOldToken()), "same-phone").then().statusCode(303);
        post(complete(minuteOldToken()), "same-phone").then().statusCode(303);

        assertThat(responses()).isEqualTo(4);
        assertThat(database.count("select count(*) from survey_response where flag_reasons = '{HONEYPOT}'"))
                .isEqualTo(1);
        assertThat(database.count("select count(*) from survey_response where flag_reasons = '{TOO_FAST}'"))
                .isEqualTo(1);
        assertThat(database.count("select count(*) from survey_response where flag_reasons = '{DUPLICATE_DEVICE}'"))
                .isEqualTo(1);
        assertThat(database.count("select count(*) from survey_response where not flagged"))
                .isEqualTo(1);
    }

    @Test
    void showsKindPagesWithTheRightStatus() {
        given().get("/s/tidak-ada")
                .then()
                .statusCode(404)
                .contentType(containsString("text/html"))
                .body(containsString("<h1>Survei tidak ditemukan</h1>"));
        given().get("/s/si-mantab/halaman-lain")
                .then()
                .statusCode(404)
                .contentType(containsString("text/html"))
                .body(containsString("Survei tidak ditemukan"));
        id.suarawarga.support.Api.json()
                .post("/api/v1/questionnaires/" + questionnaireId + "/close")
                .then()
                .statusCode(200);
        given().get("/s/si-mantab")
                .then()
                .statusCode(410)
                .body(containsString("<h1>Survei sudah ditutup</h1>"))
                .body(containsString("Survei Si Mantab sudah tidak menerima jawaban"));
        post(complete(minuteOldToken()), null).then().statusCode(410);
        given().get("/s/si-mantab?lang=en").then().statusCode(410).body(containsString("<h1>Survey closed</h1>"));
        assertThat(responses()).isZero();
    }

    @Test
    void servesQrCodesOfThePublicLink() throws Exception {
        given().get("/s/si-mantab/qr.svg")
                .then()
                .statusCode(200)
                .contentType("image/svg+xml")
                .body(startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\""));
        byte[] png = given().get("/s/si-mantab/qr.png")
                .then()
                .statusCode(200)
                .contentType("image/png")
                .extract()
                .asByteArray();

        var image = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png));
        var bitmap = new com.google.zxing.BinaryBitmap(new com.google.zxing.common.HybridBinarizer(
                new com.google.zxing.client.j2se.BufferedImageLuminanceSource(image)));
        String decoded =
                new com.google.zxing.qrcode.QRCodeReader().decode(bitmap).getText();
        assertThat(decoded).matches("http://localhost:\\d+/s/si-mantab");
        given().get("/s/tidak-ada/qr.svg").then().statusCode(404);
    }

    private static org.hamcrest.Matcher<String> endsWithPath(String path) {
        return org.hamcrest.Matchers.endsWith(path);
    }
}
