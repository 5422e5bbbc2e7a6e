package id.suarawarga.score.stats;

import id.suarawarga.questionnaire.QuestionTag;

/**
 * One SKM element (unsur U1–U9) of a questionnaire: its NRR on 1–4, NRR × 25 and the category of that, so a
 * report can say which parts of the service residents rate lowest.
 *
 * @param n how many respondents answered this element (the NRR's denominator)
 */
public record ElementScore(
        QuestionTag element, String questionCode, long n, double nrr, double konversi, SkmCategory category) {}
