package id.suarawarga.web;

import id.suarawarga.common.persistence.DatabaseUnavailable;
import id.suarawarga.common.problem.ProblemExceptionMappers;
import id.suarawarga.questionnaire.PublicQuestionnaire;
import id.suarawarga.questionnaire.PublicQuestionnaires;
import id.suarawarga.questionnaire.PublicQuestionnaires.Availability;
import id.suarawarga.response.AnswerError;
import id.suarawarga.response.Channel;
import id.suarawarga.response.ClientAddress;
import id.suarawarga.response.Submission;
import id.suarawarga.response.SubmissionOutcome;
import id.suarawarga.response.SubmissionService;
import id.suarawarga.response.SubmissionToken;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.logging.Logger;

/**
 * The resident's pages: the questionnaire at {@code /s/{slug}}, a plain HTML form that works without JavaScript,
 * and the thank-you page. Success is a 303 redirect, so a refresh never resubmits; the form's token makes a
 * resubmission (back button, double tap) record nothing new.
 */
@Path("/s/{slug}")
@Tag(name = "Public: pages", description = "Server-rendered pages for residents (HTML).")
@PermitAll
public class SurveyPage {

    private static final Logger LOG = Logger.getLogger(SurveyPage.class);

    static final String DEVICE_COOKIE = "sw_device";
    static final String ANSWER_PREFIX = "q.";
    static final int COOKIE_MAX_AGE = 400 * 24 * 3600;
    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    /** The form template also renders the staff preview ({@link SurveyPreview}), which adds an optional banner. */
    @CheckedTemplate(requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance form(SurveyForm form);

        static native TemplateInstance notice(String lang, String heading, String body, String extra);
    }

    private final PublicQuestionnaires questionnaires;
    private final SubmissionService submissions;
    private final SubmissionToken tokens;
    private final SecureRandom random = new SecureRandom();
    private final Clock clock = Clock.systemUTC();

    SurveyPage(PublicQuestionnaires questionnaires, SubmissionService submissions, SubmissionToken tokens) {
        this.questionnaires = questionnaires;
        this.submissions = submissions;
        this.tokens = tokens;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(operationId = "getSurveyPage", summary = "The questionnaire page (HTML form)")
    public Response show(
            @PathParam("slug") String slug,
            @QueryParam("lang") String requestedLang,
            @CookieParam(PageLanguage.COOKIE) String rememberedLang,
            @HeaderParam("Accept-Language") String acceptLanguage,
            @CookieParam(DEVICE_COOKIE) String device,
            @QueryParam("k") String sourceTag,
            @Context UriInfo uri) {
        Availability availability = questionnaires.resolve(slug);
        if (!(availability instanceof Availability.Open open)) {
            String lang = PageLanguage.resolve(requestedLang, rememberedLang, acceptLanguage, true);
            return unavailable(availability, lang);
        }
        PublicQuestionnaire q = open.questionnaire();
        String lang = PageLanguage.resolve(requestedLang, rememberedLang, acceptLanguage, q.hasEnglish());
        Response.ResponseBuilder page = page(200, form(q, lang, Map.of(), List.of(), null, sourceTag), lang);
        if (device == null || device.isBlank()) {
            page.cookie(cookie(DEVICE_COOKIE, newDeviceId(), uri));
        }
        if (PageLanguage.isSupported(requestedLang)) {
            page.cookie(cookie(PageLanguage.COOKIE, lang, uri));
        }
        return page.build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Operation(
            operationId = "submitSurveyForm",
            summary = "Submit the questionnaire form",
            description = "303 to the thank-you page, or the form again with its errors.")
    public Response submit(
            @PathParam("slug") String slug,
            MultivaluedMap<String, String> fields,
            @CookieParam(DEVICE_COOKIE) String device,
            @Context HttpServerRequest http) {
        String lang = PageLanguage.isSupported(fields.getFirst("lang")) ? fields.getFirst("lang") : "id";
        Availability availability = questionnaires.resolve(slug);
        if (!(availability instanceof Availability.Open open)) {
            return unavailable(availability, lang);
        }
        PublicQuestionnaire q = open.questionnaire();
        Map<String, List<String>> answers = answers(fields);
        SurveyMessages msg = messages(lang);
        String sourceTag = fields.getFirst("k");
        Optional<SubmissionToken.Parsed> token = tokens.verify(q.id(), fields.getFirst("token"));
        if (token.isEmpty()) {
            // a stale or tampered page: keep the answers, give a fresh token, ask to send again
            return page(400, form(q, lang, answers, List.of(), msg.formExpired(), sourceTag), lang)
                    .build();
        }
        Submission submission = new Submission(
                q,
                open.duplicatePolicy(),
                token.get().key(),
                Channel.WEB,
                lang,
                answers,
                token.get().issuedAt(),
                fields.getFirst("website"),
                device,
                ClientAddress.of(http),
                false,
                null,
                sourceTag);
        SubmissionOutcome outcome;
        try {
            outcome = submissions.submit(submission);
        } catch (RuntimeException e) {
            if (!DatabaseUnavailable.causedBy(e)) {
                throw e;
            }
            // the database is restarting or failing over: keep the answers (and the token, so a second press that
            // races a late commit is still stored once) and ask to send again in a moment
            LOG.warnf("database unavailable on a survey form: %s", e.getClass().getSimpleName());
            return page(
                            503,
                            Templates.form(SurveyFormBuilder.build(
                                            q,
                                            lang,
                                            msg,
                                            fields.getFirst("token"),
                                            answers,
                                            List.of(),
                                            msg.unavailable())
                                    .withSourceTag(sourceTag)),
                            lang)
                    .header("Retry-After", ProblemExceptionMappers.RETRY_AFTER_SECONDS)
                    .build();
        }
        if (outcome instanceof SubmissionOutcome.Accepted) {
            return Response.seeOther(java.net.URI.create("/s/" + slug + "/terima-kasih?lang=" + lang))
                    .build();
        }
        if (outcome instanceof SubmissionOutcome.Invalid invalid) {
            return page(422, form(q, lang, answers, invalid.errors(), null, sourceTag), lang)
                    .build();
        }
        if (outcome instanceof SubmissionOutcome.NotEligible) {
            return page(200, Templates.notice(lang, msg.stoppedTitle(), msg.stoppedBody(), null), lang)
                    .build();
        }
        if (outcome instanceof SubmissionOutcome.DuplicateDevice) {
            return page(409, Templates.notice(lang, msg.alreadyTitle(), msg.alreadyBody(q.programName()), null), lang)
                    .build();
        }
        // RateLimited (KeyReused cannot happen on the web channel): keep the answers and ask to retry shortly
        return page(429, form(q, lang, answers, List.of(), msg.rateLimited(), sourceTag), lang)
                .header("Retry-After", "60")
                .build();
    }

    @GET
    @Path("/terima-kasih")
    @Produces(MediaType.TEXT_HTML)
    @Operation(operationId = "getThankYouPage", summary = "Thank-you page")
    public Response thanks(@PathParam("slug") String slug, @QueryParam("lang") String lang) {
        String language = PageLanguage.isSupported(lang) ? lang : "id";
        SurveyMessages msg = messages(language);
        Availability availability = questionnaires.resolve(slug);
        String program;
        String agency;
        if (availability instanceof Availability.Open open) {
            program = open.questionnaire().programName();
            agency = open.questionnaire().agency();
        } else if (availability instanceof Availability.Closed closed) {
            program = closed.programName();
            agency = closed.agency();
        } else {
            return unavailable(availability, language);
        }
        return page(
                        200,
                        Templates.notice(
                                language, msg.thanksTitle(), msg.thanksBody(agency, program), msg.thanksClose()),
                        language)
                .build();
    }

    private TemplateInstance form(
            PublicQuestionnaire q,
            String lang,
            Map<String, List<String>> answers,
            List<AnswerError> errors,
            String message,
            String sourceTag) {
        return Templates.form(SurveyFormBuilder.build(
                        q, lang, messages(lang), tokens.issue(q.id(), clock.instant()), answers, errors, message)
                .withSourceTag(sourceTag));
    }

    private Response unavailable(Availability availability, String lang) {
        SurveyMessages msg = messages(lang);
        if (availability instanceof Availability.Closed closed) {
            return page(
                            410,
                            Templates.notice(lang, msg.closedTitle(), msg.closedBody(closed.programName()), null),
                            lang)
                    .build();
        }
        if (availability instanceof Availability.NotYetOpen notYet) {
            String date = date(notYet.questionnaire().opensAt(), lang);
            return page(
                            403,
                            Templates.notice(
                                    lang,
                                    msg.notOpenTitle(),
                                    msg.notOpenBody(notYet.questionnaire().programName(), date),
                                    null),
                            lang)
                    .build();
        }
        return page(404, Templates.notice(lang, msg.notFoundTitle(), msg.notFoundBody(), null), lang)
                .build();
    }

    /** The page's form fields {@code q.CODE} as answers by question code. */
    static Map<String, List<String>> answers(MultivaluedMap<String, String> fields) {
        Map<String, List<String>> answers = new LinkedHashMap<>();
        fields.forEach((name, values) -> {
            if (name.startsWith(ANSWER_PREFIX) && name.length() > ANSWER_PREFIX.length()) {
                answers.put(name.substring(ANSWER_PREFIX.length()), new ArrayList<>(values));
            }
        });
        return answers;
    }

    static Response.ResponseBuilder page(int status, TemplateInstance page, String lang) {
        return Response.status(status)
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                // each form carries a unique token: a shared cache must never hand one resident's page to another
                .header("Cache-Control", "no-store")
                .header("Content-Language", lang)
                .entity(page.setAttribute("locale", Locale.forLanguageTag(lang)));
    }

    static SurveyMessages messages(String lang) {
        return MessageBundles.get(SurveyMessages.class, Localized.Literal.of(lang));
    }

    private static String date(Instant instant, String lang) {
        String pattern = "en".equals(lang) ? "d MMMM yyyy, HH:mm 'WIB'" : "d MMMM yyyy, 'pukul' HH.mm 'WIB'";
        return DateTimeFormatter.ofPattern(pattern, Locale.forLanguageTag(lang))
                .withZone(WIB)
                .format(instant);
    }

    private String newDeviceId() {
        byte[] id = new byte[16];
        random.nextBytes(id);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(id);
    }

    private static NewCookie cookie(String name, String value, UriInfo uri) {
        return new NewCookie.Builder(name)
                .value(value)
                .path("/s")
                .maxAge(COOKIE_MAX_AGE)
                .httpOnly(true)
                .secure("https".equals(uri.getRequestUri().getScheme()))
                .sameSite(NewCookie.SameSite.LAX)
                .build();
    }
}
