package id.suarawarga.score.stats;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Every score of one questionnaire: per question, per SKM element, the IKM and the benefit score.
 *
 * @param questions every Likert question, in the order given
 * @param elements the SKM elements with at least one answer, in code order (U1..U9)
 * @param ikm empty when no SKM element has an answer
 * @param benefit empty when no impact question has an answer
 */
public record QuestionnaireScore(
        List<QuestionScore> questions, List<ElementScore> elements, Optional<Ikm> ikm, Optional<BenefitScore> benefit) {

    /** Lowest NRR first; equal NRRs in code order, so the list is the same on every run. */
    private static final Comparator<ElementScore> LOWEST_FIRST = Comparator.comparingDouble(ElementScore::nrr)
            .thenComparing(element -> element.element().name());

    public QuestionnaireScore {
        questions = List.copyOf(questions);
        elements = List.copyOf(elements);
    }

    /** The {@code limit} lowest-scoring SKM elements, lowest first, ties by code (U1 before U2). */
    public List<ElementScore> lowestElements(int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must be ≥ 0, got " + limit);
        }
        return elements.stream().sorted(LOWEST_FIRST).limit(limit).toList();
    }
}
