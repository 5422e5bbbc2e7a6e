package id.suarawarga.score;

import id.suarawarga.access.AccessScope;
import id.suarawarga.access.Roles;
import id.suarawarga.common.csv.CsvCells;
import id.suarawarga.common.openapi.ApiProblems;
import id.suarawarga.common.paging.PageRequest;
import id.suarawarga.common.paging.PageView;
import id.suarawarga.common.problem.ProblemException;
import id.suarawarga.common.text.Texts;
import id.suarawarga.program.ProgramRepository;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The evaluation API: resident-perceived satisfaction and benefit per program, sub-dimension, dimension and region
 * (the resident-perceived part of the Impact evaluation). Read-only; every answer carries an ETag (304 on
 * If-None-Match) and Cache-Control.
 */
@Path("/api/v1/scores")
@Tag(
        name = "Evaluation scores",
        description = "Per program, sub-dimension, dimension, region and year, with n and 95% intervals.")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.API_CLIENT, Roles.EVALUATOR, Roles.ADMIN, Roles.PROGRAM_OWNER})
public class EvaluationResource {

    private final ScoreService service;
    private final ConditionalGet conditional;
    private final AccessScope scope;
    private final ScoreFilters filters;

    EvaluationResource(ScoreService service, ConditionalGet conditional, AccessScope scope, ScoreFilters filters) {
        this.service = service;
        this.filters = filters;
        this.conditional = conditional;
        this.scope = scope;
    }

    @GET
    @Path("/programs")
    @Operation(
            operationId = "listProgramScores",
            summary = "Scores of programs",
            description = "Filter by region, year, dimension and sub-dimension; paginated.")
    @APIResponse(
            responseCode = "200",
            description = "One page of program scores.",
            content = @Content(schema = @Schema(implementation = ProgramScoresPage.class)))
    @APIResponse(responseCode = "304", description = "Not modified (If-None-Match matched the ETag).")
    @APIResponse(responseCode = "400", ref = ApiProblems.MALFORMED)
    @APIResponse(responseCode = "404", ref = ApiProblems.NOT_FOUND)
    @APIResponse(responseCode = "422", ref = ApiProblems.VALIDATION_FAILED)
    public Response programs(
            @QueryParam("region") @Parameter(example = "63.71") String region,
            @QueryParam("year") @Parameter(example = "2024") Integer year,
            @QueryParam("dimension") @Parameter(example = "GOVERNANCE") String dimension,
            @QueryParam("subDimension") String subDimension,
            @QueryParam("includeFlagged") @DefaultValue("false") boolean includeFlagged,
            @QueryParam("round") @Parameter(description = ScoreFilter.ROUND_PARAMETER, example = "3") String round,
            @QueryParam("channel") @Parameter(description = ScoreFilter.CHANNEL_PARAMETER, example = "PAPER")
                    List<String> channel,
            @Valid @BeanParam PageRequest page,
            @Context Request request) {
        PageView<ProgramScoreView> view = service.programs(
                scopedFilter(region, year, dimension, subDimension),
                page,
                includeFlagged,
                filters.parse(round, channel));
        PageView<ProgramScoreView> figures = new PageView<>(
                view.items().stream().map(EvaluationResource::withoutAsOf).toList(),
                view.page(),
                view.size(),
                view.totalItems(),
                view.totalPages());
        return conditional.respond(request, view, figures);
    }

    @GET
    @Path("/programs.csv")
    @Produces("text/csv")
    @Operation(
            operationId = "listProgramScoresCsv",
            summary = "Scores of programs as CSV, for spreadsheets",
            description = "All matching programs, one row each.")
    @APIResponse(
            responseCode = "200",
            description = "CSV with a header row.",
            content =
                    @Content(
                            mediaType = "text/csv",
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            examples =
                                                    "region,year,dimension,sub_dimension,program,...\r\n"
                                                            + "\"63.71\",2024,\"GOVERNANCE\",\"LAYANAN_PUBLIK\",\"Si Mantab\",...")))
    @APIResponse(responseCode = "400", ref = ApiProblems.MALFORMED)
    @APIResponse(responseCode = "404", ref = ApiProblems.NOT_FOUND)
    public Response programsCsv(
            @QueryParam("region") String region,
            @QueryParam("year") Integer year,
            @QueryParam("dimension") String dimension,
            @QueryParam("subDimension") String subDimension,
            @QueryParam("includeFlagged") @DefaultValue("false") boolean includeFlagged,
            @QueryParam("round") @Parameter(description = ScoreFilter.ROUND_PARAMETER, example = "3") String round,
            @QueryParam("channel") @Parameter(description = ScoreFilter.CHANNEL_PARAMETER, example = "PAPER")
                    List<String> channel) {
        ScoreFilter filter = filters.parse(round, channel);
        StringBuilder csv =
                new StringBuilder("region,year,dimension,sub_dimension,program,agency,questionnaire_version,"
                        + "responses,provisional,ikm,ikm_konversi,category,konversi_low,konversi_high,benefit,benefit_low,"
                        + "benefit_high,required_sample,quota_progress\r\n");
        PageView<ProgramScoreView> all = service.programs(
                scopedFilter(region, year, dimension, subDimension),
                new PageRequest(0, Integer.MAX_VALUE),
                includeFlagged,
                filter);
        for (ProgramScoreView p : all.items()) {
            ScoreSummaryView s = p.scores();
            csv.append(String.join(
                            ",",
                            cell(p.regionCode()),
                            String.valueOf(p.year()),
                            cell(p.dimension().code()),
                            cell(p.subDimension().code()),
                            cell(p.name()),
                            cell(p.agency()),
                            number(p.questionnaireVersion()),
                            String.valueOf(s.responses()),
                            String.valueOf(s.provisional()),
                            number(s.ikm() == null ? null : s.ikm().value()),
                            number(s.ikm() == null ? null : s.ikm().konversi()),
                            s.ikm() == null ? "" : s.ikm().category(),
                            number(s.ikm() == null ? null : s.ikm().konversiLow()),
                            number(s.ikm() == null ? null : s.ikm().konversiHigh()),
                            number(s.benefit() == null ? null : s.benefit().value()),
                            number(s.benefit() == null ? null : s.benefit().low()),
                            number(s.benefit() == null ? null : s.benefit().high()),
                            number(s.sample().requiredSample()),
                            number(s.sample().quotaProgress())))
                    .append("\r\n");
        }
        return Response.ok(csv.toString(), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"suara-warga-scores.csv\"")
                .build();
    }

    @GET
    @Path("/programs/{programId}")
    @Operation(
            operationId = "getProgramScores",
            summary = "Scores of one program",
            description = "From its current public questionnaire version.")
    @APIResponse(
            responseCode = "200",
            description = "The program's scores.",
            content = @Content(schema = @Schema(implementation = ProgramScoreView.class)))
    @APIResponse(responseCode = "304", description = "Not modified (If-None-Match matched the ETag).")
    @APIResponse(responseCode = "400", ref = ApiProblems.MALFORMED)
    @APIResponse(responseCode = "404", ref = ApiProblems.NOT_FOUND)
    public Response program(
            @PathParam("programId") long programId,
            @QueryParam("includeFlagged") @DefaultValue("false") boolean includeFlagged,
            @QueryParam("round") @Parameter(description = ScoreFilter.ROUND_PARAMETER, example = "3") String round,
            @QueryParam("channel") @Parameter(description = ScoreFilter.CHANNEL_PARAMETER, example = "PAPER")
                    List<String> channel,
            @Context Request request) {
        ProgramScoreView view = service.program(programId, includeFlagged, filters.parse(round, channel));
        return conditional.respond(request, view, withoutAsOf(view));
    }

    @GET
    @Path("/regions/{regionCode}/{year}")
    @Operation(
            operationId = "getRegionScores",
            summary = "A region's resident-benefit summary for a year",
            description = RegionScoreView.METHOD)
    @APIResponse(
            responseCode = "200",
            description = "Per dimension and sub-dimension.",
            content = @Content(schema = @Schema(implementation = RegionScoreView.class)))
    @APIResponse(responseCode = "304", description = "Not modified (If-None-Match matched the ETag).")
    @APIResponse(responseCode = "400", ref = ApiProblems.MALFORMED)
    @APIResponse(responseCode = "404", ref = ApiProblems.NOT_FOUND)
    @RolesAllowed({Roles.API_CLIENT, Roles.EVALUATOR, Roles.ADMIN})
    public Response region(
            @PathParam("regionCode") @Parameter(example = "63.71") String regionCode,
            @PathParam("year") @Parameter(example = "2024") int year,
            @QueryParam("includeFlagged") @DefaultValue("false") boolean includeFlagged,
            @QueryParam("round") @Parameter(description = ScoreFilter.ROUND_PARAMETER, example = "3") String round,
            @QueryParam("channel") @Parameter(description = ScoreFilter.CHANNEL_PARAMETER, example = "PAPER")
                    List<String> channel,
            @Context Request request) {
        RegionScoreView view = service.region(regionCode, year, includeFlagged, filters.parse(round, channel));
        RegionScoreView figures = new RegionScoreView(
                view.regionCode(),
                view.regionName(),
                view.year(),
                view.method(),
                view.scores(),
                view.coverage(),
                view.dimensions(),
                null);
        return conditional.respond(request, view, figures);
    }

    /** What {@link #programs} answers, a {@code PageView<ProgramScoreView>}, named for the document and its clients. */
    @Schema(name = "ProgramScoresPage", description = "One page of program scores; pages are numbered from 0.")
    record ProgramScoresPage(List<ProgramScoreView> items, int page, int size, long totalItems, int totalPages) {}

    /** The caller's filter within its regions; naming a region outside them is a 404, as if it did not exist. */
    private ProgramRepository.Filter scopedFilter(String region, Integer year, String dimension, String subDimension) {
        String regionCode = Texts.blankToNull(region);
        if (regionCode != null && !scope.canSeeRegion(regionCode)) {
            throw ProblemException.notFound("Region", regionCode);
        }
        return new ProgramRepository.Filter(
                        regionCode, year, Texts.blankToNull(dimension), Texts.blankToNull(subDimension), null)
                .within(scope.limits());
    }

    private static ProgramScoreView withoutAsOf(ProgramScoreView p) {
        return new ProgramScoreView(
                p.programId(),
                p.slug(),
                p.name(),
                p.agency(),
                p.regionCode(),
                p.year(),
                p.dimension(),
                p.subDimension(),
                p.questionnaireId(),
                p.questionnaireVersion(),
                p.scores(),
                null);
    }

    /** A text cell of the scores CSV: always quoted, made safe by the one CSV-cell rule of the app. */
    static String cell(String value) {
        return CsvCells.quoted(value);
    }

    private static String number(Number value) {
        return value == null
                ? ""
                : value instanceof Double d ? String.format(Locale.ROOT, "%.4f", d) : value.toString();
    }
}
