package id.suarawarga.response;

import com.fasterxml.jackson.databind.JsonNode;
import id.suarawarga.common.openapi.ApiProblems;
import id.suarawarga.common.problem.Problem;
import id.suarawarga.common.problem.ProblemException;
import id.suarawarga.common.problem.ProblemResponses;
import id.suarawarga.common.problem.ProblemType;
import id.suarawarga.questionnaire.PublicQuestionnaire;
import id.suarawarga.questionnaire.PublicQuestionnaires;
import id.suarawarga.questionnaire.PublicQuestionnaires.Availability;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The public JSON API for kiosks and apps: read a published questionnaire, submit a response exactly once. */
@Path("/api/v1/public/questionnaires")
@Tag(name = "Public: answering", description = "For kiosks and apps. No login; answers are anonymous.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@PermitAll
public class PublicSurveyResource {

    private static final Pattern SUBMISSION_KEY = Pattern.compile("[A-Za-z0-9_.:-]{1,200}");

    private final PublicQuestionnaires questionnaires;
    private final SubmissionService submissions;

    PublicSurveyResource(PublicQuestionnaires questionnaires, SubmissionService submissions) {
        this.questionnaires = questionnaires;
        this.submissions = submissions;
    }

    @GET
    @Path("/{slug}")
    @Operation(
            operationId = "getPublicQuestionnaire",
            summary = "Get the questionnaire a program's public link leads to")
    @APIResponse(
            responseCode = "200",
            description = "The published questionnaire, taking answers.",
            content = @Content(schema = @Schema(implementation = PublicQuestionnaire.class)))
    @APIResponse(
            responseCode = "403",
            description = "Published, not open yet (type /problems/questionnaire-not-open).",
            content =
                    @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", ref = ApiProblems.NOT_FOUND)
    @APIResponse(
            responseCode = "410",
            description = "Closed (type /problems/questionnaire-closed).",
            content =
                    @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PublicQuestionnaire get(@PathParam("slug") @Parameter(example = "si-mantab") String slug) {
        return open(slug).questionnaire();
    }

    @POST
    @Path("/{slug}/responses")
    @Operation(
            operationId = "submitResponse",
            summary = "Submit a response exactly once",
            description =
                    "Send a new Idempotency-Key per response and the same key on every retry: a retry with the same"
                            + " answers replays the original 201 and stores nothing new; the same key with different answers is"
                            + " refused with 422. The response is durably committed before 201 is sent.")
    @APIResponse(
            responseCode = "201",
            description = "Stored (or stored earlier under this key: the same receipt).",
            content = @Content(schema = @Schema(implementation = ResponseReceiptView.class)))
    @APIResponse(
            responseCode = "403",
            description = "Not open yet (type /problems/questionnaire-not-open).",
            content =
                    @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", ref = ApiProblems.NOT_FOUND)
    @APIResponse(
            responseCode = "409",
            description = "This device already answered and the questionnaire refuses a second"
                    + " response (type /problems/already-answered).",
            content =
                    @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "410",
            description = "Closed (type /problems/questionnaire-closed).",
            content =
                    @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "422",
            description = "Answers break the questionnaire's rules (/problems/validation-failed,"
                    + " errors[] points at /answers/{code}), the key was used for other answers (/problems/idempotency-key-reused),"
                    + " or an answer ends the questionnaire (/problems/respondent-not-eligible).",
            content =
                    @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "429",
            description = "Too many responses from this source (type /problems/too-many-requests).",
            content =
                    @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "503",
            description =
                    "The database cannot be reached just now (restart, failover); nothing"
                            + " was stored. Retry after Retry-After seconds with the same Idempotency-Key (type /problems/service-unavailable).",
            content =
                    @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CompletionStage<Response> submit(
            @PathParam("slug") String slug,
            @HeaderParam("Idempotency-Key")
                    @Parameter(
                            in = ParameterIn.HEADER,
                            required = true,
                            description = "Unique per response, the same on retries.",
                            example = "kiosk-7-2024-08-01-000153")
                    String idempotencyKey,
            @HeaderParam("X-Device-Id")
                    @Parameter(
                            in = ParameterIn.HEADER,
                            description =
                                    "Optional stable id of the answering device, for the duplicate policy; only its keyed hash is kept.")
                    String deviceId,
            @Valid @NotNull ResponseRequest request,
            @Context HttpServerRequest http,
            UriInfo uri) {
        // Runs on the event loop (the return type makes it non-blocking): no worker thread is held while the response's
        // batch commits. Whatever has to read the database runs on a worker thread of this request's context.
        if (idempotencyKey == null || !SUBMISSION_KEY.matcher(idempotencyKey).matches()) {
            throw new ProblemException(
                    ProblemType.IDEMPOTENCY_KEY_REQUIRED,
                    idempotencyKey == null
                            ? "Send an Idempotency-Key header, unique per response and the same on every retry"
                            : "The Idempotency-Key must be 1–200 letters, digits or - _ . :");
        }
        io.vertx.core.Context context = Vertx.currentContext();
        String language = request.language() == null ? "id" : request.language();
        Map<String, List<String>> answers = rawAnswers(request.answers());
        String device = deviceId == null || deviceId.isBlank() ? null : deviceId.strip();
        String clientAddress = ClientAddress.of(http);
        String path = uri.getRequestUri().getPath();
        CompletionStage<Availability> availability = questionnaires
                .resolveCached(slug)
                .<CompletionStage<Availability>>map(CompletableFuture::completedFuture)
                .orElseGet(() -> SubmissionService.blocking(context, () -> questionnaires.resolve(slug)));
        CompletionStage<Response> response = availability
                .thenCompose(found -> {
                    Availability.Open open = open(slug, found);
                    return submissions.submitAsync(
                            new Submission(
                                    open.questionnaire(),
                                    open.duplicatePolicy(),
                                    "api:" + idempotencyKey,
                                    Channel.API,
                                    language,
                                    answers,
                                    null,
                                    null,
                                    device,
                                    clientAddress,
                                    true,
                                    null,
                                    request.sourceTag(),
                                    false),
                            context);
                })
                .thenApply(outcome -> toResponse(outcome, idempotencyKey, path));
        return unwrapped(response);
    }

    /**
     * The stage with a failure as thrown ({@link ProblemException}, {@link ResponseStoreException}) rather than wrapped
     * in the {@link CompletionException} that dependent stages add, so the exception mappers see it as it is.
     */
    private static <T> CompletionStage<T> unwrapped(CompletionStage<T> stage) {
        CompletableFuture<T> result = new CompletableFuture<>();
        stage.whenComplete((value, failure) -> {
            if (failure == null) {
                result.complete(value);
            } else {
                result.completeExceptionally(
                        failure instanceof CompletionException && failure.getCause() != null
                                ? failure.getCause()
                                : failure);
            }
        });
        return result;
    }

    private static Response toResponse(SubmissionOutcome outcome, String idempotencyKey, String path) {
        return SubmissionReplies.created(
                outcome,
                "Idempotency-Key " + idempotencyKey + " was already used for different answers; nothing was stored",
                path);
    }

    private Availability.Open open(String slug) {
        return open(slug, questionnaires.resolve(slug));
    }

    private static Availability.Open open(String slug, Availability availability) {
        if (availability instanceof Availability.Open open) {
            return open;
        }
        if (availability instanceof Availability.NotYetOpen notYet) {
            throw new ProblemException(
                    ProblemType.QUESTIONNAIRE_NOT_OPEN,
                    "The questionnaire '" + slug + "' opens at "
                            + notYet.questionnaire().opensAt());
        }
        if (availability instanceof Availability.Closed) {
            throw new ProblemException(ProblemType.QUESTIONNAIRE_CLOSED, "The questionnaire '" + slug + "' is closed");
        }
        throw ProblemException.notFound("Questionnaire", "'" + slug + "'");
    }

    /** JSON answers as the strings the validator checks: numbers and booleans spelled out, arrays as several values. */
    public static Map<String, List<String>> rawAnswers(Map<String, JsonNode> answers) {
        Map<String, List<String>> raw = new LinkedHashMap<>();
        answers.forEach((code, node) -> {
            List<String> values = new ArrayList<>();
            if (node != null && node.isArray()) {
                node.forEach(item -> values.add(scalar(item)));
            } else if (node != null && !node.isNull()) {
                values.add(scalar(node));
            }
            raw.put(code, values);
        });
        return raw;
    }

    /** Digits either side of the point beyond which a number is no answer at all (and is not spelt out). */
    private static final int MAX_NUMBER_SCALE = 100;

    private static String scalar(JsonNode node) {
        if (node.isBoolean()) {
            return node.booleanValue() ? "YES" : "NO";
        }
        if (node.isNumber()) {
            // 1e999999 is Infinity as a double and a million digits as plain text: neither is ever a valid answer
            if (node.isFloatingPointNumber() && !Double.isFinite(node.doubleValue())) {
                return "\u0000" + node;
            }
            java.math.BigDecimal value = node.decimalValue().stripTrailingZeros();
            return Math.abs(value.scale()) > MAX_NUMBER_SCALE ? "\u0000" + node : value.toPlainString();
        }
        if (node.isTextual()) {
            return node.textValue();
        }
        return "\u0000" + node; // an object where a value belongs: never a valid answer
    }
}
