package id.suarawarga.insight;

import static id.suarawarga.support.Api.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import id.suarawarga.common.problem.ProblemException;
import id.suarawarga.questionnaire.QuestionnaireService;
import id.suarawarga.questionnaire.QuestionnaireView;
import id.suarawarga.score.ScoreService;
import id.suarawarga.score.ScoreView;
import id.suarawarga.support.Api;
import id.suarawarga.support.Database;
import id.suarawarga.support.Surveys;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The dashboard's numbers for small fixtures whose right answers are worked out by hand. */
@QuarkusTest
class InsightServicesTest {

    @Inject
    Database database;

    @Inject
    QuestionnaireService questionnaires;

    @Inject
    ScoreService scores;

    @Inject
    TrendService trends;

    @Inject
    DistributionService distributions;

    @Inject
    ProfileBreakdownService profiles;

    @Inject
    FlaggedSummaryService flagged;

    @Inject
    CommentService comments;

    @Inject
    InsightService insights;

    long questionnaireId;
    int submitted;

    @BeforeEach
    void publish() {
        questionnaireId = Surveys.publishedSkm();
    }

    @AfterEach
    void wipe() {
        database.wipe();
    }

    /** An SKM response: every element answered {@code element}, the given age band and optional sex and suggestion. */
    static Map<String, Object> skm(int element, String age, String sex, String suggestion) {
        Map<String, Object> answers = new HashMap<>();
        answers.put("USIA", age);
        for (int i = 1; i <= 9; i++) {
            answers.put("U" + i, element);
        }
        if (sex != null) {
            answers.put("JENIS_KELAMIN", sex);
        }
        if (suggestion != null) {
            answers.put("SARAN", suggestion);
        }
        return answers;
    }

    /** Submits through the public API; returns the response's public id. */
    String submit(String slug, String device, Map<String, Object> answers) {
        var request = json().header("Idempotency-Key", "k-" + submitted++);
        if (device != null) {
            request.header("X-Device-Id", device);
        }
        return request.body(Map.of("answers", answers))
                .post("/api/v1/public/questionnaires/" + slug + "/responses")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getString("id");
    }

    String submit(Map<String, Object> answers) {
        return submit("si-mantab", "phone-" + submitted, answers);
    }

    void submittedAt(String publicId, String instant) {
        database.execute(
                "update survey_response set submitted_at = '" + instant + "' where public_id = '" + publicId + "'");
    }

    QuestionnaireView questionnaire() {
        return questionnaires.get(questionnaireId);
    }

    @Test
    void weeklyTrendCountsResponsesPerIsoWeekInWibAndScoresEachWeek() {
        // week of Monday 1 July 2024: three responses, all 3 → IKM konversi 75
        submittedAt(submit(skm(3, "25_34", null, null)), "2024-07-01T01:00:00Z");
        submittedAt(submit(skm(3, "25_34", null, null)), "2024-07-03T08:00:00Z");
        // Sunday 7 July 16:59 UTC is still Sunday 23:59 in Jakarta: the same week
        submittedAt(submit(skm(3, "25_34", null, null)), "2024-07-07T16:59:00Z");
        // Sunday 7 July 17:00 UTC is Monday 8 July 00:00 WIB: the next week, alone, all 4 → 100
        submittedAt(submit(skm(4, "25_34", null, null)), "2024-07-07T17:00:00Z");
        // nothing in the week of 15 July; two in the week of 22 July, one 4 and one 2 → IKM 3 → 75
        submittedAt(submit(skm(4, "25_34", null, null)), "2024-07-22T03:00:00Z");
        submittedAt(submit(skm(2, "25_34", null, null)), "2024-07-28T10:00:00Z");

        WeeklyTrendView trend = trends.weekly(questionnaire(), false);

        assertThat(trend.timeZone()).isEqualTo("Asia/Jakarta");
        assertThat(trend.weeks())
                .extracting(WeeklyTrendView.Week::isoWeek)
                .containsExactly("2024-W27", "2024-W28", "2024-W29", "2024-W30");
        assertThat(trend.weeks())
                .extracting(WeeklyTrendView.Week::monday)
                .containsExactly(
                        LocalDate.of(2024, 7, 1),
                        LocalDate.of(2024, 7, 8),
                        LocalDate.of(2024, 7, 15),
                        LocalDate.of(2024, 7, 22));
        assertThat(trend.weeks()).extracting(w -> w.figures().responses()).containsExactly(3L, 1L, 0L, 2L);
        assertThat(trend.weeks()).extracting(w -> w.figures().ikmKonversi()).containsExactly(75.0, 100.0, null, 75.0);
        assertThat(trend.weeks().get(0).figures().category()).isEqualTo("C");
        assertThat(trend.weeks().get(1).figures().category()).isEqualTo("A");
        assertThat(trend.responses()).isEqualTo(6);
    }

    @Test
    void weeklyTrendIsEmptyWithoutResponses() {
        assertThat(trends.weekly(questionnaire(), false).weeks()).isEmpty();
    }

    @Test
    void sinceLastMonthComparesTheLastThirtyDaysWithTheThirtyBefore() {
        java.time.Instant now = java.time.Instant.now();
        submittedAt(
                submit(skm(4, "25_34", null, null)),
                now.minus(java.time.Duration.ofDays(2)).toString());
        submittedAt(
                submit(skm(2, "25_34", null, null)),
                now.minus(java.time.Duration.ofDays(40)).toString());
        submittedAt(
                submit(skm(1, "25_34", null, null)),
                now.minus(java.time.Duration.ofDays(90)).toString());

        PeriodChangeView change = trends.sinceLastMonth(questionnaire(), false);

        assertThat(change.current().responses()).isEqualTo(1);
        assertThat(change.current().ikmKonversi()).isEqualTo(100.0);
        assertThat(change.previous().responses()).isEqualTo(1);
        assertThat(change.previous().ikmKonversi()).isEqualTo(50.0);
        assertThat(change.ikmChange()).isEqualTo(50.0);
    }

    @Test
    void distributionsCountEachOptionAndAgreeWithTheScoreAggregates() {
        submit(skm(3, "25_34", "P", null));
        submit(skm(3, "25_34", "L", null));
        submit(skm(4, "35_44", "P", null));
        Map<String, Object> mixed = skm(2, "18_24", null, null);
        mixed.put("U3", 1);
        submit(mixed);
        // a flagged duplicate (same phone again) is left out, as in the scores
        submit("si-mantab", "phone-0", skm(1, "25_34", "P", null));

        Map<String, DistributionView> byCode = new HashMap<>();
        distributions.distributions(questionnaire(), false).forEach(d -> byCode.put(d.code(), d));

        // profile questions are counted only by the profile breakdowns, which hide small groups
        assertThat(byCode).doesNotContainKeys("USIA", "JENIS_KELAMIN", "PENDIDIKAN", "PEKERJAAN");
        DistributionView u1 = byCode.get("U1");
        assertThat(u1.answered()).isEqualTo(4);
        assertThat(u1.share(u1.options().get(2))).isCloseTo(2.0 / 4, within(1e-12));
        DistributionView u3 = byCode.get("U3");
        assertThat(u3.options()).extracting(DistributionView.OptionCount::count).containsExactly(1L, 0L, 2L, 1L);
        assertThat(byCode).doesNotContainKeys("SARAN", "LAYANAN");

        ScoreView score = scores.questionnaire(questionnaireId, false);
        for (ScoreView.Question question : score.questions()) {
            assertThat(byCode.get(question.code()).options())
                    .extracting(DistributionView.OptionCount::count)
                    .as(question.code())
                    .containsExactlyElementsOf(question.distribution());
        }
        DistributionView withFlagged = distributions.distributions(questionnaire(), true).stream()
                .filter(d -> d.code().equals("U3"))
                .findFirst()
                .orElseThrow();
        assertThat(withFlagged.options())
                .extracting(DistributionView.OptionCount::count)
                .containsExactly(2L, 0L, 2L, 1L);
    }

    @Test
    void distributionsOfAMultipleChoiceCountEveryValueChosen() {
        long program = Api.createProgram("63.71", "Portal Pendidikan");
        long id = json().body(Api.questionnaire(
                        program,
                        List.of(
                                Api.likert("MANFAAT", "BENEFIT"),
                                Map.of(
                                        "code",
                                        "SALURAN",
                                        "type",
                                        "MULTI_CHOICE",
                                        "required",
                                        false,
                                        "text",
                                        Map.of("id", "Dari mana Saudara tahu?"),
                                        "options",
                                        List.of(
                                                option("WA", "WhatsApp"),
                                                option("WEB", "Situs web"),
                                                option("LOKET", "Loket"))))))
                .post("/api/v1/questionnaires")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        Api.publish(id);
        submit("portal-pendidikan", "a", Map.of("MANFAAT", 4, "SALURAN", List.of("WA", "WEB")));
        submit("portal-pendidikan", "b", Map.of("MANFAAT", 3, "SALURAN", List.of("WA")));
        submit("portal-pendidikan", "c", Map.of("MANFAAT", 3));

        DistributionView channels = distributions.distributions(questionnaires.get(id), false).stream()
                .filter(d -> d.code().equals("SALURAN"))
                .findFirst()
                .orElseThrow();

        assertThat(channels.answered()).isEqualTo(2);
        assertThat(channels.options())
                .extracting(DistributionView.OptionCount::count)
                .containsExactly(2L, 1L, 0L);
        assertThat(channels.options())
                .extracting(DistributionView.OptionCount::label)
                .containsExactly("WhatsApp", "Situs web", "Loket");
    }

    static Map<String, Object> option(String value, String label) {
        return Map.of("value", value, "label", Map.of("id", label));
    }

    @Test
    void profileBreakdownsHideEveryCellWithFewerThanFiveRespondents() {
        // 25–34: six respondents, four answer 3 and two answer 4 → IKM (4·3 + 2·4)/6 = 10/3 → konversi 83.33
        for (int i = 0; i < 4; i++) {
            submit(skm(3, "25_34", "P", null));
        }
        submit(skm(4, "25_34", "P", null));
        submit(skm(4, "25_34", "L", null));
        // 35–44: four respondents → hidden, count and score; 45–54: one, who skipped the optional sex question
        for (int i = 0; i < 4; i++) {
            submit(skm(1, "35_44", "L", null));
        }
        submit(skm(2, "45_54", null, null));

        Map<String, ProfileBreakdownView> byCode = new HashMap<>();
        profiles.breakdowns(questionnaire(), false).forEach(p -> byCode.put(p.code(), p));

        assertThat(byCode).containsOnlyKeys("USIA", "JENIS_KELAMIN", "PENDIDIKAN", "PEKERJAAN");
        Map<String, ProfileBreakdownView.Cell> age = cells(byCode.get("USIA"));
        assertThat(age).doesNotContainKey("U17").doesNotContainKey(null); // age is required: no "not answered"
        // the hidden 4 + 1 hold 5: n (11) − 6 names no single group, so 25–34 may be shown
        assertThat(age.get("25_34").suppressed()).isFalse();
        assertThat(age.get("25_34").respondents()).isEqualTo(6);
        assertThat(age.get("25_34").ikmKonversi()).isCloseTo(250.0 / 3, within(1e-9));
        assertThat(age.get("25_34").category()).isEqualTo("B");
        assertThat(age.get("35_44").suppressed()).isTrue();
        assertThat(age.get("35_44").respondents()).isNull();
        assertThat(age.get("35_44").ikmKonversi()).isNull();
        assertThat(age.get("35_44").category()).isNull();
        assertThat(age.get("18_24").suppressed()).isTrue();
        assertThat(age.get("45_54").suppressed()).isTrue();

        // sex: 5 women, 5 men, nobody declined, one skipped: the hidden cells (0 and 1) hold 1, so n − 10 would
        // single out the one who skipped; the smallest shown cell, first in the list of equals (men), is hidden too
        Map<String, ProfileBreakdownView.Cell> sex = cells(byCode.get("JENIS_KELAMIN"));
        assertThat(sex.get("L").suppressed()).isTrue();
        assertThat(sex.get("L").respondents()).isNull();
        assertThat(sex.get("P").respondents()).isEqualTo(5); // exactly five: shown
        assertThat(sex.get("P").ikmKonversi()).isCloseTo((4 * 75.0 + 100) / 5, within(1e-9));
        assertThat(sex.get("TIDAK_MENJAWAB").suppressed()).isTrue();
        assertThat(sex.get(null).label()).isEqualTo("Tidak diisi");
        assertThat(sex.get(null).suppressed()).isTrue();
        assertThat(byCode.get("PENDIDIKAN").cells()).allMatch(ProfileBreakdownView.Cell::suppressed);
    }

    static Map<String, ProfileBreakdownView.Cell> cells(ProfileBreakdownView breakdown) {
        Map<String, ProfileBreakdownView.Cell> cells = new HashMap<>();
        breakdown.cells().forEach(c -> cells.put(c.value(), c));
        return cells;
    }

    @Test
    void thePageReadsEveryGroupingInOnePassWithTheSameNumbersAsEachServiceAlone() {
        for (int i = 0; i < 6; i++) {
            submittedAt(
                    submit(skm(1 + i % 4, i < 5 ? "25_34" : "45_54", i % 2 == 0 ? "P" : "L", null)),
                    java.time.Instant.now()
                            .minus(java.time.Duration.ofDays(3L * i))
                            .toString());
        }
        submittedAt(submit(skm(2, "35_44", "L", null)), "2024-07-01T01:00:00Z");
        submit("si-mantab", "phone-0", skm(1, "25_34", "P", null)); // flagged: left out everywhere

        QuestionnaireInsightView page = insights.questionnaire(questionnaireId);

        assertThat(page.trend()).isEqualTo(trends.weekly(questionnaire(), false));
        assertThat(page.profiles()).isEqualTo(profiles.breakdowns(questionnaire(), false));
        assertThat(page.change().current())
                .isEqualTo(trends.sinceLastMonth(questionnaire(), false).current());
        assertThat(page.change().current().responses()).isEqualTo(6);
        assertThat(page.trend().responses()).isEqualTo(7);
        // 25–34 has 5, but the other groups hold only 2 together (n = 7): it is hidden with them
        assertThat(cells(page.profiles().get(0)).get("25_34").suppressed()).isTrue();
        assertThat(page.flagged().flagged()).isEqualTo(1);
    }

    @Test
    void flaggedSummaryCountsReasonsAndItsEffectEqualsTheScoreServiceWithAndWithout() {
        for (int i = 0; i < 5; i++) {
            submit(skm(4, "25_34", null, null));
        }
        // the same phones again: stored, flagged DUPLICATE_DEVICE, all answers 1
        submit("si-mantab", "phone-0", skm(1, "25_34", null, null));
        submit("si-mantab", "phone-1", skm(1, "25_34", null, null));

        FlaggedSummaryView summary = flagged.summary(questionnaire());

        assertThat(summary.flagged()).isEqualTo(2);
        assertThat(summary.reasons())
                .containsExactly(
                        new FlaggedSummaryView.ReasonCount("HONEYPOT", 0),
                        new FlaggedSummaryView.ReasonCount("TOO_FAST", 0),
                        new FlaggedSummaryView.ReasonCount("DUPLICATE_DEVICE", 2),
                        new FlaggedSummaryView.ReasonCount("RATE_LIMIT", 0));
        ScoreView without = scores.questionnaire(questionnaireId, false);
        ScoreView with = scores.questionnaire(questionnaireId, true);
        assertThat(summary.without().responses()).isEqualTo(without.responses()).isEqualTo(5);
        assertThat(summary.with().responses()).isEqualTo(with.responses()).isEqualTo(7);
        assertThat(summary.without().ikmKonversi())
                .isEqualTo(without.ikm().konversi())
                .isEqualTo(100.0);
        assertThat(summary.with().ikmKonversi()).isEqualTo(with.ikm().konversi());
        assertThat(summary.with().ikmKonversi()).isCloseTo((5 * 100.0 + 2 * 25) / 7, within(1e-9));
        assertThat(summary.ikmEffect())
                .isCloseTo(with.ikm().konversi() - without.ikm().konversi(), within(1e-12));
    }

    @Test
    void commentsAreSearchedCaseInsensitivelyWithPercentAndUnderscoreTakenLiterally() {
        submittedAt(submit(skm(3, "25_34", null, "Antrian 100% lama")), "2024-07-01T01:00:00Z");
        submittedAt(submit(skm(3, "25_34", null, "Diskon 100 persen")), "2024-07-02T01:00:00Z");
        submittedAt(submit(skm(3, "25_34", null, "Petugas_ramah")), "2024-07-03T01:00:00Z");
        submittedAt(submit(skm(3, "25_34", null, "petugas ramah sekali")), "2024-07-04T01:00:00Z");
        submittedAt(submit(skm(3, "25_34", null, "ANTRIAN panjang")), "2024-07-05T01:00:00Z");
        submittedAt(submit(skm(3, "25_34", null, "   ")), "2024-07-06T01:00:00Z");
        submittedAt(submit(skm(3, "25_34", null, "Jalan\\pintas")), "2024-07-07T01:00:00Z");
        submittedAt(submit(skm(3, "25_34", null, null)), "2024-07-08T01:00:00Z");

        assertThat(texts(null))
                .containsExactly(
                        "Jalan\\pintas",
                        "ANTRIAN panjang",
                        "petugas ramah sekali",
                        "Petugas_ramah",
                        "Diskon 100 persen",
                        "Antrian 100% lama");
        assertThat(texts("antrian")).containsExactly("ANTRIAN panjang", "Antrian 100% lama");
        assertThat(texts("100%")).containsExactly("Antrian 100% lama");
        assertThat(texts("%")).containsExactly("Antrian 100% lama");
        assertThat(texts("s_r")).containsExactly("Petugas_ramah");
        assertThat(texts("_")).containsExactly("Petugas_ramah");
        assertThat(texts("\\")).containsExactly("Jalan\\pintas");
        assertThat(texts("  PETUGAS ")).containsExactly("petugas ramah sekali", "Petugas_ramah");
        assertThat(texts("tidak ada")).isEmpty();
        CommentView first =
                comments.comments(questionnaire(), null, 1, false).comments().get(0);
        assertThat(first.questionCode()).isEqualTo("SARAN");
        assertThat(first.submittedAt()).isEqualTo(java.time.Instant.parse("2024-07-07T01:00:00Z"));
    }

    List<String> texts(String query) {
        return comments.comments(questionnaire(), query, 1, false).comments().stream()
                .map(CommentView::text)
                .toList();
    }

    @Test
    void commentsArePagedNewestFirstTwentyAPage() {
        for (int i = 0; i < 25; i++) {
            String id = submit(skm(3, "25_34", null, "Saran nomor " + i));
            submittedAt(
                    id,
                    java.time.Instant.parse("2024-07-01T00:00:00Z")
                            .plusSeconds(3600L * i)
                            .toString());
        }
        CommentPageView first = comments.comments(questionnaire(), "saran", 1, false);
        CommentPageView second = comments.comments(questionnaire(), "saran", 2, false);
        CommentPageView beyond = comments.comments(questionnaire(), "saran", 3, false);

        assertThat(first.total()).isEqualTo(25);
        assertThat(first.totalPages()).isEqualTo(2);
        assertThat(first.comments()).hasSize(20);
        assertThat(first.comments().get(0).text()).isEqualTo("Saran nomor 24");
        assertThat(first.comments().get(19).text()).isEqualTo("Saran nomor 5");
        assertThat(first.hasNext()).isTrue();
        assertThat(first.hasPrevious()).isFalse();
        assertThat(second.comments())
                .extracting(CommentView::text)
                .containsExactly("Saran nomor 4", "Saran nomor 3", "Saran nomor 2", "Saran nomor 1", "Saran nomor 0");
        assertThat(second.hasNext()).isFalse();
        assertThat(beyond.comments()).isEmpty();
    }

    @Test
    void flaggedCommentsAreLeftOutUnlessAskedFor() {
        submit(skm(3, "25_34", null, "asli"));
        submit("si-mantab", "phone-0", skm(3, "25_34", null, "kedua kali"));

        assertThat(comments.comments(questionnaire(), null, 1, false).comments())
                .extracting(CommentView::text)
                .containsExactly("asli");
        assertThat(comments.comments(questionnaire(), null, 1, true).comments())
                .extracting(CommentView::flagged)
                .containsExactly(true, false);
    }

    @Test
    void commentSearchRefusesAnOverlongQueryAndAPageBelowOne() {
        assertThatThrownBy(() -> comments.comments(questionnaire(), "x".repeat(201), 1, false))
                .isInstanceOf(ProblemException.class)
                .satisfies(
                        e -> assertThat(((ProblemException) e).errors().get(0).detail())
                                .contains("200"));
        assertThatThrownBy(() -> comments.comments(questionnaire(), null, 0, false))
                .isInstanceOf(ProblemException.class);
    }

    @Test
    void likePatternsEscapeTheirWildcards() {
        assertThat(CommentService.escapeLike("100%_a\\b")).isEqualTo("100\\%\\_a\\\\b");
    }
}
