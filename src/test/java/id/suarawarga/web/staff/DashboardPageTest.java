package id.suarawarga.web.staff;

import static id.suarawarga.support.Api.json;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import id.suarawarga.support.Api;
import id.suarawarga.support.Database;
import id.suarawarga.support.Staff;
import id.suarawarga.support.Surveys;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The staff dashboard over real HTTP: the numbers on the pages, their charts, and who may open what. */
@QuarkusTest
class DashboardPageTest {

    @Inject
    Database database;

    long program;
    long questionnaireId;
    long otherProgram;
    int submitted;

    @BeforeEach
    void publish() {
        questionnaireId = Surveys.publishedSkm();
        program = json().get("/api/v1/questionnaires/" + questionnaireId)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("programId");
        otherProgram = Api.createProgram("63.71", "Portal Pendidikan");
    }

    @AfterEach
    void wipe() {
        database.wipe();
    }

    static Map<String, Object> skm(int element, String age, String suggestion) {
        Map<String, Object> answers = new HashMap<>();
        answers.put("USIA", age);
        for (int i = 1; i <= 9; i++) {
            answers.put("U" + i, element);
        }
        if (suggestion != null) {
            answers.put("SARAN", suggestion);
        }
        return answers;
    }

    void submit(String device, Map<String, Object> answers) {
        json().header("Idempotency-Key", "k-" + submitted++)
                .header("X-Device-Id", device)
                .body(Map.of("answers", answers))
                .post("/api/v1/public/questionnaires/si-mantab/responses")
                .then()
                .statusCode(201);
    }

    /** Six respondents aged 25–34 (four 3s, two 4s: IKM 83,33), four aged 35–44 (all 3), one flagged duplicate. */
    void answer() {
        for (int i = 0; i < 4; i++) {
            submit("p" + i, skm(3, "25_34", i == 0 ? "Antrian <script>alert(1)</script> lama" : null));
        }
        submit("p4", skm(4, "25_34", "Petugas ramah"));
        Map<String, Object> slow = skm(4, "25_34", null);
        slow.put("U3", 1); // the weakest element: Waktu Penyelesaian
        submit("p5", slow);
        for (int i = 6; i < 10; i++) {
            submit("p" + i, skm(3, "35_44", null));
        }
        submit("p0", skm(1, "25_34", "antrian lagi")); // same phone again: flagged
    }

    static Element section(Document doc, String heading) {
        return doc.selectFirst("section[aria-labelledby=" + heading + "]");
    }

    static RequestSpecification as(Staff.Login login) {
        return given().auth()
                .preemptive()
                .basic(login.username(), login.password())
                .redirects()
                .follow(false);
    }

    static Document html(Response response) {
        assertThat(response.contentType()).startsWith("text/html");
        return Jsoup.parse(response.asString());
    }

    static Document page(RequestSpecification who, String path) {
        Response response = who.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        assertThat(response.header("Cache-Control")).isEqualTo("no-store");
        Document doc = html(response);
        assertCommonLayout(doc);
        return doc;
    }

    /** Every staff page: one main landmark, the signed-in name, a logout form with the CSRF field, no script. */
    static void assertCommonLayout(Document doc) {
        assertThat(doc.select("main")).hasSize(1);
        assertThat(doc.select("script")).isEmpty();
        Element logout = doc.selectFirst("form[action=/keluar]");
        assertThat(logout).isNotNull();
        assertThat(logout.attr("method")).isEqualTo("post");
        assertThat(logout.selectFirst("input[type=hidden][name=csrf]").attr("value"))
                .hasSize(43);
        assertThat(doc.selectFirst("meta[name=viewport]").attr("content")).contains("width=device-width");
    }

    /** Every chart is well-formed SVG, one image with a title, and has a data table beside it. */
    static void assertAccessibleCharts(Document doc, int atLeast) throws Exception {
        List<Element> charts = doc.select("svg.chart");
        assertThat(charts).hasSizeGreaterThanOrEqualTo(atLeast);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        for (Element chart : charts) {
            assertThat(chart.attr("role")).isEqualTo("img");
            String[] labelledBy = chart.attr("aria-labelledby").split(" ");
            assertThat(doc.getElementById(labelledBy[0]).tagName()).isEqualTo("title");
            assertThat(doc.getElementById(labelledBy[0]).text()).isNotBlank();
            assertThat(doc.getElementById(labelledBy[1]).tagName()).isEqualTo("desc");
            org.w3c.dom.Document xml = factory.newDocumentBuilder()
                    .parse(new ByteArrayInputStream(chart.outerHtml().getBytes(StandardCharsets.UTF_8)));
            assertThat(xml.getDocumentElement().getLocalName()).isEqualTo("svg");
        }
        assertThat(doc.select("details table").size()).isGreaterThanOrEqualTo(2);
        // ids are unique on the page, so every aria-labelledby points at its own chart's title
        List<String> ids = doc.select("[id]").eachAttr("id");
        assertThat(ids).doesNotHaveDuplicates();
    }

    @Test
    void questionnairePageShowsTheScoresTheirCertaintyAndTheWeakestElement() throws Exception {
        answer();
        Staff.Login owner = Staff.owner("63.71", program);
        Document doc = page(as(owner), "/dasbor/kuesioner/" + questionnaireId);

        assertThat(doc.selectFirst(".who").text()).contains("Uji PROGRAM_OWNER");
        assertThat(section(doc, "jawaban").selectFirst(".figure").text()).isEqualTo("10");
        assertThat(section(doc, "jawaban").text())
                .contains("tidak termasuk 1 yang ditandai")
                .contains("Teruskan pengumpulan: evaluasi Smart City meminta 50 responden per subdimensi dan baru ada"
                        + " 10 (kurang 40); untuk hasil yang mewakili 1.000 warga sasaran dengan ketelitian ±5 %"
                        + " (Krejcie–Morgan) perlu 278.");
        // IKM: element means (4·3+2·4+4·3)/10 = 3.2 except U3 (4·3+1+4+4·3)/10 = 2.9 → (8·3.2+2.9)/9 = 3.1667 → 79,17
        assertThat(doc.selectFirst("#ikm").text()).isEqualTo("79,17");
        assertThat(section(doc, "nilai").selectFirst(".badge").text()).isEqualTo("B Baik");
        assertThat(doc.selectFirst("#ikm-ci").text())
                .matches("Dengan keyakinan 95 %, IKM sebenarnya antara \\d+,\\d\\d dan \\d+,\\d\\d \\(n = 10\\)\\..*");
        assertThat(doc.selectFirst("#menuju").text()).isEqualTo("9,14 poin lagi menuju A Sangat Baik (mulai 88,31).");
        assertThat(doc.selectFirst("#penjelasan").text())
                .contains("Baik: warga umumnya puas")
                .contains("Good:");
        assertThat(doc.select("#mengapa-c")).isEmpty(); // B: no "why C" note
        assertThat(doc.selectFirst("#terlemah").text()).isEqualTo("Waktu Penyelesaian");
        assertThat(section(doc, "nilai").text()).contains("Sementara");
        assertAccessibleCharts(doc, 4);
        // U1–U9 only: the profile questions' counts are shown only in "Profil", with small groups hidden
        assertThat(section(doc, "sebaran").select("svg.chart")).hasSize(9);
        Element u3 = doc.getElementById("dist-U3-t");
        assertThat(u3.text()).startsWith("U3.");

        // profile: 35–44 has four: hidden, count and score; 25–34 (six) is hidden too, or n = 10 minus 6 would give
        // the four away
        Element age = doc.selectFirst("table.profile[data-code=USIA]");
        assertThat(age.selectFirst("tr[data-value=25_34]").select("td").eachText())
                .containsExactly("disembunyikan", "—");
        assertThat(age.selectFirst("tr[data-value=35_44]").select("td").eachText())
                .containsExactly("disembunyikan", "—");
        assertThat(age.select("tr[data-value=U17]")).isEmpty();
        assertThat(section(doc, "profil").text()).doesNotContain(" 4 ");

        // flagged: one duplicate device; with it the IKM drops
        assertThat(doc.selectFirst("#jumlah-ditandai").text()).isEqualTo("1");
        assertThat(doc.select("table.reasons tr").eachText())
                .contains("Perangkat yang sama menjawab lagi 1", "Diisi terlalu cepat 0");
        assertThat(doc.selectFirst("#ikm-dengan").text())
                .isEqualTo(String.format(
                        java.util.Locale.forLanguageTag("id"),
                        "%.2f",
                        (8 * (32.0 + 1) / 11 + (29.0 + 1) / 11) / 9 * 25));
        assertThat(doc.select("a[href=/dasbor/kuesioner/" + questionnaireId + "/komentar]"))
                .hasSize(2);
    }

    @Test
    void overviewShowsAnOwnerOnlyTheirProgramWithItsQuota() {
        answer();
        Document doc = page(as(Staff.owner("63.71", program)), "/dasbor");

        assertThat(doc.select("article.program h4").eachText()).containsExactly("Si Mantab");
        Element card = doc.selectFirst("article.program");
        assertThat(card.text())
                .contains("10 jawaban")
                .contains("sampel minimum 278")
                .contains("IKM 79,17")
                .contains("B Baik");
        assertThat(card.selectFirst("svg.chart desc").text()).isEqualTo("10 dari 50 (20%), kurang 40");
        assertThat(doc.select("h4").eachText()).contains("Layanan Publik: 10 dari 50 responden kurang 40");
        assertThat(doc.text()).doesNotContain("Portal Pendidikan");
    }

    @Test
    void overviewShowsARegionAdminEveryProgramAndTheSubDimensionsStillEmpty() {
        Staff.Login admin = Staff.regionAdmin("63.71");
        Api.createProgram("63.72", "Program Kota Lain");
        Document doc = page(as(admin), "/dasbor");

        assertThat(doc.select("article.program h4").eachText())
                .containsExactlyInAnyOrder("Si Mantab", "Portal Pendidikan");
        assertThat(doc.select("main h2")).hasSize(1);
        assertThat(doc.select("main h3").eachText()).hasSize(6);
        assertThat(doc.text()).contains("Belum ada program di subdimensi ini.").doesNotContain("Program Kota Lain");
    }

    @Test
    void overviewGroupsEveryRegionForANationalAdmin() {
        Api.createProgram("63.72", "Program Kota Lain");
        Document doc = page(given().redirects().follow(false), "/dasbor");

        assertThat(doc.select("main h2").eachText())
                .anyMatch(h -> h.startsWith("Kota 63.71"))
                .anyMatch(h -> h.startsWith("Kota 63.72"));
        assertThat(doc.select("article.program h4").eachText()).contains("Si Mantab", "Program Kota Lain");
    }

    @Test
    void programPageListsItsQuestionnaireVersions() {
        long draft = json().post("/api/v1/questionnaires/" + questionnaireId + "/new-version")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        Document doc = page(as(Staff.owner("63.71", program)), "/dasbor/program/" + program);

        assertThat(doc.selectFirst("h1").text()).isEqualTo("Si Mantab");
        List<String> links = section(doc, "versi").select("ul a").eachAttr("href");
        assertThat(links).containsExactly("/dasbor/kuesioner/" + draft, "/dasbor/kuesioner/" + questionnaireId);
        assertThat(section(doc, "versi").select("ul li").get(0).text())
                .contains("Versi 2")
                .contains("draf");
        assertThat(section(doc, "versi").select("ul li").get(1).text())
                .contains("Versi 1")
                .contains("sedang berjalan")
                .contains("versi saat ini");

        Document draftPage = page(as(Staff.owner("63.71", program)), "/dasbor/kuesioner/" + draft);
        assertThat(draftPage.selectFirst(".note").text()).contains("masih draf");
    }

    @Test
    void commentsAreSearchedPagedAndEscaped() {
        answer();
        Staff.Login owner = Staff.owner("63.71", program);
        String path = "/dasbor/kuesioner/" + questionnaireId + "/komentar";

        Document all = page(as(owner), path);
        assertThat(all.select("article.comment p.text").eachText())
                .containsExactly("Petugas ramah", "Antrian <script>alert(1)</script> lama");
        assertThat(all.select("script")).isEmpty();
        assertThat(all.selectFirst("#jumlah").text()).startsWith("2 komentar");

        Document found = page(as(owner), path + "?q=ANTRIAN");
        assertThat(found.select("article.comment p.text").eachText())
                .containsExactly("Antrian <script>alert(1)</script> lama");
        assertThat(found.selectFirst("input[name=q]").attr("value")).isEqualTo("ANTRIAN");
        assertThat(page(as(owner), path + "?q=%25").select("article.comment")).isEmpty();

        Document withFlagged = page(as(owner), path + "?q=antrian&ditandai=1");
        assertThat(withFlagged.select("article.comment p.text").eachText())
                .containsExactly("antrian lagi", "Antrian <script>alert(1)</script> lama");
        assertThat(withFlagged.selectFirst("article.comment").text()).contains("ditandai");
    }

    @Test
    void commentsArePagedTwentyAPageWithLinksBothWays() {
        for (int i = 0; i < 23; i++) {
            submit("d" + i, skm(3, "25_34", "Saran & usul " + i));
        }
        String path = "/dasbor/kuesioner/" + questionnaireId + "/komentar";
        Document first = page(given().redirects().follow(false), path + "?q=usul");
        assertThat(first.select("article.comment")).hasSize(20);
        assertThat(first.selectFirst(".pager").text()).contains("Halaman 1 dari 2");
        assertThat(first.selectFirst("a[rel=next]").attr("href")).isEqualTo(path + "?halaman=2&q=usul");
        assertThat(first.select("a[rel=prev]")).isEmpty();

        Document second = page(given().redirects().follow(false), path + "?halaman=2&q=usul");
        assertThat(second.select("article.comment")).hasSize(3);
        assertThat(second.selectFirst("a[rel=prev]").attr("href")).isEqualTo(path + "?halaman=1&q=usul");
        assertThat(second.select("a[rel=next]")).isEmpty();

        Document ampersand = page(given().redirects().follow(false).queryParam("q", "Saran & usul 2"), path);
        assertThat(ampersand.select("article.comment p.text").eachText()).contains("Saran & usul 2", "Saran & usul 20");
    }

    @Test
    void badPageNumbersAndYearsGetAFriendlyPage() {
        for (String path : List.of(
                "/dasbor/kuesioner/" + questionnaireId + "/komentar?halaman=abc",
                "/dasbor/kuesioner/" + questionnaireId + "/komentar?halaman=0",
                "/dasbor?tahun=dua",
                "/dasbor/kuesioner/" + questionnaireId + "/komentar?q=" + "x".repeat(201))) {
            Response response = given().redirects().follow(false).get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(400);
            assertThat(response.contentType()).as(path).startsWith("text/html");
            Document doc = html(response);
            assertCommonLayout(doc);
            assertThat(doc.selectFirst("[role=alert]").text()).as(path).isNotBlank();
        }
    }

    @Test
    void anonymousVisitorsAreSentToTheLoginPage() {
        for (String path : List.of(
                "/dasbor",
                "/dasbor/program/" + program,
                "/dasbor/kuesioner/" + questionnaireId,
                "/dasbor/kuesioner/" + questionnaireId + "/komentar")) {
            Response response = given().auth().none().redirects().follow(false).get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(303);
            assertThat(response.header("Location")).as(path).endsWith("/masuk");
        }
    }

    @Test
    void anOwnerOfAnotherProgramFindsNothing() {
        Staff.Login stranger = Staff.owner("63.71", otherProgram);
        for (String path : List.of(
                "/dasbor/program/" + program,
                "/dasbor/kuesioner/" + questionnaireId,
                "/dasbor/kuesioner/" + questionnaireId + "/komentar")) {
            Response response = as(stranger).get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.contentType()).as(path).startsWith("text/html");
            assertThat(response.asString()).doesNotContain("Si Mantab");
        }
        assertThat(page(as(stranger), "/dasbor").text()).doesNotContain("Si Mantab");
    }

    @Test
    void anEvaluatorReadsScoresButNotComments() {
        answer();
        Staff.Login evaluator = Staff.evaluator();
        Document doc = page(as(evaluator), "/dasbor/kuesioner/" + questionnaireId);
        assertThat(doc.selectFirst("#ikm").text()).isEqualTo("79,17");
        assertThat(doc.select("a[href$=/komentar]")).isEmpty();

        Response comments = as(evaluator).get("/dasbor/kuesioner/" + questionnaireId + "/komentar");
        assertThat(comments.statusCode()).isEqualTo(403);
        assertThat(comments.asString()).doesNotContain("Antrian");
        assertThat(page(as(evaluator), "/dasbor").select("article.program h4").eachText())
                .contains("Si Mantab");
    }

    @Test
    void aRegionAdminSeesCommentsOfTheirRegionOnly() {
        answer();
        assertThat(as(Staff.regionAdmin("63.71"))
                        .get("/dasbor/kuesioner/" + questionnaireId + "/komentar")
                        .statusCode())
                .isEqualTo(200);
        Api.createRegion("63.72");
        assertThat(as(Staff.regionAdmin("63.72"))
                        .get("/dasbor/kuesioner/" + questionnaireId + "/komentar")
                        .statusCode())
                .isEqualTo(404);
    }
}
