package id.suarawarga.web;

import id.suarawarga.common.persistence.DatabaseUnavailable;
import id.suarawarga.common.problem.ProblemExceptionMappers;
import id.suarawarga.publication.PublicResultService;
import id.suarawarga.questionnaire.DuplicatePolicy;
import id.suarawarga.questionnaire.PublicQuestionnaire;
import id.suarawarga.questionnaire.PublicQuestionnaires;
import id.suarawarga.questionnaire.PublicQuestionnaires.Availability;
import id.suarawarga.response.AnswerError;
import id.suarawarga.response.AnswerValidator;
import id.suarawarga.response.Channel;
import id.suarawarga.response.ClientAddress;
import id.suarawarga.response.FormDrafts;
import id.suarawarga.response.KioskPass;
import id.suarawarga.response.SourceTags;
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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.logging.Logger;

/**
 * The resident's pages: the questionnaire at {@code /s/{slug}}, a plain HTML form that works without JavaScript,
 * and the thank-you page. Every POST answers with a 303 (success to the thank-you page; errors, a language switch
 * or a busy moment to the form kept as a {@link FormDrafts draft}), so the history holds only GETs and Back never
 * offers to resubmit; the form's token makes a resubmission (double tap) record nothing new. A device that already
 * answered sees "sent" and is asked whether this is a different person (a shared phone); a counter tablet enrolled
 * by staff ({@link KioskPass}) takes one resident after another.
 */
@Path("/s/{slug}")
@Tag(name = "Public: pages", description = "Server-rendered pages for residents (HTML).")
@PermitAll
public class SurveyPage {

    private static final Logger LOG = Logger.getLogger(SurveyPage.class);

    static final String DEVICE_COOKIE = "sw_device";
    static final String KIOSK_COOKIE = "sw_kiosk";
    /** A kiosk's form goes back to empty after this long without a tap; its thank-you page after {@link #KIOSK_NEXT}. */
    static final int KIOSK_IDLE_SECONDS = 120;

    static final int KIOSK_NEXT = 10;
    static final String ANSWER_PREFIX = "q.";
    static final int COOKIE_MAX_AGE = 400 * 24 * 3600;
    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    /** The form template also renders the staff preview ({@link SurveyPreview}), which adds an optional banner. */
    @CheckedTemplate(requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance form(SurveyForm form);

        static native TemplateInstance notice(String lang, String heading, String body, String extra);

        /** {@code results}: the program's public results page (#20), or null when there is none to link. */
        static native TemplateInstance next(String lang, String heading, String body, Next next, String results);
    }

    /**
     * A page's way on: a question, a link to follow and a note; {@code refresh} seconds (or null) before the browser
     * follows the link by itself (a kiosk's thank-you page).
     */
    public record Next(String question, String href, String linkText, String note, Integer refresh) {}

    private final PublicQuestionnaires questionnaires;
    private final SubmissionService submissions;
    private final SubmissionToken tokens;
    private final FormDrafts drafts;
    private final KioskPass kiosks;
    private final PublicResultService publicResults;
    private final SecureRandom random = new SecureRandom();
    private final Clock clock = Clock.systemUTC();

    SurveyPage(
            PublicQuestionnaires questionnaires,
            SubmissionService submissions,
            SubmissionToken tokens,
            FormDrafts drafts,
            KioskPass kiosks,
            PublicResultService publicResults) {
        this.publicResults = publicResults;
        this.questionnaires = questionnaires;
        this.submissions = submissions;
        this.tokens = tokens;
        this.drafts = drafts;
        this.kiosks = kiosks;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(operationId = "getSurveyPage", summary = "The questionnaire page (HTML form)")
    public Response show(
            @PathParam("slug") String slug,
            @QueryParam("lang") String requestedLang,
            @QueryParam("draft") String draftId,
            @QueryParam("baru") String otherPerson,
            @CookieParam(PageLanguage.COOKIE) String rememberedLang,
            @HeaderParam("Accept-Language") String acceptLanguage,
            @CookieParam(DEVICE_COOKIE) String device,
            @QueryParam("k") String sourceTag,
            @CookieParam(KIOSK_COOKIE) String kioskPass,
            @Context UriInfo uri) {
        Availability availability = questionnaires.resolve(slug);
        if (!(availability instanceof Availability.Open open)) {
            String lang = PageLanguage.resolve(requestedLang, rememberedLang, acceptLanguage, true);
            return unavailable(availability, lang);
        }
        PublicQuestionnaire q = open.questionnaire();
        boolean kiosk = kiosk(slug, kioskPass).isPresent();
        Optional<FormDrafts.Draft> draft = drafts.find(q.id(), draftId, device);
        String lang = PageLanguage.resolve(
                requestedLang != null || draft.isEmpty()
                        ? requestedLang
                        : draft.get().language(),
                rememberedLang,
                acceptLanguage,
                q.hasEnglish());
        Response.ResponseBuilder page;
        if (draft.isPresent()) {
            page = page(200, form(q, lang, draft.get(), kiosk, sourceTag), lang);
        } else {
            int earlier = kiosk || device == null || device.isBlank()
                    ? 0
                    : submissions.deviceResponses(q, open.duplicatePolicy(), device);
            if (earlier > 0 && otherPerson == null) {
                page = page(200, sent(q, open.duplicatePolicy(), earlier, lang), lang);
            } else {
                String token = tokens.issue(q.id(), clock.instant(), earlier > 0);
                page = page(
                        200,
                        form(q, lang, token, Map.of(), List.of(), null, null, earlier > 0, kiosk, sourceTag),
                        lang);
            }
        }
        if (device == null || device.isBlank()) {
            page.cookie(cookie(DEVICE_COOKIE, newDeviceId(), uri));
        }
        if (PageLanguage.isSupported(requestedLang)) {
            page.cookie(cookie(PageLanguage.COOKIE, lang, uri));
        }
        return page.build();
    }

    /** Back after sending, or a second person opening the link on the same phone: say it is sent, ask plainly. */
    private TemplateInstance sent(PublicQuestionnaire q, DuplicatePolicy policy, int earlier, String lang) {
        SurveyMessages msg = messages(lang);
        boolean mayAnswer = policy == DuplicatePolicy.FLAG && earlier < SubmissionService.SHARED_DEVICE_MAX;
        return Templates.next(
                lang,
                msg.sentTitle(),
                msg.sentBody(q.programName()),
                mayAnswer
                        ? new Next(
                                msg.otherPersonQuestion(),
                                "/s/" + q.slug() + "?baru=1&lang=" + lang,
                                msg.otherPersonYes(),
                                msg.otherPersonNo(),
                                null)
                        : new Next(null, null, null, msg.thanksClose(), null),
                null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Operation(
            operationId = "submitSurveyForm",
            summary = "Submit the questionnaire form",
            description = "303 to the thank-you page, or to the form kept as a draft (errors, language switch).")
    public Response submit(
            @PathParam("slug") String slug,
            MultivaluedMap<String, String> fields,
            @CookieParam(DEVICE_COOKIE) String device,
            @CookieParam(KIOSK_COOKIE) String kioskPass,
            @Context HttpServerRequest http,
            @Context UriInfo uri) {
        String lang = PageLanguage.isSupported(fields.getFirst("lang")) ? fields.getFirst("lang") : "id";
        Availability availability = questionnaires.resolve(slug);
        if (!(availability instanceof Availability.Open open)) {
            return unavailable(availability, lang);
        }
        PublicQuestionnaire q = open.questionnaire();
        Map<String, List<String>> answers = answers(fields);
        SurveyMessages msg = messages(lang);
        String sourceTag = fields.getFirst("k");
        Optional<String> kiosk = kiosk(slug, kioskPass);
        String postedToken = fields.getFirst("token");
        Optional<SubmissionToken.Parsed> token = tokens.verify(q.id(), postedToken);
        String switchTo = fields.getFirst("switch");
        boolean switching = PageLanguage.isSupported(switchTo) && (q.hasEnglish() || "id".equals(switchTo));
        if (token.isEmpty()) {
            // a stale, tampered or forged page: nothing is kept for a form we did not issue; the answers come back on
            // this page with a fresh token (in the other language after a switch), asking to send again
            String shown = switching ? switchTo : lang;
            return page(
                            switching ? 200 : 400,
                            form(
                                    q,
                                    shown,
                                    tokens.issue(q.id(), clock.instant()),
                                    answers,
                                    List.of(),
                                    switching ? null : messages(shown).formExpired(),
                                    null,
                                    false,
                                    kiosk.isPresent(),
                                    sourceTag),
                            shown)
                    .build();
        }
        if (switching) {
            // the language switch is a button of the form: every answer goes along, with or without JavaScript
            return toDraft(slug, q, device, postedToken, switchTo, answers, false, null, sourceTag)
                    .cookie(cookie(PageLanguage.COOKIE, switchTo, uri))
                    .build();
        }
        Submission submission = new Submission(
                q,
                open.duplicatePolicy(),
                token.get().key(),
                kiosk.isPresent() ? Channel.KIOSK : Channel.WEB,
                lang,
                answers,
                token.get().issuedAt(),
                fields.getFirst("website"),
                kiosk.orElse(device),
                ClientAddress.of(http),
                false,
                null,
                sourceTag,
                token.get().otherPerson());
        SubmissionOutcome outcome;
        try {
            outcome = submissions.submit(submission);
        } catch (RuntimeException e) {
            if (!DatabaseUnavailable.causedBy(e)) {
                throw e;
            }
            // the database is restarting or failing over: no draft can be kept, so the answers come back on this
            // page (with the token, so a second press that races a late commit is still stored once)
            LOG.warnf("database unavailable on a survey form: %s", e.getClass().getSimpleName());
            return page(
                            503,
                            form(
                                    q,
                                    lang,
                                    postedToken,
                                    answers,
                                    List.of(),
                                    msg.unavailable(),
                                    null,
                                    false,
                                    false,
                                    sourceTag),
                            lang)
                    .header("Retry-After", ProblemExceptionMappers.RETRY_AFTER_SECONDS)
                    .build();
        }
        if (outcome instanceof SubmissionOutcome.Accepted) {
            String draftId = fields.getFirst("draft");
            if (draftId != null) {
                drafts.forget(q.id(), draftId);
            }
            return Response.seeOther(java.net.URI.create("/s/" + slug + "/terima-kasih?lang=" + lang))
                    .build();
        }
        if (outcome instanceof SubmissionOutcome.Invalid) {
            // the same token: the minimum fill time counts from the form's first render, not from this correction
            return toDraft(slug, q, device, postedToken, lang, answers, true, null, sourceTag)
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
        return toDraft(slug, q, device, postedToken, lang, answers, false, FormDrafts.Message.RATE_LIMITED, sourceTag)
                .build();
    }

    /** POST-redirect-GET: keeps the form as a draft and sends the browser to it. */
    private Response.ResponseBuilder toDraft(
            String slug,
            PublicQuestionnaire q,
            String device,
            String token,
            String lang,
            Map<String, List<String>> answers,
            boolean showErrors,
            FormDrafts.Message message,
            String sourceTag) {
        UUID draft = drafts.keep(q.id(), device, token, lang, answers, showErrors, message);
        // the link's tag travels in the address, as it came (only a valid tag: it is written into the URL)
        String tag = SourceTags.normalise(sourceTag);
        return Response.seeOther(java.net.URI.create("/s/" + slug + "?lang=" + lang + "&draft=" + draft
                + (tag == null ? "" : "&k=" + tag)
                + (showErrors || message != null ? "#errors" : "")));
    }

    @GET
    @Path("/terima-kasih")
    @Produces(MediaType.TEXT_HTML)
    @Operation(operationId = "getThankYouPage", summary = "Thank-you page")
    public Response thanks(
            @PathParam("slug") String slug,
            @QueryParam("lang") String lang,
            @CookieParam(KIOSK_COOKIE) String kioskPass) {
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
        Next next;
        if (!(availability instanceof Availability.Open)) {
            next = new Next(null, null, null, msg.thanksClose(), null);
        } else if (kiosk(slug, kioskPass).isPresent()) {
            // a counter tablet: back to an empty form for the next resident, by a tap or by itself
            next = new Next(
                    null, "/s/" + slug + "?lang=id", msg.kioskNext(), msg.kioskNextSoon(KIOSK_NEXT), KIOSK_NEXT);
        } else {
            next = new Next(null, "/s/" + slug + "?lang=" + language, msg.thanksOther(), msg.thanksClose(), null);
        }
        // #20: the results residents were asked for, once published (not on a counter tablet: it serves the next one)
        String results = next.refresh() == null && publicResults.hasPublicResults(slug)
                ? "/hasil/program/" + slug + "?lang=" + language
                : null;
        return page(
                        200,
                        Templates.next(language, msg.thanksTitle(), msg.thanksBody(agency, program), next, results),
                        language)
                .build();
    }

    private TemplateInstance form(
            PublicQuestionnaire q, String lang, FormDrafts.Draft draft, boolean kiosk, String sourceTag) {
        SurveyMessages msg = messages(lang);
        List<AnswerError> errors = draft.showErrors()
                ? AnswerValidator.check(q, draft.answers(), false).errors()
                : List.of();
        String message = draft.message() == null
                ? null
                : switch (draft.message()) {
                    case RATE_LIMITED -> msg.rateLimited();
                };
        boolean otherPerson = tokens.verify(q.id(), draft.token())
                .map(SubmissionToken.Parsed::otherPerson)
                .orElse(false);
        return form(
                q,
                lang,
                draft.token(),
                draft.answers(),
                errors,
                message,
                draft.id().toString(),
                otherPerson,
                kiosk,
                sourceTag);
    }

    private TemplateInstance form(
            PublicQuestionnaire q,
            String lang,
            String token,
            Map<String, List<String>> answers,
            List<AnswerError> errors,
            String message,
            String draftId,
            boolean otherPerson,
            boolean kiosk,
            String sourceTag) {
        return Templates.form(SurveyFormBuilder.build(q, lang, messages(lang), token, answers, errors, message)
                .with(draftId, otherPerson, kiosk ? KIOSK_IDLE_SECONDS : null)
                .withSourceTag(sourceTag));
    }

    /** The kiosk's id when this browser holds a valid kiosk pass for this survey. */
    private Optional<String> kiosk(String slug, String pass) {
        return pass == null ? Optional.empty() : kiosks.verify(slug, pass, clock.instant());
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
