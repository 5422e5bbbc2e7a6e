package id.suarawarga.score;

import id.suarawarga.audit.AuditAction;
import id.suarawarga.audit.AuditLog;
import id.suarawarga.common.config.SuaraConfig;
import id.suarawarga.common.paging.PageRequest;
import id.suarawarga.common.paging.PageView;
import id.suarawarga.common.problem.ProblemException;
import id.suarawarga.common.problem.ProblemType;
import id.suarawarga.program.DimensionCatalog;
import id.suarawarga.program.DimensionView;
import id.suarawarga.program.ProgramRepository;
import id.suarawarga.program.ProgramService;
import id.suarawarga.program.ProgramView;
import id.suarawarga.questionnaire.CurrentVersion;
import id.suarawarga.questionnaire.QuestionnaireService;
import id.suarawarga.questionnaire.QuestionnaireStatus;
import id.suarawarga.questionnaire.QuestionnaireView;
import id.suarawarga.region.RegionService;
import id.suarawarga.region.RegionView;
import id.suarawarga.round.RoundView;
import id.suarawarga.score.stats.BenefitScore;
import id.suarawarga.score.stats.ConfidenceInterval;
import id.suarawarga.score.stats.Ikm;
import id.suarawarga.score.stats.IndexScale;
import id.suarawarga.score.stats.Provisional;
import id.suarawarga.score.stats.QuestionScore;
import id.suarawarga.score.stats.QuestionnaireScore;
import id.suarawarga.score.stats.QuestionnaireStats;
import id.suarawarga.score.stats.RespondentMeanStats;
import id.suarawarga.score.stats.SampleProgress;
import id.suarawarga.score.stats.ScoreEngine;
import io.micrometer.core.annotation.Timed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/** Scores of one questionnaire from its running aggregates, and the aggregates' check and rebuild. */
@ApplicationScoped
public class ScoreService {

    private final AuditLog audit;

    private static final int LOWEST_ELEMENTS = 3;

    private final ScoreAggregateQueries aggregates;
    private final QuestionnaireService questionnaires;
    private final ProgramService programs;
    private final RegionService regions;
    private final DimensionCatalog catalog;
    private final ScoreEngine engine;
    private final Clock clock = Clock.systemUTC();

    ScoreService(
            ScoreAggregateQueries aggregates,
            QuestionnaireService questionnaires,
            ProgramService programs,
            RegionService regions,
            DimensionCatalog catalog,
            SuaraConfig config,
            AuditLog audit) {
        this.audit = audit;
        this.engine = new ScoreEngine(
                new IndexScale(config.score().indexMin(), config.score().indexMax()));
        this.regions = regions;
        this.catalog = catalog;
        this.aggregates = aggregates;
        this.questionnaires = questionnaires;
        this.programs = programs;
    }

    @Timed(
            value = "suara.score.read",
            extraTags = {"scope", "questionnaire"},
            histogram = true,
            description = "Time to compute one score read from the running aggregates")
    public ScoreView questionnaire(long questionnaireId, boolean includeFlagged) {
        return questionnaire(questionnaireId, includeFlagged, ScoreFilter.NONE);
    }

    /** A questionnaire's scores over the responses {@code filter} keeps (a round of the program's region and year). */
    public ScoreView questionnaire(long questionnaireId, boolean includeFlagged, ScoreFilter filter) {
        QuestionnaireView questionnaire = published(questionnaireId);
        ProgramView program = programs.get(questionnaire.programId());
        requireRoundOf(filter, program.regionCode(), program.year());
        OptionalLong population = population(program);
        ScoreAggregateQueries.Sums sums = filter.none()
                ? aggregates.read(questionnaireId, includeFlagged)
                : aggregates
                        .readAll(List.of(questionnaireId), includeFlagged, filter)
                        .get(questionnaireId);
        QuestionnaireScore score = engine.score(sums.stats(), population);
        ScoreSummaryView summary = summary(score, sums.responses(), population);
        return new ScoreView(
                questionnaireId,
                questionnaire.programId(),
                questionnaire.version(),
                includeFlagged,
                summary.responses(),
                summary.provisional(),
                summary.ikm(),
                summary.benefit(),
                score.elements().stream()
                        .map(e -> new ScoreView.Element(
                                e.element().name(),
                                e.questionCode(),
                                e.n(),
                                e.nrr(),
                                e.konversi(),
                                e.category().name()))
                        .toList(),
                score.lowestElements(LOWEST_ELEMENTS).stream()
                        .map(e -> e.element().name())
                        .toList(),
                score.questions().stream().map(ScoreService::question).toList(),
                summary.sample(),
                clock.instant());
    }

    /**
     * A program's scores from its current public questionnaire; empty scores when nothing was published yet. Callers
     * outside the program's scope never get here (the auth layer answers 404).
     */
    @Timed(
            value = "suara.score.read",
            extraTags = {"scope", "program"},
            histogram = true,
            description = "Time to compute one score read from the running aggregates")
    public ProgramScoreView program(long programId, boolean includeFlagged) {
        return program(programId, includeFlagged, ScoreFilter.NONE);
    }

    /** A program's scores over the responses {@code filter} keeps (a round of the program's region and year). */
    public ProgramScoreView program(long programId, boolean includeFlagged, ScoreFilter filter) {
        ProgramView program = programs.get(programId);
        requireRoundOf(filter, program.regionCode(), program.year());
        return programScores(program, includeFlagged, filter);
    }

    @Timed(
            value = "suara.score.read",
            extraTags = {"scope", "programs"},
            histogram = true,
            description = "Time to compute one score read from the running aggregates")
    @Transactional
    public PageView<ProgramScoreView> programs(
            ProgramRepository.Filter filter, PageRequest page, boolean includeFlagged) {
        return programs(filter, page, includeFlagged, ScoreFilter.NONE);
    }

    /**
     * A page of program scores over the responses {@code scoreFilter} keeps. With a round, the list is of the round's
     * region and year (a region or year named besides must be the round's).
     */
    @Transactional
    public PageView<ProgramScoreView> programs(
            ProgramRepository.Filter filter, PageRequest page, boolean includeFlagged, ScoreFilter scoreFilter) {
        if (scoreFilter.round() != null) {
            RoundView round = scoreFilter.round();
            requireRoundOf(
                    scoreFilter,
                    filter.regionCode() == null ? round.regionCode() : filter.regionCode(),
                    filter.year() == null ? round.year() : filter.year());
            filter = new ProgramRepository.Filter(
                    round.regionCode(),
                    round.year(),
                    filter.dimension(),
                    filter.subDimension(),
                    filter.text(),
                    filter.regionScope(),
                    filter.programScope());
        }
        // five statements for a page of any size, all from one snapshot: the isolation, the page and its count, the
        // current versions, and the sums of every version on the page
        aggregates.readOneSnapshot();
        PageView<ProgramView> list = programs.list(filter, page);
        List<Long> programIds = list.items().stream().map(ProgramView::id).toList();
        Map<Long, CurrentVersion> current = questionnaires.currentVersions(programIds);
        Map<Long, ScoreAggregateQueries.Sums> sums = aggregates.readAll(
                current.values().stream().map(CurrentVersion::questionnaireId).toList(), includeFlagged, scoreFilter);
        return new PageView<>(
                list.items().stream()
                        .map(p -> programScores(
                                p,
                                Optional.ofNullable(current.get(p.id())),
                                Optional.ofNullable(current.get(p.id())).map(v -> sums.get(v.questionnaireId()))))
                        .toList(),
                list.page(),
                list.size(),
                list.totalItems(),
                list.totalPages());
    }

    /** A region's year, per dimension and sub-dimension, programs pooled by respondents (see {@link ScorePooling}). */
    @Timed(
            value = "suara.score.read",
            extraTags = {"scope", "region"},
            histogram = true,
            description = "Time to compute one score read from the running aggregates")
    @Transactional
    public RegionScoreView region(String regionCode, int year, boolean includeFlagged) {
        return region(regionCode, year, includeFlagged, ScoreFilter.NONE);
    }

    /**
     * A region's year over the responses {@code filter} keeps: with a round, only the responses of its days (the
     * round must be the region's and the year's). The public results page and the evidence pack call this too.
     */
    @Timed(
            value = "suara.score.read",
            extraTags = {"scope", "region"},
            histogram = true,
            description = "Time to compute one score read from the running aggregates")
    @Transactional
    public RegionScoreView region(String regionCode, int year, boolean includeFlagged, ScoreFilter filter) {
        aggregates.readOneSnapshot();
        RegionView region = regions.get(regionCode);
        requireRoundOf(filter, region.code(), year);
        List<ProgramView> all = programs.all(new ProgramRepository.Filter(regionCode, year, null, null, null));
        Map<Long, CurrentVersion> current =
                questionnaires.currentVersions(all.stream().map(ProgramView::id).toList());
        Map<Long, ScoreAggregateQueries.Sums> byQuestionnaire = aggregates.readAll(
                current.values().stream().map(CurrentVersion::questionnaireId).toList(), includeFlagged, filter);
        Map<Long, ScoreAggregateQueries.Sums> sums = new LinkedHashMap<>();
        Map<Long, RegionScoreView.QuestionnaireRef> versions = new LinkedHashMap<>();
        for (ProgramView program : all) {
            CurrentVersion version = current.get(program.id());
            if (version != null) {
                sums.put(program.id(), byQuestionnaire.get(version.questionnaireId()));
                versions.put(
                        program.id(),
                        new RegionScoreView.QuestionnaireRef(
                                program.id(), version.questionnaireId(), version.version()));
            }
        }
        List<RegionScoreView.Dimension> dimensions = new ArrayList<>();
        List<long[]> regionCoverage = new ArrayList<>();
        long dimensionIndex = 0;
        for (DimensionView dimension : catalog.all()) {
            List<RegionScoreView.SubDimension> subDimensions = new ArrayList<>();
            List<long[]> dimensionCoverage = new ArrayList<>();
            for (DimensionView.SubDimensionView sub : dimension.subDimensions()) {
                List<ProgramView> inSub = all.stream()
                        .filter(p -> p.subDimension().code().equals(sub.code()))
                        .toList();
                ScoreSummaryView subScores = pooled(inSub, sums);
                long programsWithData = inSub.stream()
                        .filter(p ->
                                sums.get(p.id()) != null && sums.get(p.id()).responses() > 0)
                        .count();
                dimensionCoverage.add(
                        new long[] {dimensionIndex, subScores.responses(), inSub.size(), programsWithData});
                subDimensions.add(new RegionScoreView.SubDimension(
                        sub.code(),
                        sub.name(),
                        inSub.stream().map(ProgramView::id).toList(),
                        inSub.stream()
                                .map(p -> versions.get(p.id()))
                                .filter(Objects::nonNull)
                                .toList(),
                        subScores));
            }
            List<ProgramView> inDimension = all.stream()
                    .filter(p -> p.dimension().code().equals(dimension.code()))
                    .toList();
            RegionScoreView.Coverage coverage =
                    RegionScoreView.Coverage.of(dimensionCoverage, SampleProgress.SMART_CITY_QUOTA);
            dimensions.add(new RegionScoreView.Dimension(
                    dimension.code(),
                    dimension.name(),
                    covered(pooled(inDimension, sums), coverage),
                    coverage,
                    subDimensions));
            regionCoverage.addAll(dimensionCoverage);
            dimensionIndex++;
        }
        RegionScoreView.Coverage coverage =
                RegionScoreView.Coverage.of(regionCoverage, SampleProgress.SMART_CITY_QUOTA);
        return new RegionScoreView(
                region.code(),
                region.name(),
                year,
                filter.none()
                        ? RegionScoreView.METHOD
                        : RegionScoreView.METHOD + " Counted: " + filter.describe() + ".",
                covered(pooled(all, sums), coverage),
                coverage,
                dimensions,
                clock.instant());
    }

    /** A total is provisional below 30 responses and also until its coverage is complete. */
    private static ScoreSummaryView covered(ScoreSummaryView scores, RegionScoreView.Coverage coverage) {
        return new ScoreSummaryView(
                scores.responses(),
                scores.provisional() || !coverage.complete(),
                scores.ikm(),
                scores.benefit(),
                scores.sample());
    }

    public List<String> differences(long questionnaireId) {
        published(questionnaireId);
        return aggregates.differences(questionnaireId);
    }

    public List<String> rebuild(long questionnaireId) {
        QuestionnaireView questionnaire = published(questionnaireId);
        List<String> differences = aggregates.rebuild(questionnaireId);
        audit.record(
                AuditAction.AGGREGATES_REBUILT,
                programs.get(questionnaire.programId()).regionCode(),
                "questionnaire:" + questionnaireId,
                Map.of("differences", differences.size()));
        return differences;
    }

    private ProgramScoreView programScores(ProgramView program, boolean includeFlagged, ScoreFilter filter) {
        Optional<CurrentVersion> current = questionnaires.currentVersions(List.of(program.id())).values().stream()
                .findFirst();
        return programScores(
                program,
                current,
                current.map(v -> filter.none()
                        ? aggregates.read(v.questionnaireId(), includeFlagged)
                        : aggregates
                                .readAll(List.of(v.questionnaireId()), includeFlagged, filter)
                                .get(v.questionnaireId())));
    }

    /**
     * A round asked with a program, questionnaire or region must be of the same region (else, to the caller, it does
     * not exist: 404) and the same year (400, the question is malformed).
     */
    static void requireRoundOf(ScoreFilter filter, String regionCode, int year) {
        RoundView round = filter.round();
        if (round == null) {
            return;
        }
        if (!round.regionCode().equals(regionCode)) {
            throw ProblemException.notFound("Round", round.id() + " of region " + regionCode);
        }
        if (round.year() != year) {
            throw new ProblemException(
                    ProblemType.MALFORMED_REQUEST,
                    "Round " + round.id() + " (" + round.name() + ") is of the year " + round.year() + ", not " + year);
        }
    }

    /** The headline figures of a program: only the aggregates of its current version are read. */
    private ProgramScoreView programScores(
            ProgramView program, Optional<CurrentVersion> current, Optional<ScoreAggregateQueries.Sums> read) {
        ScoreAggregateQueries.Sums sums = read.orElseGet(() -> new ScoreAggregateQueries.Sums(
                0, new QuestionnaireStats(List.of(), RespondentMeanStats.empty(), RespondentMeanStats.empty())));
        ScoreSummaryView scores = summary(sums, population(program));
        return new ProgramScoreView(
                program.id(),
                program.slug(),
                program.name(),
                program.agency(),
                program.regionCode(),
                program.year(),
                program.dimension(),
                program.subDimension(),
                current.map(CurrentVersion::questionnaireId).orElse(null),
                current.map(CurrentVersion::version).orElse(null),
                scores,
                clock.instant());
    }

    private ScoreSummaryView pooled(List<ProgramView> group, Map<Long, ScoreAggregateQueries.Sums> sums) {
        List<ScoreAggregateQueries.Sums> parts = group.stream()
                .map(p -> sums.get(p.id()))
                .filter(Objects::nonNull)
                .toList();
        boolean allKnown = !group.isEmpty() && group.stream().allMatch(p -> p.targetPopulation() != null);
        OptionalLong population = allKnown
                ? OptionalLong.of(
                        group.stream().mapToLong(ProgramView::targetPopulation).sum())
                : OptionalLong.empty();
        return summary(ScorePooling.pool(parts), population);
    }

    private ScoreSummaryView summary(ScoreAggregateQueries.Sums sums, OptionalLong population) {
        return summary(engine.score(sums.stats(), population), sums.responses(), population);
    }

    private static ScoreSummaryView summary(QuestionnaireScore score, long responses, OptionalLong population) {
        return new ScoreSummaryView(
                responses,
                Provisional.isProvisional(responses),
                score.ikm().map(ScoreService::ikm).orElse(null),
                score.benefit().map(ScoreService::benefit).orElse(null),
                sample(population, SampleProgress.of(responses, population)));
    }

    private static ScoreView.Sample sample(OptionalLong population, SampleProgress sample) {
        return new ScoreView.Sample(
                population.isPresent() ? (int) Math.min(Integer.MAX_VALUE, population.getAsLong()) : null,
                sample.requiredSample().isPresent() ? sample.requiredSample().getAsLong() : null,
                sample.quota(),
                value(sample.requiredProgress()),
                sample.quotaProgress());
    }

    private static OptionalLong population(ProgramView program) {
        return program.targetPopulation() == null ? OptionalLong.empty() : OptionalLong.of(program.targetPopulation());
    }

    /** Drafts have no responses and no scores. */
    private QuestionnaireView published(long questionnaireId) {
        QuestionnaireView questionnaire = questionnaires.get(questionnaireId);
        if (questionnaire.status() == QuestionnaireStatus.DRAFT) {
            throw ProblemException.invalidState("Questionnaire " + questionnaireId + " is a draft and has no scores");
        }
        return questionnaire;
    }

    private static ScoreView.Ikm ikm(Ikm ikm) {
        return new ScoreView.Ikm(
                ikm.value(),
                ikm.konversi(),
                ikm.category().name(),
                ikm.category().label(),
                ikm.konversiInterval().map(ConfidenceInterval::low).orElse(null),
                ikm.konversiInterval().map(ConfidenceInterval::high).orElse(null),
                ikm.n(),
                ikm.provisional(),
                ikm.index().value());
    }

    private static ScoreView.Benefit benefit(BenefitScore benefit) {
        return new ScoreView.Benefit(
                benefit.value(),
                benefit.interval().map(ConfidenceInterval::low).orElse(null),
                benefit.interval().map(ConfidenceInterval::high).orElse(null),
                benefit.n(),
                benefit.provisional(),
                benefit.index().value());
    }

    private static ScoreView.Question question(QuestionScore q) {
        return new ScoreView.Question(
                q.code(),
                q.tag() == null ? null : q.tag().name(),
                q.scale().points(),
                q.n(),
                value(q.mean().mean()),
                q.mean().interval().map(ConfidenceInterval::low).orElse(null),
                q.mean().interval().map(ConfidenceInterval::high).orElse(null),
                q.distribution().stream().map(QuestionScore.PointCount::count).toList(),
                value(q.topTwoBox().share()),
                q.topTwoBox().interval().map(ConfidenceInterval::low).orElse(null),
                q.topTwoBox().interval().map(ConfidenceInterval::high).orElse(null));
    }

    private static Double value(OptionalDouble value) {
        return value.isPresent() ? value.getAsDouble() : null;
    }
}
