package id.suarawarga.questionnaire;

/** The questionnaire a program's scores come from now: its newest published (or closed) version. */
public record CurrentVersion(long programId, long questionnaireId, int version) {}
