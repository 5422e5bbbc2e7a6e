package id.suarawarga.response;

/** One answer that breaks a rule. Pages word it in the resident's language from {@link #kind()}; the API in English. */
public record AnswerError(String question, Kind kind, String limit) {

    /** What is wrong with the answer. */
    public enum Kind {
        REQUIRED,
        NOT_AN_OPTION,
        ONE_ANSWER_ONLY,
        TOO_LONG,
        NOT_A_NUMBER,
        TOO_SMALL,
        TOO_LARGE,
        UNKNOWN_QUESTION
    }

    public static AnswerError of(String question, Kind kind) {
        return new AnswerError(question, kind, null);
    }

    public String englishDetail() {
        return switch (kind) {
            case REQUIRED -> "an answer is required";
            case NOT_AN_OPTION -> "is not one of the question's options";
            case ONE_ANSWER_ONLY -> "takes a single answer";
            case TOO_LONG -> "must be at most " + limit + " characters";
            case NOT_A_NUMBER -> "must be a number";
            case TOO_SMALL -> "must be at least " + limit;
            case TOO_LARGE -> "must be at most " + limit;
            case UNKNOWN_QUESTION -> "the questionnaire has no question with this code";
        };
    }
}
