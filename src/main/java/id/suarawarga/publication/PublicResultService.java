package id.suarawarga.publication;

import id.suarawarga.common.paging.PageRequest;
import id.suarawarga.common.paging.PageView;
import id.suarawarga.common.problem.ProblemException;
import id.suarawarga.export.ResponseFigureQueries;
import id.suarawarga.followup.FollowUpService;
import id.suarawarga.followup.FollowUpView;
import id.suarawarga.program.ProgramRepository;
import id.suarawarga.program.ProgramService;
import id.suarawarga.program.ProgramView;
import id.suarawarga.questionnaire.QuestionTag;
import id.suarawarga.questionnaire.QuestionnaireService;
import id.suarawarga.questionnaire.QuestionnaireStatus;
import id.suarawarga.questionnaire.QuestionnaireSummaryView;
import id.suarawarga.region.RegionService;
import id.suarawarga.region.RegionTimeZones;
import id.suarawarga.region.RegionView;
import id.suarawarga.score.ProgramScoreView;
import id.suarawarga.score.ScoreService;
import id.suarawarga.score.ScoreView;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The public results (no sign-in): a region's year and a program's results with its follow-up actions. Only a
 * program's current questionnaire (its newest published or closed version) whose results an owner has not withdrawn is
 * shown; anything else is "not found", so nothing of an unpublished questionnaire leaks. Scores of fewer than
 * {@link #MINIMUM_RESPONSES} respondents are left out.
 */
@ApplicationScoped
public class PublicResultService {

    /** Fewest respondents any public score is shown for (the same rule as the dashboard's profile cells). */
    public static final int MINIMUM_RESPONSES = 5;

    private final ProgramService programs;
    private final QuestionnaireService questionnaires;
    private final RegionService regions;
    private final ScoreService scores;
    private final FollowUpService followUps;
    private final PublicationService publication;
    private final ResponseFigureQueries figures;
    private final Clock clock = Clock.systemUTC();

    PublicResultService(
            ProgramService programs,
            QuestionnaireService questionnaires,
            RegionService regions,
            ScoreService scores,
            FollowUpService followUps,
            PublicationService publication,
            ResponseFigureQueries figures) {
        this.programs = programs;
        this.questionnaires = questionnaires;
        this.regions = regions;
        this.scores = scores;
        this.followUps = followUps;
        this.publication = publication;
        this.figures = figures;
    }

    /** Whether a program (by its link's slug) has public results, e.g. for the thank-you page's link. */
    public boolean hasPublicResults(String slug) {
        return current(slug).isPresent();
    }

    /** A program's public results; 404 when it has none (unknown, draft only, or withdrawn). */
    public PublicProgramResultView program(String slug) {
        Current current = current(slug).orElseThrow(() -> ProblemException.notFound("Public results", slug));
        ProgramView program = current.program();
        long questionnaireId = current.questionnaire().id();
        ScoreView score = scores.questionnaire(questionnaireId, false);
        boolean suppressed = score.responses() < MINIMUM_RESPONSES;
        var period = figures.period(questionnaireId, false, RegionTimeZones.of(program.regionCode()));
        List<PublicProgramResultView.PublicElement> elements = new ArrayList<>();
        for (ScoreView.Element e : score.elements()) {
            boolean hidden = suppressed || e.n() < MINIMUM_RESPONSES;
            elements.add(new PublicProgramResultView.PublicElement(
                    e.element(),
                    QuestionTag.nameOf(e.element()),
                    ElementNames.english(e.element()),
                    e.n(),
                    hidden ? null : e.konversi(),
                    hidden ? null : e.category(),
                    hidden));
        }
        return new PublicProgramResultView(
                publicProgram(program),
                current.questionnaire().version(),
                current.questionnaire().status() == QuestionnaireStatus.PUBLISHED,
                period.map(ResponseFigureQueries.Period::first).orElse(null),
                period.map(ResponseFigureQueries.Period::last).orElse(null),
                score.responses(),
                MINIMUM_RESPONSES,
                suppressed,
                suppressed ? null : ikm(score.ikm()),
                suppressed ? null : benefit(score.benefit()),
                elements,
                followUps.actions(questionnaireId).stream()
                        .map(PublicResultService::action)
                        .toList(),
                score.asOf());
    }

    /** A region's programs of one year with public results; 404 for an unknown region. */
    public PublicRegionResultView region(String regionCode, int year) {
        RegionView region = regions.get(regionCode);
        ProgramRepository.Filter filter = new ProgramRepository.Filter(regionCode, year, null, null, null);
        List<ProgramScoreView> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            PageView<ProgramScoreView> found =
                    scores.programs(filter, new PageRequest(page, PageRequest.MAX_SIZE), false);
            all.addAll(found.items());
            if (page + 1 >= found.totalPages()) {
                break;
            }
        }
        Set<Long> withdrawn = publication.withdrawn(all.stream()
                .map(ProgramScoreView::questionnaireId)
                .filter(id -> id != null)
                .toList());
        List<PublicRegionResultView.ProgramResult> shown = all.stream()
                .filter(p -> p.questionnaireId() != null && !withdrawn.contains(p.questionnaireId()))
                .map(p -> {
                    boolean suppressed = p.scores().responses() < MINIMUM_RESPONSES;
                    return new PublicRegionResultView.ProgramResult(
                            p.slug(),
                            p.name(),
                            p.agency(),
                            p.dimension(),
                            p.subDimension(),
                            p.scores().responses(),
                            suppressed,
                            suppressed ? null : ikm(p.scores().ikm()),
                            suppressed ? null : benefit(p.scores().benefit()),
                            "/hasil/program/" + p.slug());
                })
                .toList();
        return new PublicRegionResultView(
                region.code(), region.name(), year, MINIMUM_RESPONSES, shown, clock.instant());
    }

    /** The program and its current questionnaire, when its results are public. */
    private Optional<Current> current(String slug) {
        if (slug == null || !slug.matches("[a-z0-9]+(-[a-z0-9]+)*") || slug.length() > 80) {
            return Optional.empty();
        }
        return programs.findBySlug(slug)
                .flatMap(program -> questionnaires
                        .current(program.id())
                        .filter(q -> publication.isPublished(q.id()))
                        .map(q -> new Current(program, q)));
    }

    private record Current(ProgramView program, QuestionnaireSummaryView questionnaire) {}

    private static PublicProgramResultView.PublicProgram publicProgram(ProgramView p) {
        return new PublicProgramResultView.PublicProgram(
                p.slug(),
                p.name(),
                p.agency(),
                p.regionCode(),
                p.regionName(),
                p.year(),
                p.dimension(),
                p.subDimension());
    }

    private static PublicProgramResultView.PublicIkm ikm(ScoreView.Ikm ikm) {
        if (ikm == null || ikm.n() < MINIMUM_RESPONSES) {
            return null;
        }
        return new PublicProgramResultView.PublicIkm(
                ikm.konversi(),
                ikm.category(),
                ikm.categoryLabel(),
                ElementNames.categoryEnglish(ikm.category()),
                ikm.konversiLow(),
                ikm.konversiHigh(),
                ikm.n(),
                ikm.provisional());
    }

    private static PublicProgramResultView.PublicBenefit benefit(ScoreView.Benefit benefit) {
        if (benefit == null || benefit.n() < MINIMUM_RESPONSES) {
            return null;
        }
        return new PublicProgramResultView.PublicBenefit(
                benefit.value(), benefit.low(), benefit.high(), benefit.n(), benefit.provisional());
    }

    private static PublicProgramResultView.PublicAction action(FollowUpView a) {
        return new PublicProgramResultView.PublicAction(
                a.elements(),
                a.elementNames(),
                a.elements().stream().map(ElementNames::english).toList(),
                a.action(),
                a.responsible(),
                a.dueDate(),
                a.status(),
                a.result());
    }
}
