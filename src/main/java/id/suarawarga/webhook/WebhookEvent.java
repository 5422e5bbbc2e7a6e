package id.suarawarga.webhook;

/** What a webhook subscription can be told about; {@link #type} is the {@code type} of the message sent. */
public enum WebhookEvent {
    /** New responses were counted for a questionnaire: numbers only, never answers, free text or profile. */
    RESPONSE_COUNTED("response.counted"),
    /** A program's scores changed (new responses): read them again with GET /api/v1/scores/programs/{id}. */
    PROGRAM_SCORES_CHANGED("program.scores.changed"),
    QUESTIONNAIRE_PUBLISHED("questionnaire.published"),
    QUESTIONNAIRE_CLOSED("questionnaire.closed");

    public final String type;

    WebhookEvent(String type) {
        this.type = type;
    }
}
