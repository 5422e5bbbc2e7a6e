package id.suarawarga.score.stats;

/** The rule that marks a score from too few respondents as provisional (DOMAIN.md: n &lt; 30). */
public final class Provisional {

    /** Scores from fewer respondents than this are provisional. */
    public static final long MIN_RESPONDENTS = 30;

    private Provisional() {}

    public static boolean isProvisional(long n) {
        return n < MIN_RESPONDENTS;
    }
}
