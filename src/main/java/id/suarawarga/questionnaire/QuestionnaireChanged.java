package id.suarawarga.questionnaire;

/** A questionnaire became public, stopped being public, or changed how it takes answers. */
public record QuestionnaireChanged(long questionnaireId) {}
