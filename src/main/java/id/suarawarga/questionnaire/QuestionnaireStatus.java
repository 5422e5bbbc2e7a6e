package id.suarawarga.questionnaire;

/** Lifecycle of a questionnaire: only a draft can change; a published one collects answers; a closed one is history. */
public enum QuestionnaireStatus {
    DRAFT("draf"),
    PUBLISHED("sedang berjalan"),
    CLOSED("ditutup");

    private final String words;

    QuestionnaireStatus(String words) {
        this.words = words;
    }

    /** The status in Bahasa Indonesia, as staff pages and reports print it. */
    public String words() {
        return words;
    }
}
