package id.suarawarga.score.stats;

import java.util.ArrayList;
import java.util.List;

/**
 * Hides respondent-profile counts below {@value #MIN_SHOWN} (DOMAIN.md: never show a demographic cell with n < 5).
 * When only one cell of a breakdown would be hidden, the smallest shown one is hidden too, or subtracting the shown
 * cells from n would give the hidden one away.
 */
public final class SmallCells {

    public static final int MIN_SHOWN = 5;
    public static final String HIDDEN = "< 5";

    private SmallCells() {}

    /** The counts as they may be shown: the number, or "< 5". */
    public static List<String> shown(List<Long> counts) {
        boolean[] hidden = new boolean[counts.size()];
        int hiddenCount = 0;
        for (int i = 0; i < counts.size(); i++) {
            hidden[i] = counts.get(i) < MIN_SHOWN;
            hiddenCount += hidden[i] ? 1 : 0;
        }
        if (hiddenCount == 1) {
            int smallest = -1;
            for (int i = 0; i < counts.size(); i++) {
                if (!hidden[i] && (smallest < 0 || counts.get(i) < counts.get(smallest))) {
                    smallest = i;
                }
            }
            if (smallest >= 0) {
                hidden[smallest] = true;
            }
        }
        List<String> shown = new ArrayList<>(counts.size());
        for (int i = 0; i < counts.size(); i++) {
            shown.add(hidden[i] ? HIDDEN : Long.toString(counts.get(i)));
        }
        return shown;
    }
}
