package id.suarawarga.followup;

import id.suarawarga.audit.AuditAction;
import id.suarawarga.audit.AuditLog;
import id.suarawarga.common.problem.Problem.FieldError;
import id.suarawarga.common.problem.ProblemException;
import id.suarawarga.program.ProgramService;
import id.suarawarga.questionnaire.QuestionTag;
import id.suarawarga.questionnaire.QuestionnaireService;
import id.suarawarga.questionnaire.QuestionnaireStatus;
import id.suarawarga.questionnaire.QuestionnaireView;
import id.suarawarga.score.ScoreService;
import id.suarawarga.score.ScoreView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The follow-up plan (rencana tindak lanjut, PermenPANRB 14/2017) of a questionnaire, for the API, the staff pages, the
 * printed report and the public results alike: its actions, the weakest elements to suggest, and audited changes.
 * Whether the caller may see the questionnaire is decided before (the scope filter on {@code questionnaireId}).
 */
@ApplicationScoped
public class FollowUpService {

    private static final int SUGGESTED = 3;

    private final FollowUpActionRepository actions;
    private final QuestionnaireService questionnaires;
    private final ProgramService programs;
    private final ScoreService scores;
    private final AuditLog audit;

    FollowUpService(
            FollowUpActionRepository actions,
            QuestionnaireService questionnaires,
            ProgramService programs,
            ScoreService scores,
            AuditLog audit) {
        this.actions = actions;
        this.questionnaires = questionnaires;
        this.programs = programs;
        this.scores = scores;
        this.audit = audit;
    }

    /** The plan: the weakest elements and every action; 404 for an unknown questionnaire. */
    public FollowUpPlanView plan(long questionnaireId) {
        QuestionnaireView questionnaire = questionnaires.get(questionnaireId);
        return new FollowUpPlanView(questionnaireId, weakest(questionnaire), actions(questionnaireId));
    }

    /** The actions alone, soonest due first (the questionnaire is not looked up: callers have done so). */
    @Transactional
    public List<FollowUpView> actions(long questionnaireId) {
        return actions.ofQuestionnaire(questionnaireId).stream()
                .map(FollowUpService::view)
                .toList();
    }

    /** The weakest SKM elements (lowest NRR first); empty for a draft or without SKM answers. */
    public List<FollowUpPlanView.Suggestion> weakest(long questionnaireId) {
        return weakest(questionnaires.get(questionnaireId));
    }

    private List<FollowUpPlanView.Suggestion> weakest(QuestionnaireView questionnaire) {
        if (questionnaire.status() == QuestionnaireStatus.DRAFT) {
            return List.of();
        }
        ScoreView score = scores.questionnaire(questionnaire.id(), false);
        Map<String, ScoreView.Element> byCode = new LinkedHashMap<>();
        score.elements().forEach(e -> byCode.put(e.element(), e));
        return score.lowestElements().stream()
                .limit(SUGGESTED)
                .map(byCode::get)
                .filter(Objects::nonNull)
                .map(e -> new FollowUpPlanView.Suggestion(
                        e.element(), QuestionTag.nameOf(e.element()), e.konversi(), e.category(), e.n()))
                .toList();
    }

    @Transactional
    public FollowUpView get(long questionnaireId, long actionId) {
        return view(require(questionnaireId, actionId));
    }

    /** Adds an action; a request with a problem writes nothing. */
    @Transactional
    public FollowUpView create(long questionnaireId, FollowUpRequest request) {
        QuestionnaireView questionnaire = questionnaires.get(questionnaireId);
        check(request);
        FollowUpAction action = new FollowUpAction();
        action.questionnaireId = questionnaireId;
        apply(action, request);
        actions.persist(action);
        actions.flush();
        FollowUpView created = view(action);
        audit.record(
                AuditAction.FOLLOW_UP_ADDED,
                regionOf(questionnaire),
                "questionnaire:" + questionnaireId,
                Map.of("actionId", created.id(), "after", fields(created)));
        return created;
    }

    /** Replaces an action's fields (a status change, a result reported); audited with what it was and is. */
    @Transactional
    public FollowUpView update(long questionnaireId, long actionId, FollowUpRequest request) {
        QuestionnaireView questionnaire = questionnaires.get(questionnaireId);
        FollowUpAction action = require(questionnaireId, actionId);
        check(request);
        Map<String, Object> before = fields(view(action));
        apply(action, request);
        actions.flush();
        FollowUpView after = view(action);
        Map<String, Object> afterFields = fields(after);
        if (!afterFields.equals(before)) {
            audit.record(
                    AuditAction.FOLLOW_UP_CHANGED,
                    regionOf(questionnaire),
                    "questionnaire:" + questionnaireId,
                    Map.of("actionId", actionId, "before", before, "after", afterFields));
        }
        return after;
    }

    /** What is wrong with a request, field by field (JSON pointers as the API names them). */
    public static List<FieldError> problems(FollowUpRequest request) {
        List<FieldError> errors = new ArrayList<>();
        List<String> elements = request.elements();
        if (elements == null || elements.isEmpty()) {
            errors.add(FieldError.at("/elements", "must name at least one SKM element (U1 to U9)"));
        } else if (elements.stream().anyMatch(e -> e == null || !e.matches("U[1-9]"))) {
            errors.add(FieldError.at("/elements", "must be SKM element codes U1 to U9"));
        }
        text(errors, "/action", request.action(), FollowUpRequest.MAX_ACTION, true);
        text(errors, "/responsible", request.responsible(), FollowUpRequest.MAX_RESPONSIBLE, true);
        LocalDate due = request.dueDate();
        if (due == null) {
            errors.add(FieldError.at("/dueDate", "must be a date (YYYY-MM-DD)"));
        } else if (due.getYear() < 2000 || due.getYear() > 2100) {
            errors.add(FieldError.at("/dueDate", "must be between 2000 and 2100"));
        }
        if (request.status() == null) {
            errors.add(FieldError.at("/status", "must be PLANNED, IN_PROGRESS or DONE"));
        }
        text(errors, "/result", request.result(), FollowUpRequest.MAX_RESULT, request.status() == FollowUpStatus.DONE);
        return errors;
    }

    private static void text(List<FieldError> errors, String pointer, String value, int max, boolean required) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty() && required) {
            errors.add(FieldError.at(
                    pointer,
                    "/result".equals(pointer)
                            ? "must say what came of it once the status is DONE"
                            : "must not be blank"));
        } else if (text.length() > max) {
            errors.add(FieldError.at(pointer, "must be at most " + max + " characters"));
        }
    }

    private static void check(FollowUpRequest request) {
        List<FieldError> errors = problems(request);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    private static void apply(FollowUpAction action, FollowUpRequest request) {
        action.elements = String.join(
                ",", new LinkedHashSet<>(request.elements().stream().sorted().toList()));
        action.action = request.action().strip();
        action.responsible = request.responsible().strip();
        action.dueDate = request.dueDate();
        action.status = request.status();
        String result = request.result() == null ? "" : request.result().strip();
        action.result = result.isEmpty() ? null : result;
    }

    private FollowUpAction require(long questionnaireId, long actionId) {
        return actions.find(questionnaireId, actionId)
                .orElseThrow(() -> ProblemException.notFound("Follow-up action", actionId));
    }

    private String regionOf(QuestionnaireView questionnaire) {
        return programs.get(questionnaire.programId()).regionCode();
    }

    static FollowUpView view(FollowUpAction action) {
        List<String> codes = Arrays.asList(action.elements.split(","));
        return new FollowUpView(
                action.id,
                action.questionnaireId,
                codes,
                codes.stream().map(QuestionTag::nameOf).toList(),
                action.action,
                action.responsible,
                action.dueDate,
                action.status,
                action.result,
                action.createdAt,
                action.updatedAt);
    }

    /** The fields an audit event shows as before and after. */
    private static Map<String, Object> fields(FollowUpView view) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("elements", view.elements());
        fields.put("action", view.action());
        fields.put("responsible", view.responsible());
        fields.put("dueDate", view.dueDate().toString());
        fields.put("status", view.status().name());
        if (view.result() != null) {
            fields.put("result", view.result());
        }
        return fields;
    }
}
