package id.suarawarga.web.staff;

import id.suarawarga.access.AccessScope;
import id.suarawarga.access.Roles;
import id.suarawarga.insight.CommentService;
import id.suarawarga.insight.CommentsInsightView;
import id.suarawarga.insight.InsightService;
import id.suarawarga.insight.OverviewService;
import id.suarawarga.insight.OverviewView;
import id.suarawarga.insight.ProgramInsightView;
import id.suarawarga.insight.QuestionnaireInsightView;
import id.suarawarga.round.RoundService;
import id.suarawarga.round.RoundView;
import id.suarawarga.score.ScoreFilter;
import id.suarawarga.score.ScoreFilters;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The staff dashboard (server-rendered, Bahasa Indonesia, phone first): an overview of the programs the viewer may
 * see, a program with its questionnaire versions, a questionnaire's figures and its residents' comments. Which
 * program or questionnaire a viewer may open is decided by the scope filter on the path parameters.
 */
@Path("/dasbor")
@RolesAllowed({Roles.ADMIN, Roles.PROGRAM_OWNER, Roles.EVALUATOR})
public class DashboardPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance overview(Viewer viewer, OverviewView overview, DashboardRounds rounds);

        static native TemplateInstance program(Viewer viewer, ProgramInsightView insight);

        static native TemplateInstance questionnaire(Viewer viewer, QuestionnaireInsightView insight);

        static native TemplateInstance comments(Viewer viewer, CommentsInsightView insight);

        static native TemplateInstance badRequest(Viewer viewer, String message, String back);
    }

    /** A query parameter a person can mistype: answered with a 400 page that says what to fix. */
    static final class BadParameter extends RuntimeException {
        BadParameter(String message) {
            super(message, null, false, false);
        }
    }

    private final OverviewService overviews;
    private final InsightService insights;
    private final AccessScope scope;
    private final ScoreFilters filters;
    private final RoundService rounds;

    DashboardPage(
            OverviewService overviews,
            InsightService insights,
            AccessScope scope,
            ScoreFilters filters,
            RoundService rounds) {
        this.filters = filters;
        this.rounds = rounds;
        this.overviews = overviews;
        this.insights = insights;
        this.scope = scope;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    @RolesAllowed({Roles.ADMIN, Roles.PROGRAM_OWNER, Roles.EVALUATOR, Roles.ENUMERATOR})
    public Response overview(@QueryParam("tahun") String year, @QueryParam("tahap") String round) {
        if (scope.hasRole(Roles.ENUMERATOR)) {
            // a field officer sees no scores: the sign-in's landing page leads them to their questionnaires (#17)
            return Response.seeOther(java.net.URI.create("/lapangan")).build();
        }
        try {
            return overview(year(year), filters.parse(round, List.of()));
        } catch (BadParameter e) {
            return badRequest(e, "/dasbor");
        }
    }

    /** The overview of a year, or of one round of the viewer's region (its year, its region's programs). */
    private Response overview(Integer year, ScoreFilter filter) {
        OverviewView overview = overviews.overview(
                new OverviewService.Visibility(scope.regionCodes(), scope.programIds()),
                filter.round() == null ? year : Integer.valueOf(filter.round().year()),
                filter);
        List<RoundView> inYear = scope.regionCode()
                .map(region -> rounds.list(region, overview.year()))
                .orElse(List.of());
        DashboardRounds choice = new DashboardRounds(
                inYear,
                filter.round(),
                scope.hasRole(Roles.ADMIN) || scope.hasRole(Roles.EVALUATOR),
                scope.hasRole(Roles.ADMIN));
        return page(Templates.overview(Viewer.of(scope), overview, choice));
    }

    @GET
    @Path("/program/{programId}")
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public Response program(@PathParam("programId") long programId) {
        return page(Templates.program(Viewer.of(scope), insights.program(programId)));
    }

    @GET
    @Path("/kuesioner/{questionnaireId}")
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public Response questionnaire(@PathParam("questionnaireId") long questionnaireId) {
        return page(Templates.questionnaire(Viewer.of(scope), insights.questionnaire(questionnaireId)));
    }

    /** Residents' own words are for the people who run the program, not for evaluators. */
    @GET
    @Path("/kuesioner/{questionnaireId}/komentar")
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({Roles.ADMIN, Roles.PROGRAM_OWNER})
    @Operation(hidden = true)
    public Response comments(
            @PathParam("questionnaireId") long questionnaireId,
            @QueryParam("q") String query,
            @QueryParam("halaman") String page,
            @QueryParam("ditandai") String flagged) {
        int number;
        try {
            number = pageNumber(page, CommentService.PAGE_SIZE);
            if (query != null && query.strip().length() > CommentService.MAX_QUERY_LENGTH) {
                throw new BadParameter("Kata pencarian terlalu panjang: paling banyak "
                        + CommentService.MAX_QUERY_LENGTH + " karakter.");
            }
        } catch (BadParameter e) {
            return badRequest(e, "/dasbor/kuesioner/" + questionnaireId + "/komentar");
        }
        return page(Templates.comments(
                Viewer.of(scope), insights.comments(questionnaireId, query, number, "1".equals(flagged))));
    }

    private Response badRequest(BadParameter e, String back) {
        return badRequest(Viewer.of(scope), e, back);
    }

    /** A mistyped parameter: a 400 page in the staff layout with a way back. */
    static Response badRequest(Viewer viewer, BadParameter e, String back) {
        return Response.fromResponse(page(Templates.badRequest(viewer, e.getMessage(), back)))
                .status(400)
                .build();
    }

    public static Response page(TemplateInstance page) {
        return StaffPages.page(page);
    }

    private static Integer year(String year) {
        if (year == null || year.isBlank()) {
            return null;
        }
        try {
            int value = Integer.parseInt(year.strip());
            if (value >= 2017 && value <= 2100) {
                return value;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new BadParameter("Tahun tidak dikenal: tulis tahun evaluasi, misalnya 2024.");
    }

    /** A page number as people type it (from 1), within what {@code pageSize} allows; else a 400 page. */
    static int pageNumber(String page, int pageSize) {
        if (page == null || page.isBlank()) {
            return 1;
        }
        try {
            int value = Integer.parseInt(page.strip());
            if (value >= 1 && value <= Integer.MAX_VALUE / pageSize) {
                return value;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new BadParameter("Nomor halaman tidak dikenal: tulis angka mulai dari 1.");
    }
}
