package id.suarawarga.web;

import id.suarawarga.common.persistence.DatabaseUnavailable;
import id.suarawarga.common.problem.Problem.FieldError;
import id.suarawarga.common.problem.ProblemExceptionMappers;
import id.suarawarga.common.problem.ProblemResponses;
import id.suarawarga.common.problem.ProblemType;
import id.suarawarga.questionnaire.PublicQuestionnaire;
import id.suarawarga.questionnaire.PublicQuestionnaires;
import id.suarawarga.questionnaire.PublicQuestionnaires.Availability;
import id.suarawarga.response.Channel;
import id.suarawarga.response.ClientAddress;
import id.suarawarga.response.KioskPass;
import id.suarawarga.response.Submission;
import id.suarawarga.response.SubmissionOutcome;
import id.suarawarga.response.SubmissionService;
import id.suarawarga.response.SubmissionToken;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Where the questionnaire page's {@code offline.js} sends a form that was filled in without signal and kept on the
 * phone: the same fields as the form post, answered in JSON. The form's token is the idempotency key, as ODK's
 * instance id is: the same form with the same answers again is acknowledged with its original receipt and stores
 * nothing, the same token with other answers is refused.
 */
@Path("/s/{slug}/kirim")
@Tag(name = "Public: pages", description = "Server-rendered pages for residents (HTML).")
@PermitAll
public class SurveyOutbox {

    private final PublicQuestionnaires questionnaires;
    private final SubmissionService submissions;
    private final SubmissionToken tokens;
    private final KioskPass kiosks;

    SurveyOutbox(
            PublicQuestionnaires questionnaires,
            SubmissionService submissions,
            SubmissionToken tokens,
            KioskPass kiosks) {
        this.questionnaires = questionnaires;
        this.submissions = submissions;
        this.tokens = tokens;
        this.kiosks = kiosks;
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces({MediaType.APPLICATION_JSON, ProblemResponses.MEDIA_TYPE})
    @Operation(
            operationId = "sendKeptSurveyForm",
            summary = "Send a questionnaire form kept on the phone while offline",
            description = "The form's fields as the page posts them. 201 with the receipt; a repeat with the same"
                    + " answers gets the same receipt and Idempotency-Replayed: true.")
    @APIResponse(responseCode = "201", description = "Stored (or stored earlier from this form: the same receipt).")
    @APIResponse(
            responseCode = "400",
            description = "The form's token is not one we issued (/problems/malformed-request).")
    @APIResponse(responseCode = "409", description = "This device already answered (/problems/already-answered).")
    @APIResponse(
            responseCode = "422",
            description = "Answers break the rules (/problems/validation-failed), the form was sent before with other"
                    + " answers (/problems/idempotency-key-reused), or an answer ends the questionnaire"
                    + " (/problems/respondent-not-eligible).")
    @APIResponse(responseCode = "404", description = "No such questionnaire; 403 not open yet; 410 closed.")
    @APIResponse(responseCode = "429", description = "Too many responses from this source; retry later.")
    @APIResponse(responseCode = "503", description = "The database is unavailable; nothing stored, retry later.")
    public Response send(
            @PathParam("slug") String slug,
            MultivaluedMap<String, String> fields,
            @CookieParam(SurveyPage.DEVICE_COOKIE) String device,
            @CookieParam(SurveyPage.KIOSK_COOKIE) String kioskPass,
            @Context HttpServerRequest http,
            @Context UriInfo uri) {
        String path = uri.getRequestUri().getPath();
        Availability availability = questionnaires.resolve(slug);
        if (!(availability instanceof Availability.Open open)) {
            return unavailable(availability, slug, path);
        }
        PublicQuestionnaire q = open.questionnaire();
        Optional<SubmissionToken.Parsed> token = tokens.verify(q.id(), fields.getFirst("token"));
        if (token.isEmpty()) {
            return ProblemResponses.of(
                    ProblemType.MALFORMED_REQUEST, "The form's token is missing or not one we issued", path, null);
        }
        String lang = PageLanguage.isSupported(fields.getFirst("lang")) ? fields.getFirst("lang") : "id";
        // as the form post does (SurveyPage): a kiosk's responses carry the kiosk, not a resident's device
        Optional<String> kiosk = kioskPass == null ? Optional.empty() : kiosks.verify(slug, kioskPass, Instant.now());
        Submission submission = new Submission(
                q,
                open.duplicatePolicy(),
                token.get().key(),
                kiosk.isPresent() ? Channel.KIOSK : Channel.WEB,
                lang,
                SurveyPage.answers(fields),
                token.get().issuedAt(),
                fields.getFirst("website"),
                kiosk.orElse(device),
                ClientAddress.of(http),
                true,
                null,
                fields.getFirst("k"),
                token.get().otherPerson());
        SubmissionOutcome outcome;
        try {
            outcome = submissions.submit(submission);
        } catch (RuntimeException e) {
            if (!DatabaseUnavailable.causedBy(e)) {
                throw e;
            }
            return Response.fromResponse(ProblemResponses.of(
                            ProblemType.SERVICE_UNAVAILABLE, "Nothing was stored; send again later", path, null))
                    .header("Retry-After", ProblemExceptionMappers.RETRY_AFTER_SECONDS)
                    .build();
        }
        return toResponse(outcome, path);
    }

    private static Response toResponse(SubmissionOutcome outcome, String path) {
        if (outcome instanceof SubmissionOutcome.Accepted accepted) {
            return Response.status(Response.Status.CREATED)
                    .type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(accepted.receipt())
                    .header("Idempotency-Replayed", String.valueOf(accepted.replayed()))
                    .build();
        }
        if (outcome instanceof SubmissionOutcome.Invalid invalid) {
            return ProblemResponses.of(
                    ProblemType.VALIDATION_FAILED,
                    "Some answers break the questionnaire's rules; nothing was stored",
                    path,
                    invalid.errors().stream()
                            .map(e -> FieldError.at("/answers/" + e.question(), e.englishDetail()))
                            .toList());
        }
        if (outcome instanceof SubmissionOutcome.NotEligible) {
            return ProblemResponses.of(
                    ProblemType.RESPONDENT_NOT_ELIGIBLE,
                    "An answer ends the questionnaire; nothing was stored",
                    path,
                    null);
        }
        if (outcome instanceof SubmissionOutcome.KeyReused) {
            return ProblemResponses.of(
                    ProblemType.IDEMPOTENCY_KEY_REUSED,
                    "This form was already sent with other answers; nothing was stored",
                    path,
                    null);
        }
        if (outcome instanceof SubmissionOutcome.DuplicateDevice) {
            return ProblemResponses.of(
                    ProblemType.ALREADY_ANSWERED, "This device already answered; nothing was stored", path, null);
        }
        return Response.fromResponse(ProblemResponses.of(
                        ProblemType.TOO_MANY_REQUESTS, "Too many responses just now; nothing was stored", path, null))
                .header("Retry-After", "60")
                .build();
    }

    private static Response unavailable(Availability availability, String slug, String path) {
        if (availability instanceof Availability.Closed) {
            return ProblemResponses.of(
                    ProblemType.QUESTIONNAIRE_CLOSED, "The questionnaire '" + slug + "' is closed", path, null);
        }
        if (availability instanceof Availability.NotYetOpen) {
            return ProblemResponses.of(
                    ProblemType.QUESTIONNAIRE_NOT_OPEN, "The questionnaire '" + slug + "' is not open yet", path, null);
        }
        return ProblemResponses.of(ProblemType.NOT_FOUND, "No questionnaire '" + slug + "'", path, null);
    }
}
