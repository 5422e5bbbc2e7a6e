package id.suarawarga.questionnaire;

/**
 * What a question measures, for scoring and reporting: an SKM element (U1–U9, PermenPANRB 14/2017), an impact
 * aspect of the program, a respondent-profile attribute, or the suggestion box.
 */
public enum QuestionTag {
    U1, U2, U3, U4, U5, U6, U7, U8, U9,
    BENEFIT, ACCESS, RECOMMENDATION, SUSTAINABILITY, PARTICIPATION,
    PROFILE_SEX, PROFILE_AGE, PROFILE_EDUCATION, PROFILE_OCCUPATION, PROFILE_SERVICE,
    SUGGESTION;

    public boolean isSkmElement() {
        return name().length() == 2 && name().charAt(0) == 'U';
    }

    public boolean isImpact() {
        return this == BENEFIT || this == ACCESS || this == RECOMMENDATION || this == SUSTAINABILITY || this == PARTICIPATION;
    }

    public boolean isProfile() {
        return name().startsWith("PROFILE_");
    }

    /** Tags that may feed a score (on a Likert question). */
    public boolean isScorable() {
        return isSkmElement() || isImpact();
    }

    /** Tags a questionnaire may hold at most once. */
    public boolean isUniquePerQuestionnaire() {
        return isSkmElement() || isProfile();
    }
}
