package id.suarawarga.score.stats;

import java.util.ArrayList;
import java.util.List;

/**
 * Hides respondent-profile counts below {@value #MIN_SHOWN} (DOMAIN.md: never show a demographic cell with n &lt; 5),
 * and hides more so that no hidden count can be worked out from what is shown (secondary suppression).
 *
 * <p>The cells of one breakdown are the answers to one profile question, including "not answered", so they add up to
 * the respondents shown on the same page. Anyone can subtract the shown cells from that total and get the sum of the
 * hidden ones. The rule therefore keeps hiding the smallest shown cell while that sum could reveal a small group:
 * while exactly one cell is hidden (the sum is that cell) or the hidden cells together hold fewer than
 * {@value #MIN_SHOWN} respondents. Counts, percentages, scores and chart bars of a hidden cell are all left out:
 * they follow the counts.
 */
public final class SmallCells {

    public static final int MIN_SHOWN = 5;
    /**
     * How a hidden cell reads, whether it is below {@value #MIN_SHOWN} or hidden to protect one that is: one word for
     * both, so the marker itself does not tell which is which.
     */
    public static final String HIDDEN = "disembunyikan";

    private SmallCells() {}

    /**
     * Whether a breakdown lists "not answered" as a cell of its own: always for an optional question, and for a
     * required one only when some responses lack the answer (from before it was required). A required question's
     * empty "not answered" would be hidden as a small cell and force a real group to be hidden with it.
     */
    public static boolean listsUnanswered(boolean required, long unanswered) {
        return !required || unanswered > 0;
    }

    /** The counts as they may be shown: the number, or "< 5". */
    public static List<String> shown(List<Long> counts) {
        List<Boolean> hidden = hidden(counts);
        List<String> shown = new ArrayList<>(counts.size());
        for (int i = 0; i < counts.size(); i++) {
            shown.add(hidden.get(i) ? HIDDEN : Long.toString(counts.get(i)));
        }
        return shown;
    }

    /**
     * Which cells of one breakdown must be hidden: every cell below {@value #MIN_SHOWN}, then the smallest shown cell
     * (first of equals) while exactly one cell is hidden or the hidden cells hold fewer than {@value #MIN_SHOWN}.
     */
    public static List<Boolean> hidden(List<Long> counts) {
        boolean[] hidden = new boolean[counts.size()];
        int hiddenCells = 0;
        long hiddenSum = 0;
        for (int i = 0; i < counts.size(); i++) {
            if (counts.get(i) < 0) {
                throw new IllegalArgumentException("A count cannot be negative: " + counts);
            }
            if (counts.get(i) < MIN_SHOWN) {
                hidden[i] = true;
                hiddenCells++;
                hiddenSum += counts.get(i);
            }
        }
        while (hiddenCells > 0 && (hiddenCells == 1 || hiddenSum < MIN_SHOWN)) {
            int smallest = -1;
            for (int i = 0; i < counts.size(); i++) {
                if (!hidden[i] && (smallest < 0 || counts.get(i) < counts.get(smallest))) {
                    smallest = i;
                }
            }
            if (smallest < 0) {
                break; // everything is hidden already
            }
            hidden[smallest] = true;
            hiddenCells++;
            hiddenSum += counts.get(smallest);
        }
        List<Boolean> result = new ArrayList<>(counts.size());
        for (boolean h : hidden) {
            result.add(h);
        }
        return result;
    }
}
