package id.suarawarga.web.staff;

import id.suarawarga.round.RoundView;
import java.util.List;

/**
 * The overview's evaluation rounds (issue #20): the rounds of the viewer's one region for the year shown, the round
 * chosen (null: the whole year), and whether the viewer may open the evidence pack and manage rounds.
 */
public record DashboardRounds(List<RoundView> rounds, RoundView selected, boolean evidence, boolean manage) {

    /** "?tahap=3" for links that keep the chosen round, or "". */
    public String query() {
        return selected == null ? "" : "?tahap=" + selected.id();
    }
}
