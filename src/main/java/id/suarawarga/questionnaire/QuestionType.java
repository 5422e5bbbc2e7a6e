package id.suarawarga.questionnaire;

/** How a question is answered. */
public enum QuestionType {
    /** A labelled scale of 4 or 5 points, scored 1..n. */
    LIKERT,
    SINGLE_CHOICE,
    MULTI_CHOICE,
    /** Options YES and NO. */
    YES_NO,
    /** Free text, length-limited. */
    TEXT,
    /** A number, optionally bounded. */
    NUMBER;

    public boolean hasOptions() {
        return this == LIKERT || this == SINGLE_CHOICE || this == MULTI_CHOICE || this == YES_NO;
    }
}
