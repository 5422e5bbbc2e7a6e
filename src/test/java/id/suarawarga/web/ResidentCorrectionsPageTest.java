package id.suarawarga.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import id.suarawarga.response.KioskPass;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue #18 over plain HTTP, as a browser without JavaScript: corrections keep the first render time, the language
 * switch keeps the answers, Back after sending says "sent" and asks about another person, a second person on a phone
 * counts with the declaration, long answers come back instead of a blank 413, and a kiosk pass cannot be forged.
 */
@QuarkusTest
class ResidentCorrectionsPageTest {

    @Inject
    Database database;

    @Inject
    SubmissionToken tokens;

    @Inject
    KioskPass kiosks;

    long questionnaireId;

    @BeforeEach
    void publish() {
        questionnaireId = Surveys.publishedSkm();
    }

    @AfterEach
    void wipe() {
        database.wipe();
    }

    Map<String, String> complete(String token) {
        Map<String, String> fields = new HashMap<>(Surveys.completeSkmAnswers());
        fields.put("token", token);
        fields.put("lang", "id");
        return fields;
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

    Document get(String location, String device) {
        var request = given().redirects().follow(false);
        if (device != null) {
            request.cookie("sw_device", device);
        }
        Response page = request.get(location.replace("#errors", "")); // a browser never sends the fragment
        page.then().statusCode(200).header("Cache-Control", "no-store");
        return Jsoup.parse(page.asString());
    }

    @Test
    void aCorrectionSentSecondsAfterTheErrorCountsFromTheFirstRender() {
        // the form was first rendered 20 s ago; the resident missed U9
        Map<String, String> fields =
                complete(tokens.issue(questionnaireId, Instant.now().minusSeconds(20)));
        fields.remove("q.U9");
        Response first = post(fields, "phone-1");
        first.then().statusCode(303);
        Document page = get(first.header("Location"), "phone-1");
        assertThat(page.select("#e-U9").text()).isEqualTo("Pertanyaan ini wajib dijawab.");
        assertThat(page.select("input[name=token]").attr("value")).isEqualTo(fields.get("token"));

        // fixed and sent again at once: the token (so the render time) is the first one
        Map<String, String> fixed = new HashMap<>(fields);
        fixed.put("q.U9", "4");
        fixed.put("token", page.select("input[name=token]").attr("value"));
        fixed.put("draft", page.select("input[name=draft]").attr("value"));
        post(fixed, "phone-1").then().statusCode(303).header("Location", containsString("/terima-kasih"));

        assertThat(database.count("select count(*) from survey_response where not flagged and fill_seconds >= 19"))
                .isEqualTo(1);
        assertThat(database.count("select count(*) from form_draft"))
                .as("the draft is forgotten once sent")
                .isZero();
    }

    @Test
    void theLanguageSwitchKeepsEveryAnswerWithoutJavaScript() {
        Map<String, String> fields =
                complete(tokens.issue(questionnaireId, Instant.now().minusSeconds(30)));
        fields.put("q.SARAN", "Antrean panjang");
        fields.put("switch", "en");
        Response switched = post(fields, "phone-2");
        switched.then().statusCode(303).cookie("sw_lang", "en");
        assertThat(switched.header("Location")).contains("lang=en&draft=");

        Document page = get(switched.header("Location"), "phone-2");
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(page.select("h1").text()).isEqualTo("Public Satisfaction Survey: Si Mantab");
        assertThat(page.select("input[name=q.U7][value=3]").hasAttr("checked")).isTrue();
        assertThat(page.select("input[name=q.USIA][value=25_34]").hasAttr("checked"))
                .isTrue();
        assertThat(page.select("textarea[name=q.SARAN]").text()).isEqualTo("Antrean panjang");
        assertThat(page.select("#errors")).as("a switch shows no errors").isEmpty();
        assertThat(page.select("input[name=token]").attr("value")).isEqualTo(fields.get("token"));
        assertThat(page.select("button[name=switch][value=id]").text()).isEqualTo("Bahasa Indonesia");
        assertThat(database.count("select count(*) from survey_response")).isZero();

        // another device cannot open this draft
        given().cookie("sw_device", "someone-else")
                .get(switched.header("Location"))
                .then()
                .statusCode(200)
                .body(containsString("name=\"q.SARAN\""))
                .body(org.hamcrest.Matchers.not(containsString("Antrean panjang")));
    }

    @Test
    void aSecondPersonOnTheSamePhoneIsAskedAndCountedWithTheDeclaration() {
        post(complete(tokens.issue(questionnaireId, Instant.now().minusSeconds(60))), "family-phone")
                .then()
                .statusCode(303);

        // Back after sending, or the link opened again on the same phone: "sent", and the plain question
        Document sent = get("/s/si-mantab", "family-phone");
        assertThat(sent.select("h1").text()).isEqualTo("Jawaban sudah terkirim");
        assertThat(sent.text()).contains("HP ini sudah dipakai mengisi survei ini. Apakah Anda orang yang berbeda?");
        assertThat(sent.select("form#survey")).as("no form to resubmit").isEmpty();
        String href = sent.select("a#next").attr("href");
        assertThat(href).isEqualTo("/s/si-mantab?baru=1&lang=id");

        Document form = get(href, "family-phone");
        assertThat(form.select("p.msg").text()).contains("orang yang berbeda");
        String token = form.select("input[name=token]").attr("value");
        assertThat(tokens.verify(questionnaireId, token).orElseThrow().otherPerson())
                .isTrue();

        // a declared token rendered a minute ago (the fill time is a separate guard)
        Map<String, String> second = complete(tokenOfOtherPerson());
        second.put("q.U1", "2");
        post(second, "family-phone").then().statusCode(303);

        assertThat(database.count("select count(*) from survey_response where not flagged"))
                .isEqualTo(2);
        assertThat(database.count("select count(*) from survey_response where other_person_declared"
                        + " and answers ->> 'U1' = '2'"))
                .isEqualTo(1);

        // without the declaration the same phone is still flagged as before (scripts keep their cookie)
        post(complete(tokens.issue(questionnaireId, Instant.now().minusSeconds(60))), "family-phone")
                .then()
                .statusCode(303);
        assertThat(database.count("select count(*) from survey_response where flag_reasons = '{DUPLICATE_DEVICE}'"))
                .isEqualTo(1);
    }

    @Test
    void declarationsFromOnePhoneAreCountedOnlyUpToAHousehold() {
        for (int i = 0; i < 7; i++) {
            post(
                            complete(
                                    i == 0
                                            ? tokens.issue(
                                                    questionnaireId,
                                                    Instant.now().minusSeconds(60))
                                            : tokenOfOtherPerson()),
                            "busy-phone")
                    .then()
                    .statusCode(303);
        }
        assertThat(database.count("select count(*) from survey_response where not flagged"))
                .isEqualTo(5);
        assertThat(database.count("select count(*) from survey_response where flag_reasons = '{DUPLICATE_DEVICE}'"))
                .isEqualTo(2);
        assertThat(get("/s/si-mantab", "busy-phone").select("a#next"))
                .as("no more 'different person' link")
                .isEmpty();
    }

    @Test
    void aLongCommentIsStoredAndATooLongOneComesBackWithTheAnswers() {
        // 1,000 characters of Indonesian with accents: about 6 KB URL-encoded (it was a blank 413 above 2 KB)
        Map<String, String> fields =
                complete(tokens.issue(questionnaireId, Instant.now().minusSeconds(60)));
        fields.put("q.SARAN", "é".repeat(1000));
        post(fields, "phone-3").then().statusCode(303).header("Location", containsString("/terima-kasih"));
        assertThat(database.count("select count(*) from survey_response where length(answers ->> 'SARAN') = 1000"))
                .isEqualTo(1);

        Map<String, String> tooLong =
                complete(tokens.issue(questionnaireId, Instant.now().minusSeconds(60)));
        tooLong.put("q.SARAN", "ü".repeat(1500));
        Response back = post(tooLong, "phone-4");
        back.then().statusCode(303);
        Document page = get(back.header("Location"), "phone-4");
        assertThat(page.select("#e-SARAN").text()).isEqualTo("Jawaban terlalu panjang: paling banyak 1000 karakter.");
        assertThat(page.select("input[name=q.U5][value=3]").hasAttr("checked")).isTrue();
        assertThat(page.select("textarea[name=q.SARAN]").text()).hasSize(1500);
        assertThat(database.count("select count(*) from survey_response")).isEqualTo(1);
    }

    @Test
    void aBodyAboveTheLimitGetsAKindPageNotABlank413() {
        Response page = given().contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .body("token=x&q.SARAN=" + "a".repeat(300 * 1024))
                .post("/s/si-mantab");
        page.then().statusCode(413).contentType(containsString("text/html"));
        assertThat(Jsoup.parse(page.asString()).select("h1").text()).isEqualTo("Isian terlalu panjang");
        assertThat(database.count("select count(*) from survey_response")).isZero();
    }

    @Test
    void aForgedOrForeignKioskPassIsIgnored() {
        String foreign = kiosks.issue("program-lain", Instant.now());
        for (String pass : new String[] {"palsu.palsu", foreign}) {
            given().redirects()
                    .follow(false)
                    .cookie("sw_kiosk", pass)
                    .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                    .formParams(
                            complete(tokens.issue(questionnaireId, Instant.now().minusSeconds(60))))
                    .post("/s/si-mantab")
                    .then()
                    .statusCode(303);
        }
        assertThat(database.count("select count(*) from survey_response where channel = 'WEB'"))
                .isEqualTo(2);

        String valid = kiosks.issue("si-mantab", Instant.now());
        for (int i = 0; i < 3; i++) {
            given().redirects()
                    .follow(false)
                    .cookie("sw_kiosk", valid)
                    .cookie("sw_device", "tablet")
                    .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                    .formParams(
                            complete(tokens.issue(questionnaireId, Instant.now().minusSeconds(60))))
                    .post("/s/si-mantab")
                    .then()
                    .statusCode(303);
        }
        assertThat(database.count("select count(*) from survey_response where channel = 'KIOSK' and not flagged"))
                .isEqualTo(3);
        // a kiosk too keeps the human-pace guard
        given().redirects()
                .follow(false)
                .cookie("sw_kiosk", valid)
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParams(complete(tokens.issue(questionnaireId, Instant.now())))
                .post("/s/si-mantab")
                .then()
                .statusCode(303);
        assertThat(database.count("select count(*) from survey_response where channel = 'KIOSK'"
                        + " and flag_reasons = '{TOO_FAST}'"))
                .isEqualTo(1);
    }

    private String tokenOfOtherPerson() {
        return tokens.issue(questionnaireId, Instant.now().minusSeconds(60), true);
    }
}
