package id.suarawarga.score.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import id.suarawarga.questionnaire.QuestionTag;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A questionnaire's scores: the hand-worked IKM, element categories, lowest elements, benefit score, index. */
class ScoreEngineTest {

    private static final OptionalLong UNKNOWN = OptionalLong.empty();

    /** Twelve respondents × the nine SKM elements U1..U9; 0 = skipped (respondent 5 skipped U9, respondent 9 U6). */
    private static final int[][] ANSWERS = {
        {3, 3, 4, 4, 3, 3, 4, 3, 2},
        {3, 2, 3, 4, 3, 3, 3, 3, 2},
        {4, 3, 3, 4, 3, 4, 4, 3, 3},
        {3, 3, 2, 4, 3, 3, 3, 2, 2},
        {3, 3, 3, 3, 3, 3, 4, 3, 0},
        {2, 2, 2, 4, 2, 3, 3, 2, 1},
        {4, 4, 3, 4, 4, 4, 4, 4, 3},
        {3, 3, 3, 4, 3, 3, 3, 3, 2},
        {3, 2, 3, 3, 3, 0, 3, 3, 2},
        {4, 3, 4, 4, 3, 4, 4, 3, 3},
        {3, 3, 3, 4, 3, 3, 3, 3, 2},
        {3, 3, 3, 3, 3, 3, 3, 3, 3}
    };

    private static final QuestionTag[] ELEMENTS = {
        QuestionTag.U1,
        QuestionTag.U2,
        QuestionTag.U3,
        QuestionTag.U4,
        QuestionTag.U5,
        QuestionTag.U6,
        QuestionTag.U7,
        QuestionTag.U8,
        QuestionTag.U9
    };

    private final ScoreEngine engine = new ScoreEngine();

    @Test
    void ikmOfTheHandWorkedExampleFollowsTheRegulationsFormula() {
        // DOMAIN.md, straight from the raw matrix: NRR_i = sum of scores for element i / respondents who answered
        // it; IKM = Σ NRR_i × 1/9; konversi = IKM × 25.
        double ikm = 0;
        for (int element = 0; element < 9; element++) {
            double sum = 0;
            int answered = 0;
            for (int[] respondent : ANSWERS) {
                if (respondent[element] > 0) {
                    sum += respondent[element];
                    answered++;
                }
            }
            ikm += sum / answered * (1.0 / 9);
        }
        // By hand: (38 + 34 + 36 + 45 + 36 + 41 + 35)/12 + (36 + 25)/11 = 265/12 + 61/11 = 27.628788; / 9.
        assertThat(ikm).isCloseTo(3.0699, within(0.00005));

        Ikm score = engine.score(stats(ANSWERS), UNKNOWN).ikm().orElseThrow();

        assertThat(score.value()).isCloseTo(ikm, within(0.00005));
        assertThat(score.value()).isCloseTo(ikm, within(1e-12));
        assertThat(score.konversi()).isCloseTo(ikm * 25, within(1e-10)).isCloseTo(76.7466, within(0.00005));
        assertThat(score.elements()).isEqualTo(9);
        assertThat(score.category()).isEqualTo(SkmCategory.B);
        // The rounded weight 0.11 would give 75.98, category C: the exact 1/9 matters.
        double withRoundedWeights = ikm * 9 * 0.11 * 25;
        assertThat(SkmCategory.ofKonversi(withRoundedWeights)).isEqualTo(SkmCategory.C);
        assertThat(score.konversi() - withRoundedWeights).isGreaterThan(0.7);
    }

    @Test
    void ikmIntervalComesFromEachRespondentsOwnMean() {
        // DOMAIN.md: each respondent's mean over the elements they answered, then the t-interval of those means,
        // × 25. With 12 respondents, t(0.975, 11) = 2.200985 (printed tables: 2.201).
        double[] means = Arrays.stream(ANSWERS)
                .mapToDouble(
                        row -> Arrays.stream(row).filter(a -> a > 0).average().orElseThrow())
                .toArray();
        double mean = Arrays.stream(means).average().orElseThrow();
        double s =
                Math.sqrt(Arrays.stream(means).map(m -> (m - mean) * (m - mean)).sum() / (means.length - 1));
        double halfWidth = 2.200985 * s / Math.sqrt(means.length);

        Ikm score = engine.score(stats(ANSWERS), UNKNOWN).ikm().orElseThrow();

        assertThat(score.n()).isEqualTo(12);
        assertThat(score.provisional()).isTrue();
        assertThat(score.respondentMeans().mean().orElseThrow()).isCloseTo(mean, within(1e-12));
        ConfidenceInterval konversi = score.konversiInterval().orElseThrow();
        assertThat(konversi.low()).isCloseTo(25 * (mean - halfWidth), within(1e-4));
        assertThat(konversi.high()).isCloseTo(25 * (mean + halfWidth), within(1e-4));
        assertThat(score.interval().orElseThrow().low() * 25).isCloseTo(konversi.low(), within(1e-12));
    }

    @Test
    void elementsCarryTheirNrrAndCategoryInCodeOrder() {
        List<ElementScore> elements = engine.score(stats(ANSWERS), UNKNOWN).elements();

        assertThat(elements).extracting(ElementScore::element).containsExactly(ELEMENTS);
        ElementScore u6 = elements.get(5);
        assertThat(u6.n()).isEqualTo(11);
        assertThat(u6.nrr()).isEqualTo(36.0 / 11);
        assertThat(u6.konversi()).isCloseTo(36.0 / 11 * 25, within(1e-12));
        // NRR × 25: U4 93.75 A, U1 79.17 B, U2 70.83 C, U9 56.82 D.
        assertThat(elements.get(3).category()).isEqualTo(SkmCategory.A);
        assertThat(elements.get(0).category()).isEqualTo(SkmCategory.B);
        assertThat(elements.get(1).category()).isEqualTo(SkmCategory.C);
        assertThat(elements.get(8).category()).isEqualTo(SkmCategory.D);
    }

    @Test
    void lowestElementsComeFirstWithTiesInCodeOrder() {
        QuestionnaireScore score = engine.score(stats(ANSWERS), UNKNOWN);
        // U9 25/11, U2 34/12, U8 35/12, then U3 and U5 both 36/12.
        assertThat(score.lowestElements(5))
                .extracting(ElementScore::element)
                .containsExactly(QuestionTag.U9, QuestionTag.U2, QuestionTag.U8, QuestionTag.U3, QuestionTag.U5);
        assertThat(score.lowestElements(0)).isEmpty();
        assertThat(score.lowestElements(20)).hasSize(9);

        // Ties are ordered by code even when the elements arrive in another order.
        ElementScore u7 = new ElementScore(QuestionTag.U7, "A", 10, 3.0, 75, SkmCategory.C);
        ElementScore u2 = new ElementScore(QuestionTag.U2, "B", 10, 3.0, 75, SkmCategory.C);
        ElementScore u5 = new ElementScore(QuestionTag.U5, "C", 10, 2.5, 62.5, SkmCategory.D);
        QuestionnaireScore unordered =
                new QuestionnaireScore(List.of(), List.of(u7, u2, u5), Optional.empty(), Optional.empty());
        assertThat(unordered.lowestElements(3)).containsExactly(u5, u2, u7);
    }

    @ParameterizedTest(name = "{1} of {0} → konversi {2} → {3}")
    @CsvSource({
        // n answers summing to sum: NRR = sum/n, konversi = 25·sum/n, exactly the boundary values.
        "5000, 12998, 64.99,  D",
        "5,    13,    65.00,  C",
        "125,  383,   76.60,  C",
        "2500, 7661,  76.61,  B",
        "250,  883,   88.30,  B",
        "5000, 17661, 88.305, A",
        "2500, 8831,  88.31,  A"
    })
    void categoryBoundariesHoldForComputedScores(long n, long sum, double konversi, SkmCategory category) {
        QuestionnaireScore score = engine.score(singleElement(n, sum), UNKNOWN);
        assertThat(score.elements().get(0).konversi()).isEqualTo(konversi);
        assertThat(score.elements().get(0).category()).isEqualTo(category);
        assertThat(score.ikm().orElseThrow().konversi()).isEqualTo(konversi);
        assertThat(score.ikm().orElseThrow().category()).isEqualTo(category);
    }

    @Test
    void weightsAreOneOverTheElementsAnswered() {
        // Only U1 (all 4) and U2 (all 2) answered, U3 asked but unanswered: IKM = (4 + 2)/2 = 3, not /3 or /9.
        QuestionnaireStats stats = new QuestionnaireStats(
                List.of(
                        new QuestionnaireStats.Question(
                                "U1", QuestionTag.U1, QuestionStats.ofAnswers(LikertScale.FOUR_POINT, 4, 4)),
                        new QuestionnaireStats.Question(
                                "U2", QuestionTag.U2, QuestionStats.ofAnswers(LikertScale.FOUR_POINT, 2, 2)),
                        new QuestionnaireStats.Question(
                                "U3", QuestionTag.U3, QuestionStats.empty(LikertScale.FOUR_POINT))),
                RespondentMeanStats.ofMeans(3, 3),
                RespondentMeanStats.empty());
        QuestionnaireScore score = engine.score(stats, UNKNOWN);
        assertThat(score.ikm().orElseThrow().value()).isEqualTo(3.0);
        assertThat(score.ikm().orElseThrow().elements()).isEqualTo(2);
        assertThat(score.elements()).hasSize(2);
        assertThat(score.questions()).hasSize(3);
    }

    @Test
    void benefitScoreIsTheEquallyWeightedMeanOfImpactNrrsOnOneToFour() {
        int[] benefit = {4, 3, 4, 4, 3, 2}; // 4-point, NRR 20/6
        int[] access = {5, 4, 3, 5, 4, 4, 5}; // 5-point, NRR on 1–4: 1 + (30/7 − 1)·3/4
        int[] recommendation = {3, 3, 4, 2, 4, 4}; // 4-point, NRR 20/6
        double expected = (Arrays.stream(benefit).average().orElseThrow()
                        + LikertScale.FIVE_POINT.toFourPointBasis(
                                Arrays.stream(access).average().orElseThrow())
                        + Arrays.stream(recommendation).average().orElseThrow())
                / 3;
        // Respondent means over the impact questions each answered, on the 1–4 basis (7 respondents).
        RespondentMeanStats respondents = RespondentMeanStats.empty();
        for (int r = 0; r < 7; r++) {
            List<Double> answers = new ArrayList<>();
            if (r < 6) {
                answers.add((double) benefit[r]);
                answers.add((double) recommendation[r]);
            }
            answers.add(LikertScale.FIVE_POINT.toFourPointBasis(access[r]));
            respondents = respondents.addRespondent(
                    answers.stream().mapToDouble(Double::doubleValue).toArray());
        }
        QuestionnaireStats stats = new QuestionnaireStats(
                List.of(
                        question("MANFAAT", QuestionTag.BENEFIT, LikertScale.FOUR_POINT, benefit),
                        question("AKSES", QuestionTag.ACCESS, LikertScale.FIVE_POINT, access),
                        question("REKOMENDASI", QuestionTag.RECOMMENDATION, LikertScale.FOUR_POINT, recommendation),
                        new QuestionnaireStats.Question(
                                "CATATAN", null, QuestionStats.ofAnswers(LikertScale.FOUR_POINT, 1, 1))),
                RespondentMeanStats.empty(),
                respondents);

        QuestionnaireScore score = engine.score(stats, UNKNOWN);

        BenefitScore result = score.benefit().orElseThrow();
        assertThat(result.value()).isCloseTo(expected, within(1e-12));
        assertThat(result.questions()).isEqualTo(3);
        assertThat(result.n()).isEqualTo(7);
        assertThat(result.interval()).isPresent();
        assertThat(result.index().value()).isCloseTo(expected, within(1e-12));
        assertThat(score.ikm()).isEmpty();
        assertThat(score.questions()).hasSize(4);
    }

    @Test
    void scoresGoOntoTheConfiguredIndexScale() {
        ScoreEngine percent = new ScoreEngine(new IndexScale(0, 100));
        Ikm ikm = percent.score(stats(ANSWERS), UNKNOWN).ikm().orElseThrow();
        // 1 ↦ 0, 4 ↦ 100: (IKM − 1)/3 × 100.
        assertThat(ikm.index().value()).isCloseTo((ikm.value() - 1) / 3 * 100, within(1e-9));
        assertThat(ikm.index().interval().orElseThrow().low())
                .isCloseTo((ikm.interval().orElseThrow().low() - 1) / 3 * 100, within(1e-9));
        assertThat(ikm.index().scale()).isEqualTo(new IndexScale(0, 100));
        assertThat(engine.score(stats(ANSWERS), UNKNOWN)
                        .ikm()
                        .orElseThrow()
                        .index()
                        .value())
                .isEqualTo(ikm.value());
    }

    @Test
    void knownPopulationNarrowsTheIkmInterval() {
        double open = engine.score(stats(ANSWERS), UNKNOWN)
                .ikm()
                .orElseThrow()
                .interval()
                .orElseThrow()
                .width();
        double finite = engine.score(stats(ANSWERS), OptionalLong.of(20))
                .ikm()
                .orElseThrow()
                .interval()
                .orElseThrow()
                .width();
        assertThat(finite).isCloseTo(open * Math.sqrt(8.0 / 19), within(1e-12));
        assertThat(engine.score(stats(ANSWERS), OptionalLong.of(12))
                        .ikm()
                        .orElseThrow()
                        .interval()
                        .orElseThrow()
                        .width())
                .isZero();
    }

    @Test
    void emptyAndSingleRespondentQuestionnairesDoNotThrow() {
        QuestionnaireScore none = engine.score(stats(new int[0][]), UNKNOWN);
        assertThat(none.ikm()).isEmpty();
        assertThat(none.benefit()).isEmpty();
        assertThat(none.elements()).isEmpty();
        assertThat(none.questions()).allSatisfy(q -> assertThat(q.nrr()).isEmpty());

        Ikm one = engine.score(stats(new int[][] {ANSWERS[0]}), UNKNOWN).ikm().orElseThrow();
        assertThat(one.value()).isCloseTo(29.0 / 9, within(1e-12));
        assertThat(one.n()).isEqualTo(1);
        assertThat(one.interval()).isEmpty();
        assertThat(one.konversiInterval()).isEmpty();
        assertThat(one.index().interval()).isEmpty();
        assertThat(one.provisional()).isTrue();
    }

    @Test
    void rejectsRespondentCountsThatCannotMatchTheAnswers() {
        QuestionnaireStats wrong = new QuestionnaireStats(
                stats(ANSWERS).questions(), RespondentMeanStats.ofMeans(3, 3), RespondentMeanStats.empty());
        assertThatThrownBy(() -> engine.score(wrong, UNKNOWN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("respondent count 2");
        assertThatThrownBy(() -> new QuestionnaireStats(
                        List.of(
                                question("A", QuestionTag.U1, LikertScale.FOUR_POINT, 3),
                                question("B", QuestionTag.U1, LikertScale.FOUR_POINT, 4)),
                        RespondentMeanStats.empty(),
                        RespondentMeanStats.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("twice");
    }

    /** The sufficient statistics of an answer matrix, as running aggregates would hold them. */
    private static QuestionnaireStats stats(int[][] answers) {
        List<QuestionnaireStats.Question> questions = new ArrayList<>();
        for (int element = 0; element < 9; element++) {
            QuestionStats stats = QuestionStats.empty(LikertScale.FOUR_POINT);
            for (int[] respondent : answers) {
                if (respondent[element] > 0) {
                    stats = stats.with(respondent[element]);
                }
            }
            questions.add(new QuestionnaireStats.Question(ELEMENTS[element].name(), ELEMENTS[element], stats));
        }
        RespondentMeanStats respondents = RespondentMeanStats.empty();
        for (int[] respondent : answers) {
            respondents = respondents.addRespondent(Arrays.stream(respondent)
                    .filter(a -> a > 0)
                    .asDoubleStream()
                    .toArray());
        }
        return new QuestionnaireStats(questions, respondents, RespondentMeanStats.empty());
    }

    /** One element U1 answered n times with the given sum (two adjacent points), each respondent answering it alone. */
    private static QuestionnaireStats singleElement(long n, long sum) {
        int low = (int) (sum / n);
        long[] histogram = new long[4];
        histogram[low - 1] = n - (sum - low * n);
        if (low < 4) {
            histogram[low] = sum - low * n;
        }
        QuestionStats stats = QuestionStats.ofHistogram(LikertScale.FOUR_POINT, histogram);
        return new QuestionnaireStats(
                List.of(new QuestionnaireStats.Question("U1", QuestionTag.U1, stats)),
                new RespondentMeanStats(n, stats.sum(), stats.sumOfSquares()),
                RespondentMeanStats.empty());
    }

    private static QuestionnaireStats.Question question(
            String code, QuestionTag tag, LikertScale scale, int... answers) {
        return new QuestionnaireStats.Question(code, tag, QuestionStats.ofAnswers(scale, answers));
    }
}
