package id.suarawarga.web.staff.review;

import id.suarawarga.access.AccessScope;
import id.suarawarga.access.Roles;
import id.suarawarga.common.paging.PageRequest;
import id.suarawarga.common.problem.Problem.FieldError;
import id.suarawarga.common.problem.ProblemException;
import id.suarawarga.common.problem.ProblemType;
import id.suarawarga.response.FlagReason;
import id.suarawarga.review.FlaggedListView;
import id.suarawarga.review.FlaggedResponseView;
import id.suarawarga.review.ReviewContextView;
import id.suarawarga.review.ReviewDecision;
import id.suarawarga.review.ReviewRequest;
import id.suarawarga.review.ReviewService;
import id.suarawarga.review.ReviewStatus;
import id.suarawarga.web.staff.DashboardPage;
import id.suarawarga.web.staff.Viewer;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Review of flagged responses for owners and admins, thin over {@link ReviewService} (the API's service): the list with
 * reasons and filters, one response's answers, and decisions singly, for the ticked ones, or for every response waiting
 * with one reason. A decision without a reason comes back with what was typed and says what is missing.
 */
@Path("/dasbor/kuesioner/{questionnaireId}/tinjauan")
@RolesAllowed({Roles.ADMIN, Roles.PROGRAM_OWNER})
public class ReviewPage {

    static final int SIZE = 50;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(
                Viewer viewer, ReviewContextView context, FlaggedListView list, Filter filter, Form form, Saved saved);

        static native TemplateInstance response(
                Viewer viewer, ReviewContextView context, FlaggedResponseView response, Form form);
    }

    /** The list's filters as chosen (empty strings for "any") and the page shown (from 1). */
    public record Filter(String reason, String status, int shown, Integer previous, Integer next) {
        /** The query string that keeps these filters, for links and the way back after a decision. */
        public String query() {
            return "status=" + status + "&alasan=" + reason;
        }
    }

    /** What the person typed, and what is wrong with it (Indonesian), to show again. */
    public record Form(String decision, String note, String reason, List<String> errors) {
        static Form empty() {
            return new Form("", "", "", List.of());
        }

        public boolean hasErrors() {
            return !errors.isEmpty();
        }
    }

    /** The outcome of the last decision, shown once after the redirect. */
    public record Saved(int decided, String decision) {}

    private final ReviewService reviews;
    private final AccessScope scope;

    ReviewPage(ReviewService reviews, AccessScope scope) {
        this.reviews = reviews;
        this.scope = scope;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public Response list(
            @PathParam("questionnaireId") long questionnaireId,
            @QueryParam("alasan") String reason,
            @QueryParam("status") String status,
            @QueryParam("halaman") String page,
            @QueryParam("disimpan") String decided,
            @QueryParam("keputusan") String decision) {
        Saved saved = null;
        if (decided != null && decided.matches("\\d{1,4}") && parse(ReviewDecision.class, decision) != null) {
            saved = new Saved(Integer.parseInt(decided), decision);
        }
        return listPage(questionnaireId, reason, status, page, Form.empty(), saved, 200);
    }

    private Response listPage(
            long questionnaireId, String reason, String status, String page, Form form, Saved saved, int code) {
        int number = page != null && page.matches("\\d{1,6}") ? Math.max(1, Integer.parseInt(page)) : 1;
        FlagReason chosenReason = parse(FlagReason.class, reason);
        // the list opens on what waits for a decision; "SEMUA" shows every flagged response
        ReviewStatus chosenStatus = status == null || status.isBlank()
                ? ReviewStatus.WAITING
                : "SEMUA".equals(status) ? null : parse(ReviewStatus.class, status);
        FlaggedListView list =
                reviews.list(questionnaireId, chosenReason, chosenStatus, new PageRequest(number - 1, SIZE));
        Filter filter = new Filter(
                chosenReason == null ? "" : chosenReason.name(),
                chosenStatus == null ? "SEMUA" : chosenStatus.name(),
                number,
                number > 1 ? number - 1 : null,
                number < list.page().totalPages() ? number + 1 : null);
        return status(
                DashboardPage.page(
                        Templates.list(Viewer.of(scope), reviews.context(questionnaireId), list, filter, form, saved)),
                code);
    }

    @GET
    @Path("/{responseId}")
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public Response response(@PathParam("questionnaireId") long questionnaireId, @PathParam("responseId") long id) {
        return responsePage(questionnaireId, id, Form.empty(), 200);
    }

    private Response responsePage(long questionnaireId, long id, Form form, int code) {
        return status(
                DashboardPage.page(Templates.response(
                        Viewer.of(scope),
                        reviews.context(questionnaireId),
                        reviews.response(questionnaireId, id),
                        form)),
                code);
    }

    /** A decision on one response, from its own page. */
    @POST
    @Path("/{responseId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public Response decideOne(
            @PathParam("questionnaireId") long questionnaireId,
            @PathParam("responseId") long id,
            @FormParam("keputusan") String decision,
            @FormParam("catatan") String note) {
        ReviewRequest request = new ReviewRequest(parse(ReviewDecision.class, decision), note, List.of(id), null);
        try {
            int decided = reviews.decide(questionnaireId, request).decided();
            return saved(questionnaireId, decided, request.decision(), "status=WAITING&alasan=");
        } catch (ProblemException e) {
            return responsePage(questionnaireId, id, form(e, decision, note, ""), 400);
        }
    }

    /** A decision on the ticked responses of the list, or on every response waiting with one reason. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public Response decideMany(
            @PathParam("questionnaireId") long questionnaireId,
            @FormParam("keputusan") String decision,
            @FormParam("catatan") String note,
            @FormParam("id") List<String> ids,
            @FormParam("semua_alasan") String reason,
            @FormParam("status") String status,
            @FormParam("alasan") String listReason) {
        FlagReason byReason = parse(FlagReason.class, reason);
        List<Long> chosen = null;
        if (byReason == null) {
            chosen = new ArrayList<>();
            for (String value : ids == null ? List.<String>of() : ids) {
                if (value != null && value.matches("\\d{1,18}")) {
                    chosen.add(Long.parseLong(value));
                }
            }
        }
        ReviewRequest request = new ReviewRequest(parse(ReviewDecision.class, decision), note, chosen, byReason);
        String query = "status=" + orEmpty(status) + "&alasan=" + orEmpty(listReason);
        try {
            int decided = reviews.decide(questionnaireId, request).decided();
            return saved(questionnaireId, decided, request.decision(), query);
        } catch (ProblemException e) {
            return listPage(
                    questionnaireId,
                    listReason,
                    status,
                    null,
                    form(e, decision, note, byReason == null ? "" : byReason.name()),
                    null,
                    400);
        }
    }

    private static Response saved(long questionnaireId, int decided, ReviewDecision decision, String query) {
        return Response.seeOther(URI.create("/dasbor/kuesioner/" + questionnaireId + "/tinjauan?" + query + "&disimpan="
                        + decided + "&keputusan=" + decision.name()))
                .build();
    }

    /** The problem in words a reviewer understands; a 404 (an id not flagged here) goes on to the error page. */
    private static Form form(ProblemException e, String decision, String note, String reason) {
        if (e.type() != ProblemType.VALIDATION_FAILED || e.errors() == null) {
            throw e;
        }
        List<String> messages = new ArrayList<>();
        for (FieldError error : e.errors()) {
            messages.add(
                    switch (error.pointer()) {
                        case "/decision" -> "Pilih keputusan: dihitung atau ditolak.";
                        case "/note" ->
                            error.detail().startsWith("must be at most")
                                    ? "Alasan terlalu panjang: paling banyak " + ReviewRequest.MAX_NOTE + " karakter."
                                    : "Tulis alasan keputusan ini (wajib).";
                        case "/responseIds" ->
                            "Centang paling sedikit satu jawaban (paling banyak " + ReviewRequest.MAX_IDS + ").";
                        default -> error.detail();
                    });
        }
        return new Form(orEmpty(decision), orEmpty(note), reason, messages);
    }

    private static Response status(Response page, int code) {
        return code == 200 ? page : Response.fromResponse(page).status(code).build();
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        return Arrays.stream(type.getEnumConstants())
                .filter(e -> e.name().equals(value))
                .findFirst()
                .orElse(null);
    }
}
