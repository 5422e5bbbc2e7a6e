package id.suarawarga.score.stats;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Turns a questionnaire's sufficient statistics into its scores (DOMAIN.md): per question, per SKM element,
 * IKM with konversi and category, and the benefit score, each with n, a 95% interval and the index-scale value.
 */
public final class ScoreEngine {

    private static final BigDecimal KONVERSI_FACTOR = BigDecimal.valueOf(25);

    private final IndexScale indexScale;

    public ScoreEngine(IndexScale indexScale) {
        if (indexScale == null) {
            throw new IllegalArgumentException("An index scale is required");
        }
        this.indexScale = indexScale;
    }

    /** An engine reporting on the default 1–4 index scale. */
    public ScoreEngine() {
        this(IndexScale.DEFAULT);
    }

    public IndexScale indexScale() {
        return indexScale;
    }

    /**
     * Scores a questionnaire. {@code population} is the program's target population N when known; it narrows
     * every interval by the finite-population correction.
     */
    public QuestionnaireScore score(QuestionnaireStats stats, OptionalLong population) {
        List<QuestionScore> questions = new ArrayList<>();
        List<QuestionnaireStats.Question> answeredElements = new ArrayList<>();
        List<QuestionnaireStats.Question> answeredImpact = new ArrayList<>();
        for (QuestionnaireStats.Question question : stats.questions()) {
            questions.add(QuestionScore.of(question.code(), question.tag(), question.stats(), population));
            // "Present" means answered at least once: an element nobody answered has no NRR and gets no weight.
            if (question.tag() != null && question.stats().n() > 0) {
                (question.tag().isSkmElement() ? answeredElements : answeredImpact).add(question);
            }
        }
        answeredElements.sort(Comparator.comparing(QuestionnaireStats.Question::tag));
        List<ElementScore> elements =
                answeredElements.stream().map(ScoreEngine::element).toList();
        return new QuestionnaireScore(
                questions,
                elements,
                ikm(answeredElements, stats.skmRespondents(), population),
                benefit(answeredImpact, stats.impactRespondents(), population));
    }

    private static ElementScore element(QuestionnaireStats.Question question) {
        QuestionStats stats = question.stats();
        Ratio nrr = stats.scale().fourPointBasisMean(stats.n(), stats.sum());
        double konversi = nrr.toBigDecimal().multiply(KONVERSI_FACTOR).doubleValue();
        return new ElementScore(
                question.tag(), question.code(), stats.n(), nrr.toDouble(), konversi, SkmCategory.ofKonversi(konversi));
    }

    private Optional<Ikm> ikm(
            List<QuestionnaireStats.Question> elements, RespondentMeanStats respondents, OptionalLong population) {
        if (elements.isEmpty()) {
            return Optional.empty();
        }
        requireConsistent("SKM", elements, respondents);
        // Σ NRR_i / k from the exact fractions in 34-digit decimal arithmetic, so the category never hinges on
        // binary rounding (a konversi of exactly 88.305 is 88.305, not 88.30499…) and the order of elements is moot.
        BigDecimal ikm = meanOfNrrs(elements);
        double value = ikm.doubleValue();
        double konversi = ikm.multiply(KONVERSI_FACTOR).doubleValue();
        MeanEstimate respondentMeans = respondentMeans(respondents, population);
        return Optional.of(new Ikm(
                value,
                konversi,
                SkmCategory.ofKonversi(konversi),
                elements.size(),
                respondentMeans,
                respondentMeans.interval().map(ci -> ci.linear(Ikm.KONVERSI_FACTOR, 0)),
                indexScale.score(value, respondentMeans.interval())));
    }

    private Optional<BenefitScore> benefit(
            List<QuestionnaireStats.Question> impact, RespondentMeanStats respondents, OptionalLong population) {
        if (impact.isEmpty()) {
            return Optional.empty();
        }
        requireConsistent("impact", impact, respondents);
        double value = meanOfNrrs(impact).doubleValue();
        MeanEstimate respondentMeans = respondentMeans(respondents, population);
        return Optional.of(new BenefitScore(
                value, impact.size(), respondentMeans, indexScale.score(value, respondentMeans.interval())));
    }

    private static BigDecimal meanOfNrrs(List<QuestionnaireStats.Question> questions) {
        BigDecimal total = BigDecimal.ZERO;
        for (QuestionnaireStats.Question question : questions) {
            QuestionStats stats = question.stats();
            total = total.add(
                    stats.scale().fourPointBasisMean(stats.n(), stats.sum()).toBigDecimal());
        }
        return total.divide(BigDecimal.valueOf(questions.size()), Ratio.PRECISION);
    }

    private static MeanEstimate respondentMeans(RespondentMeanStats respondents, OptionalLong population) {
        return MeanEstimate.of(
                respondents.n(),
                respondents.sum(),
                respondents.sumOfSquares(),
                population,
                LikertScale.BASIS_MIN,
                LikertScale.BASIS_MAX);
    }

    /**
     * Everyone who answered a question answered at least one of the group, and nobody is counted twice, so
     * max n_i ≤ respondents ≤ Σ n_i. Anything else means the aggregates were mixed up or drifted.
     */
    private static void requireConsistent(
            String group, List<QuestionnaireStats.Question> questions, RespondentMeanStats respondents) {
        long most = 0;
        long total = 0;
        for (QuestionnaireStats.Question question : questions) {
            most = Math.max(most, question.stats().n());
            total = Math.addExact(total, question.stats().n());
        }
        if (respondents.n() < most || respondents.n() > total) {
            throw new IllegalArgumentException("The " + group + " respondent count " + respondents.n()
                    + " does not fit the questions' answer counts (between " + most + " and " + total + ")");
        }
    }
}
