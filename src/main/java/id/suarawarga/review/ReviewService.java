package id.suarawarga.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.suarawarga.access.AccessScope;
import id.suarawarga.audit.AuditAction;
import id.suarawarga.audit.AuditChanges;
import id.suarawarga.audit.AuditLog;
import id.suarawarga.common.paging.PageRequest;
import id.suarawarga.common.paging.PageView;
import id.suarawarga.common.problem.Problem.FieldError;
import id.suarawarga.common.problem.ProblemException;
import id.suarawarga.program.ProgramService;
import id.suarawarga.questionnaire.QuestionView;
import id.suarawarga.questionnaire.QuestionnaireService;
import id.suarawarga.questionnaire.QuestionnaireView;
import id.suarawarga.response.FlagReason;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

/**
 * Review of flagged responses, for the API and the staff pages alike: the list per questionnaire with the reasons, one
 * response's answers, and decisions (counted or rejected, with a reason) on one response, a chosen few, or every
 * response waiting with one flag reason. Nothing is deleted; every decision is audited, and scores follow at once
 * because the decision moves the responses' share of the running aggregates in the same transaction.
 */
@ApplicationScoped
public class ReviewService {

    private final ReviewQueries queries;
    private final QuestionnaireService questionnaires;
    private final ProgramService programs;
    private final AuditLog audit;
    private final AccessScope scope;
    private final ObjectMapper json;

    ReviewService(
            ReviewQueries queries,
            QuestionnaireService questionnaires,
            ProgramService programs,
            AuditLog audit,
            AccessScope scope,
            ObjectMapper json) {
        this.queries = queries;
        this.questionnaires = questionnaires;
        this.programs = programs;
        this.audit = audit;
        this.scope = scope;
        this.json = json;
    }

    /** Counts and one page of the questionnaire's flagged responses; {@code reason}/{@code status} null for any. */
    public FlaggedListView list(long questionnaireId, FlagReason reason, ReviewStatus status, PageRequest page) {
        questionnaires.get(questionnaireId); // 404 for an unknown questionnaire
        ReviewQueries.Counts counts = queries.counts(questionnaireId);
        ReviewQueries.PageOfRows rows =
                queries.page(questionnaireId, reason == null ? null : reason.name(), status, page.page(), page.size());
        Map<String, Long> byReason = new LinkedHashMap<>();
        for (FlagReason r : FlagReason.values()) {
            byReason.put(r.name(), counts.waitingByReason().getOrDefault(r.name(), 0L));
        }
        return new FlaggedListView(
                questionnaireId,
                counts.byStatus(),
                byReason,
                PageView.of(rows.rows(), page, rows.total(), row -> view(row, null)));
    }

    /** The program and version a questionnaire belongs to, for the staff pages' headings. */
    public ReviewContextView context(long questionnaireId) {
        QuestionnaireView questionnaire = questionnaires.get(questionnaireId);
        var program = programs.get(questionnaire.programId());
        return new ReviewContextView(
                program.id(), program.name(), program.agency(), questionnaireId, questionnaire.version());
    }

    /** Responses waiting for a decision. */
    public long waiting(long questionnaireId) {
        return queries.counts(questionnaireId).byStatus().get(ReviewStatus.WAITING);
    }

    /** One flagged response with its answers as the resident saw them; 404 when it is not a flagged response here. */
    public FlaggedResponseView response(long questionnaireId, long responseId) {
        QuestionnaireView questionnaire = questionnaires.get(questionnaireId);
        ReviewQueries.Detail detail = queries.detail(questionnaireId, responseId);
        if (detail == null) {
            throw ProblemException.notFound("Flagged response", responseId);
        }
        return view(detail.row(), answers(questionnaire, detail.answersJson()));
    }

    /**
     * Records a decision. The request is checked first (a reason is required); a rejected request writes nothing.
     * Decided responses may be decided again (a change of mind is a new, audited decision); deciding by reason takes
     * only those still waiting.
     */
    @Transactional
    public ReviewResultView decide(long questionnaireId, ReviewRequest request) {
        List<FieldError> errors = problems(request);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        QuestionnaireView questionnaire = questionnaires.get(questionnaireId);
        String note = request.note().strip();
        List<Long> wanted = request.responseIds() == null ? null : List.copyOf(new HashSet<>(request.responseIds()));
        List<Long> found = queries.lockAndResolve(
                questionnaireId,
                wanted,
                request.reason() == null ? null : request.reason().name());
        if (wanted != null && found.size() < wanted.size()) {
            Set<Long> missing = new HashSet<>(wanted);
            found.forEach(missing::remove);
            throw ProblemException.notFound(
                    "Flagged response", missing.stream().sorted().findFirst().orElseThrow());
        }
        Map<String, Long> before = queries.statuses(questionnaireId, found);
        int moved =
                found.isEmpty() ? 0 : queries.decide(questionnaireId, found, request.decision(), note, scope.actor());
        Map<String, Object> detail = AuditChanges.detail(
                Map.of("review", before), Map.of("review", queries.statuses(questionnaireId, found)));
        detail.put("decision", request.decision().name());
        detail.put("note", note);
        if (request.reason() != null) {
            detail.put("reason", request.reason().name());
        }
        detail.put("responses", found.size());
        detail.put("moved", moved);
        detail.put("responseIds", found);
        audit.record(
                AuditAction.RESPONSES_REVIEWED,
                programs.get(questionnaire.programId()).regionCode(),
                "questionnaire:" + questionnaireId,
                detail);
        return new ReviewResultView(request.decision(), found.size(), moved, found);
    }

    /** What is wrong with a request, field by field (JSON pointers as the API names them). */
    public static List<FieldError> problems(ReviewRequest request) {
        List<FieldError> errors = new ArrayList<>();
        if (request.decision() == null) {
            errors.add(FieldError.at("/decision", "must be COUNTED or REJECTED"));
        }
        String note = request.note() == null ? "" : request.note().strip();
        if (note.isEmpty()) {
            errors.add(FieldError.at("/note", "must say why (a reason is required)"));
        } else if (note.length() > ReviewRequest.MAX_NOTE) {
            errors.add(FieldError.at("/note", "must be at most " + ReviewRequest.MAX_NOTE + " characters"));
        }
        boolean byIds = request.responseIds() != null;
        if (byIds == (request.reason() != null)) {
            errors.add(FieldError.at("/responseIds", "give either responseIds or reason"));
        } else if (byIds
                && (request.responseIds().isEmpty()
                        || request.responseIds().size() > ReviewRequest.MAX_IDS
                        || request.responseIds().stream().anyMatch(java.util.Objects::isNull))) {
            errors.add(FieldError.at("/responseIds", "must hold 1 to " + ReviewRequest.MAX_IDS + " ids"));
        }
        return errors;
    }

    private static FlaggedResponseView view(ReviewQueries.Row row, List<FlaggedResponseView.AnswerView> answers) {
        ReviewStatus status = ReviewStatus.of(row.review());
        return new FlaggedResponseView(
                row.id(),
                row.submittedAt(),
                row.channel(),
                row.fillSeconds(),
                row.reasons(),
                status,
                status == ReviewStatus.COUNTED,
                row.note(),
                row.reviewedAt(),
                row.reviewedBy(),
                answers);
    }

    private List<FlaggedResponseView.AnswerView> answers(QuestionnaireView questionnaire, String answersJson) {
        JsonNode answers;
        try {
            answers = json.readTree(answersJson);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored answers are not JSON", e);
        }
        List<FlaggedResponseView.AnswerView> views = new ArrayList<>();
        questionnaire.questions().stream()
                .sorted(Comparator.comparingInt(QuestionView::position))
                .filter(q -> answers.has(q.code()))
                .forEach(q -> views.add(new FlaggedResponseView.AnswerView(
                        q.code(), q.text().id(), display(q, answers.get(q.code())))));
        return views;
    }

    /** An answer as the resident saw it: option labels for choices (and the point for a scale), else the value. */
    static String display(QuestionView question, JsonNode value) {
        if (value.isArray()) {
            StringJoiner joined = new StringJoiner("; ");
            value.forEach(v -> joined.add(label(question, v.asText())));
            return joined.toString();
        }
        String text = value.asText();
        String label = label(question, text);
        return question.scored() && !label.equals(text) ? text + " – " + label : label;
    }

    private static String label(QuestionView question, String value) {
        if (question.options() == null) {
            return value;
        }
        return question.options().stream()
                .filter(o -> o.value().equals(value)
                        || (o.score() != null && String.valueOf(o.score()).equals(value)))
                .map(o -> o.label().id())
                .findFirst()
                .orElse(value);
    }
}
