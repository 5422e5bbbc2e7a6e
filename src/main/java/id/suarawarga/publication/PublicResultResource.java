package id.suarawarga.publication;

import id.suarawarga.common.openapi.ApiProblems;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The published results for anyone, without sign-in, as JSON and CSV (the same figures as the public pages under
 * {@code /hasil}); cacheable for five minutes. Unpublished results answer 404 like unknown ones.
 */
@PermitAll
@Path("/api/v1/public/results")
@Tag(
        name = "Public results",
        description = "Published survey results (PermenPANRB 14/2017 requires publishing the SKM results and the"
                + " follow-up plan). No sign-in; scores of fewer than 5 respondents are never shown.")
public class PublicResultResource {

    /** Public figures change with each response; five minutes keeps pages fresh and caches useful. */
    static final String CACHE = "public, max-age=300";

    static final String CSV = "text/csv;charset=UTF-8";

    private final PublicResultService results;

    PublicResultResource(PublicResultService results) {
        this.results = results;
    }

    @GET
    @Path("/regions/{region}/{year}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "getPublicRegionResults",
            summary = "A region's public results of one year",
            description = "Each program whose results are public, with n, IKM and category, and the benefit score.")
    @APIResponse(
            responseCode = "200",
            description = "The region's programs.",
            content = @Content(schema = @Schema(implementation = PublicRegionResultView.class)))
    @APIResponse(responseCode = "404", ref = ApiProblems.NOT_FOUND)
    public Response region(
            @Parameter(description = "Kemendagri region code.", example = "63.71") @PathParam("region") String region,
            @Parameter(description = "Evaluation year.", example = "2024") @PathParam("year") int year) {
        return json(results.region(region, year));
    }

    @GET
    @Path("/regions/{region}/{year}/programs.csv")
    @Produces("text/csv")
    @Operation(
            operationId = "getPublicRegionResultsCsv",
            summary = "A region's public results of one year as CSV",
            description = "One row per program; suppressed cells are empty.")
    @APIResponse(
            responseCode = "200",
            description = "CSV, UTF-8 with a byte-order mark, one header row.",
            content =
                    @Content(
                            mediaType = "text/csv",
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            examples = "region_code,region,year,program,agency,dimension,sub_dimension,"
                                                    + "responses,suppressed,ikm_konversi,category,ikm_low,ikm_high,"
                                                    + "benefit,benefit_low,benefit_high\r\n63.71,Kota Banjarmasin,2024,"
                                                    + "Si Mantab,DPMPTSP,Smart Governance,Layanan Publik,55,false,82.47,"
                                                    + "B,80.1,84.8,3.41,3.3,3.52")))
    @APIResponse(responseCode = "404", ref = ApiProblems.NOT_FOUND)
    public Response regionCsv(
            @Parameter(description = "Kemendagri region code.", example = "63.71") @PathParam("region") String region,
            @Parameter(description = "Evaluation year.", example = "2024") @PathParam("year") int year) {
        return cached(PublicResultCsv.region(results.region(region, year)), CSV)
                .header("Content-Disposition", "attachment; filename=\"hasil-" + region + "-" + year + ".csv\"")
                .build();
    }

    @GET
    @Path("/programs/{slug}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "getPublicProgramResults",
            summary = "A program's public results",
            description = "IKM with category, n, period and interval, each element, the benefit score and the"
                    + " follow-up actions.")
    @APIResponse(
            responseCode = "200",
            description = "The program's results.",
            content = @Content(schema = @Schema(implementation = PublicProgramResultView.class)))
    @APIResponse(responseCode = "404", ref = ApiProblems.NOT_FOUND)
    public Response program(
            @Parameter(description = "The program's link name (as in /s/{slug}).", example = "si-mantab")
                    @PathParam("slug")
                    String slug) {
        return json(results.program(slug));
    }

    @GET
    @Path("/programs/{slug}/results.csv")
    @Produces("text/csv")
    @Operation(
            operationId = "getPublicProgramResultsCsv",
            summary = "A program's public results as CSV",
            description = "One row for the IKM, one for the benefit score and one per element; suppressed cells are"
                    + " empty.")
    @APIResponse(
            responseCode = "200",
            description = "CSV, UTF-8 with a byte-order mark, one header row.",
            content =
                    @Content(
                            mediaType = "text/csv",
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            examples = "measure,code,name,n,value,low,high,category,suppressed\r\n"
                                                    + "IKM,IKM,Indeks Kepuasan Masyarakat (25-100),55,82.47,80.1,84.8,B,"
                                                    + "false")))
    @APIResponse(responseCode = "404", ref = ApiProblems.NOT_FOUND)
    public Response programCsv(
            @Parameter(description = "The program's link name.", example = "si-mantab") @PathParam("slug")
                    String slug) {
        return cached(PublicResultCsv.program(results.program(slug)), CSV)
                .header("Content-Disposition", "attachment; filename=\"hasil-" + slug + ".csv\"")
                .build();
    }

    private static Response json(Object entity) {
        return cached(entity, MediaType.APPLICATION_JSON).build();
    }

    private static Response.ResponseBuilder cached(Object entity, String type) {
        return Response.ok(entity, type).header("Cache-Control", CACHE);
    }
}
