package id.suarawarga.questionnaire;

/** Lifecycle of a questionnaire: only a draft can change; a published one collects answers; a closed one is history. */
public enum QuestionnaireStatus {
    DRAFT,
    PUBLISHED,
    CLOSED
}
