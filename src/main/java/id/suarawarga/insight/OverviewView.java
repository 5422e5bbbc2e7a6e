package id.suarawarga.insight;

import id.suarawarga.score.ProgramScoreView;
import id.suarawarga.score.RegionScoreView;
import java.util.List;

/**
 * The programs a staff member may see for one evaluation year, by region, Smart City dimension and sub-dimension.
 *
 * @param years every year with a visible program, newest first
 */
public record OverviewView(int year, List<Integer> years, List<Region> regions) {

    /**
     * One region's programs.
     *
     * @param totals the region's pooled figures with their coverage; null for a program owner, who sees only their
     *     own programs
     */
    public record Region(String code, String name, RegionScoreView totals, List<Dimension> dimensions) {

        public long programs() {
            return dimensions.stream()
                    .flatMap(d -> d.subDimensions().stream())
                    .mapToLong(s -> s.programs().size())
                    .sum();
        }
    }

    /**
     * One Smart City dimension.
     *
     * @param totals the dimension's pooled figures with their coverage; null for a program owner
     */
    public record Dimension(
            String code, String name, RegionScoreView.Dimension totals, List<SubDimension> subDimensions) {}

    /**
     * One sub-dimension: the unit the evaluation's 50-respondent quota applies to.
     *
     * @param responses responses counted over its programs
     */
    public record SubDimension(String code, String name, List<ProgramScoreView> programs, long responses, long quota) {

        public boolean quotaMet() {
            return responses >= quota;
        }

        /** Respondents still needed for the quota; 0 once it is met. */
        public long missing() {
            return Math.max(0, quota - responses);
        }
    }

    public boolean isEmpty() {
        return regions.isEmpty();
    }
}
