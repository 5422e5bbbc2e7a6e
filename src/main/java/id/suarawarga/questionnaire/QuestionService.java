package id.suarawarga.questionnaire;

import id.suarawarga.audit.AuditAction;
import id.suarawarga.audit.AuditChanges;
import id.suarawarga.audit.AuditLog;
import id.suarawarga.common.problem.Problem.FieldError;
import id.suarawarga.common.problem.ProblemException;
import id.suarawarga.common.problem.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Edits the questions of a draft questionnaire. */
@ApplicationScoped
public class QuestionService {

    private final QuestionnaireService questionnaires;
    private final QuestionnaireRepository repository;
    private final AuditLog audit;

    QuestionService(QuestionnaireService questionnaires, QuestionnaireRepository repository, AuditLog audit) {
        this.questionnaires = questionnaires;
        this.repository = repository;
        this.audit = audit;
    }

    @Transactional
    public List<QuestionView> list(long questionnaireId) {
        return questionnaires.require(questionnaireId).questions.stream()
                .map(QuestionView::of)
                .toList();
    }

    @Transactional
    public QuestionView get(long questionnaireId, long questionId) {
        return QuestionView.of(find(questionnaires.require(questionnaireId), questionId));
    }

    /** Adds a question at {@code position} (1-based; null appends), moving later questions down. */
    @Transactional
    public QuestionView add(long questionnaireId, QuestionRequest request, Integer position) {
        Questionnaire questionnaire = questionnaires.requireDraft(questionnaireId);
        List<Question> questions = questionnaire.questions;
        List<FieldError> errors = new ArrayList<>(QuestionWriter.check(questionnaire, request, null, ""));
        if (position != null && (position < 1 || position > questions.size() + 1)) {
            errors.add(FieldError.parameter("position", "must be between 1 and " + (questions.size() + 1)));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        int at = position == null ? questions.size() + 1 : position;
        Question question = new Question();
        question.questionnaire = questionnaire;
        QuestionMapper.apply(question, request, QuestionWriter.codeFor(questionnaire, request));
        questions.add(at - 1, question);
        renumber(questions);
        repository.flush();
        Map<String, Object> added = AuditChanges.created(QuestionnaireChanges.describe(question));
        added.put("position", question.position);
        record(AuditAction.QUESTION_ADDED, questionnaire, question.code, added);
        return QuestionView.of(question);
    }

    /** Replaces a question's whole definition; renaming its code carries show-if references along. */
    @Transactional
    public QuestionView replace(long questionnaireId, long questionId, QuestionRequest request) {
        Questionnaire questionnaire = questionnaires.requireDraft(questionnaireId);
        Question question = find(questionnaire, questionId);
        List<FieldError> errors = QuestionWriter.check(questionnaire, request, question, "");
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        String oldCode = question.code;
        Map<String, String> before = QuestionnaireChanges.describe(question);
        String code = request.code() != null ? request.code() : oldCode;
        // Hibernate flushes inserts before orphan deletes; delete the old options first or their values collide
        question.options.clear();
        repository.flush();
        QuestionMapper.apply(question, request, code);
        if (!code.equals(oldCode)) {
            questionnaire.questions.stream()
                    .filter(q -> oldCode.equals(q.showIfCode))
                    .forEach(q -> q.showIfCode = code);
        }
        repository.flush();
        Map<String, Object> was = new LinkedHashMap<>(before);
        was.put("code", oldCode);
        Map<String, Object> now = new LinkedHashMap<>(QuestionnaireChanges.describe(question));
        now.put("code", code);
        Map<String, Object> changes = AuditChanges.detail(was, now);
        if (!AuditChanges.unchanged(changes)) {
            record(AuditAction.QUESTION_CHANGED, questionnaire, code, changes);
        }
        return QuestionView.of(question);
    }

    @Transactional
    public void delete(long questionnaireId, long questionId) {
        Questionnaire questionnaire = questionnaires.requireDraft(questionnaireId);
        Question question = find(questionnaire, questionId);
        List<String> dependants = questionnaire.questions.stream()
                .filter(q -> question.code.equals(q.showIfCode))
                .map(q -> q.code)
                .toList();
        if (!dependants.isEmpty()) {
            throw new ProblemException(
                    ProblemType.IN_USE,
                    "Question " + question.code + " decides whether " + String.join(", ", dependants)
                            + " are shown; change their show-if first");
        }
        questionnaire.questions.remove(question);
        renumber(questionnaire.questions);
        repository.flush();
        record(
                AuditAction.QUESTION_REMOVED,
                questionnaire,
                question.code,
                AuditChanges.deleted(QuestionnaireChanges.describe(question)));
    }

    @Transactional
    public List<QuestionView> reorder(long questionnaireId, QuestionOrderRequest request) {
        Questionnaire questionnaire = questionnaires.requireDraft(questionnaireId);
        Set<Long> existing = questionnaire.questions.stream().map(q -> q.id).collect(Collectors.toSet());
        List<Long> order = request.questionIds();
        if (order.size() != existing.size() || !new HashSet<>(order).equals(existing)) {
            throw ProblemException.invalid(
                    "/questionIds",
                    "must list each of the " + existing.size() + " question ids of the questionnaire exactly once");
        }
        List<String> before = questionnaire.questions.stream().map(q -> q.code).toList();
        questionnaire.questions.sort((a, b) -> Integer.compare(order.indexOf(a.id), order.indexOf(b.id)));
        renumber(questionnaire.questions);
        repository.flush();
        List<String> after = questionnaire.questions.stream().map(q -> q.code).toList();
        if (!before.equals(after)) {
            audit.record(
                    AuditAction.QUESTIONS_REORDERED,
                    questionnaire.program.region.code,
                    "questionnaire:" + questionnaire.id,
                    AuditChanges.detail(Map.of("order", before), Map.of("order", after)));
        }
        return questionnaire.questions.stream().map(QuestionView::of).toList();
    }

    private void record(AuditAction action, Questionnaire questionnaire, String code, Map<String, Object> detail) {
        Map<String, Object> all = new LinkedHashMap<>(detail);
        all.put("question", code);
        audit.record(action, questionnaire.program.region.code, "questionnaire:" + questionnaire.id, all);
    }

    private static Question find(Questionnaire questionnaire, long questionId) {
        return questionnaire.questions.stream()
                .filter(q -> q.id == questionId)
                .findFirst()
                .orElseThrow(() ->
                        ProblemException.notFound("Question", questionId + " of questionnaire " + questionnaire.id));
    }

    /** Positions follow list order; the unique (questionnaire, position) key is checked at commit. */
    private static void renumber(List<Question> questions) {
        for (int i = 0; i < questions.size(); i++) {
            questions.get(i).position = i + 1;
        }
    }
}
