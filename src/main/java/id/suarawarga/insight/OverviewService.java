package id.suarawarga.insight;

import id.suarawarga.program.DimensionCatalog;
import id.suarawarga.program.DimensionView;
import id.suarawarga.program.ProgramRepository;
import id.suarawarga.program.ProgramService;
import id.suarawarga.program.ProgramView;
import id.suarawarga.score.ProgramScoreView;
import id.suarawarga.score.RegionScoreView;
import id.suarawarga.score.ScoreFilter;
import id.suarawarga.score.ScoreService;
import id.suarawarga.score.stats.SampleProgress;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** The staff overview: every visible program of a year with its headline figures and quota. */
@ApplicationScoped
public class OverviewService {

    /**
     * Who sees what: {@code regionCodes} empty means every region; {@code programIds} present limits the view to
     * those programs (a program owner).
     */
    public record Visibility(Set<String> regionCodes, Optional<Set<Long>> programIds) {

        boolean sees(ProgramView program) {
            return (regionCodes.isEmpty() || regionCodes.contains(program.regionCode()))
                    && programIds.map(ids -> ids.contains(program.id())).orElse(true);
        }

        /** Owners see only their programs; admins also the sub-dimensions still without one, to spot the gaps. */
        boolean showsEmptySubDimensions() {
            return programIds.isEmpty();
        }
    }

    private final ProgramService programs;
    private final ScoreService scores;
    private final DimensionCatalog catalog;

    OverviewService(ProgramService programs, ScoreService scores, DimensionCatalog catalog) {
        this.programs = programs;
        this.scores = scores;
        this.catalog = catalog;
    }

    /** The overview of {@code year}, or of the newest year with a visible program when {@code year} is null. */
    public OverviewView overview(Visibility visibility, Integer year) {
        return overview(visibility, year, ScoreFilter.NONE);
    }

    /**
     * The overview over the responses {@code filter} keeps; with a round (issue #20), of the round's region and year
     * only.
     */
    public OverviewView overview(Visibility seen, Integer asked, ScoreFilter filter) {
        // with a round: its year, and only its region's programs (ScoreFilters checked the caller may see the region)
        Visibility visibility = filter.round() == null
                ? seen
                : new Visibility(Set.of(filter.round().regionCode()), seen.programIds());
        Integer year =
                filter.round() == null ? asked : Integer.valueOf(filter.round().year());
        String region = visibility.regionCodes().size() == 1
                ? visibility.regionCodes().iterator().next()
                : null;
        List<ProgramView> visible = programs
                .all(new ProgramRepository.Filter(region, null, null, null, null)
                        .within(
                                visibility.regionCodes().isEmpty() ? null : visibility.regionCodes(),
                                visibility.programIds().orElse(null)))
                .stream()
                .filter(visibility::sees)
                .toList();
        TreeSet<Integer> years = new TreeSet<>(Comparator.reverseOrder());
        visible.forEach(p -> years.add(p.year()));
        int shown = year != null ? year : years.isEmpty() ? java.time.Year.now().getValue() : years.first();
        Map<String, List<ProgramScoreView>> byRegion = new LinkedHashMap<>();
        Map<String, String> regionNames = new LinkedHashMap<>();
        for (ProgramView program : visible) {
            if (program.year() != shown) {
                continue;
            }
            regionNames.put(program.regionCode(), program.regionName());
            byRegion.computeIfAbsent(program.regionCode(), r -> new ArrayList<>())
                    .add(scores.program(program.id(), false, filter));
        }
        if (byRegion.isEmpty() && region != null && visibility.showsEmptySubDimensions()) {
            byRegion.put(region, List.of()); // a region admin with nothing yet still sees the 18 empty sub-dimensions
            regionNames.put(region, region);
        }
        List<DimensionView> dimensions = catalog.all();
        List<OverviewView.Region> regions = new ArrayList<>();
        for (Map.Entry<String, List<ProgramScoreView>> entry : byRegion.entrySet()) {
            // totals pool every program of the region: only for those who see the whole region, not for an owner
            RegionScoreView totals =
                    visibility.showsEmptySubDimensions() ? scores.region(entry.getKey(), shown, false, filter) : null;
            regions.add(new OverviewView.Region(
                    entry.getKey(),
                    regionNames.get(entry.getKey()),
                    totals,
                    dimensions(dimensions, entry.getValue(), visibility.showsEmptySubDimensions(), totals)));
        }
        return new OverviewView(shown, List.copyOf(years), regions);
    }

    private static List<OverviewView.Dimension> dimensions(
            List<DimensionView> catalog, List<ProgramScoreView> programs, boolean showEmpty, RegionScoreView totals) {
        List<OverviewView.Dimension> dimensions = new ArrayList<>();
        for (DimensionView dimension : catalog) {
            List<OverviewView.SubDimension> subDimensions = new ArrayList<>();
            for (DimensionView.SubDimensionView sub : dimension.subDimensions()) {
                List<ProgramScoreView> inSub = programs.stream()
                        .filter(p -> p.subDimension().code().equals(sub.code()))
                        .toList();
                if (inSub.isEmpty() && !showEmpty) {
                    continue;
                }
                long responses =
                        inSub.stream().mapToLong(p -> p.scores().responses()).sum();
                subDimensions.add(new OverviewView.SubDimension(
                        sub.code(), sub.name(), inSub, responses, SampleProgress.SMART_CITY_QUOTA));
            }
            if (!subDimensions.isEmpty()) {
                RegionScoreView.Dimension dimensionTotals = totals == null
                        ? null
                        : totals.dimensions().stream()
                                .filter(d -> d.code().equals(dimension.code()))
                                .findFirst()
                                .orElse(null);
                dimensions.add(
                        new OverviewView.Dimension(dimension.code(), dimension.name(), dimensionTotals, subDimensions));
            }
        }
        return dimensions;
    }
}
