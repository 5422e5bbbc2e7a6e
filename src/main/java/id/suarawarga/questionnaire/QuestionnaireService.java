package id.suarawarga.questionnaire;

import id.suarawarga.audit.AuditAction;
import id.suarawarga.audit.AuditChanges;
import id.suarawarga.audit.AuditLog;
import id.suarawarga.common.paging.PageRequest;
import id.suarawarga.common.paging.PageView;
import id.suarawarga.common.problem.Problem.FieldError;
import id.suarawarga.common.problem.ProblemException;
import id.suarawarga.common.problem.ProblemType;
import id.suarawarga.program.Program;
import id.suarawarga.program.ProgramRepository;
import id.suarawarga.program.ProgramService;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Creates questionnaires (from scratch or templates) and runs their lifecycle: edit while draft, publish, close, new version. */
@ApplicationScoped
public class QuestionnaireService {

    private final QuestionnaireRepository questionnaires;
    private final ProgramService programs;
    private final QuestionnaireTemplates templates;
    private final Clock clock;
    private final Event<QuestionnaireChanged> changed;
    private final AuditLog audit;

    QuestionnaireService(
            QuestionnaireRepository questionnaires,
            ProgramService programs,
            QuestionnaireTemplates templates,
            Event<QuestionnaireChanged> changed,
            AuditLog audit) {
        this.changed = changed;
        this.audit = audit;
        this.questionnaires = questionnaires;
        this.programs = programs;
        this.templates = templates;
        this.clock = Clock.systemUTC();
    }

    /** Questionnaires of the programs the {@code scope} filter lets through. */
    @Transactional
    public PageView<QuestionnaireSummaryView> list(
            Long programId, QuestionnaireStatus status, PageRequest page, ProgramRepository.Filter scope) {
        PanacheQuery<Questionnaire> query = questionnaires.search(programId, status, scope, page);
        return PageView.of(query.list(), page, query.count(), QuestionnaireSummaryView::of);
    }

    @Transactional
    public QuestionnaireView get(long id) {
        return QuestionnaireView.of(require(id));
    }

    @Transactional
    public QuestionnaireView create(QuestionnaireRequest request) {
        Program program = programs.require(request.programId());
        List<FieldError> errors = new ArrayList<>(datesProblems(request.opensAt(), request.closesAt()));
        errors.addAll(titleLengthProblems(request.title()));
        Questionnaire questionnaire = newDraft(program);
        applyHeader(
                questionnaire,
                request.title(),
                request.intro(),
                request.consent(),
                request.opensAt(),
                request.closesAt());
        List<QuestionRequest> questions = request.questions() == null ? List.of() : request.questions();
        errors.addAll(QuestionWriter.append(questionnaire, questions, "/questions"));
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        questionnaires.persistAndFlush(questionnaire);
        record(AuditAction.QUESTIONNAIRE_CREATED, questionnaire, created(questionnaire, "from", "blank"));
        return QuestionnaireView.of(questionnaire);
    }

    /** One call: a draft holding the questions of the given templates in order, texts filled in for the program. */
    @Transactional
    public QuestionnaireView createFromTemplates(TemplateQuestionnaireRequest request) {
        Program program = programs.require(request.programId());
        List<QuestionnaireTemplate> chosen = new ArrayList<>();
        for (int i = 0; i < request.templates().size(); i++) {
            String code = request.templates().get(i);
            int index = i;
            chosen.add(templates
                    .find(code)
                    .orElseThrow(() -> ProblemException.invalid(
                            "/templates/" + index,
                            "unknown template '" + code + "'; see GET /api/v1/questionnaire-templates")));
        }
        QuestionnaireTemplate first = chosen.get(0);
        LocalizedText title = request.title() != null ? request.title() : fill(first.title(), program);
        List<FieldError> errors = new ArrayList<>(datesProblems(request.opensAt(), request.closesAt()));
        errors.addAll(titleLengthProblems(title));
        Questionnaire questionnaire = newDraft(program);
        applyHeader(
                questionnaire,
                title,
                fill(first.intro(), program),
                fill(first.consent(), program),
                request.opensAt(),
                request.closesAt());
        List<QuestionRequest> all =
                chosen.stream().flatMap(t -> t.questions().stream()).toList();
        // one comment box: of combined templates only the last suggestion question stays (SKM's and the benefit
        // template's both ask for suggestions, and two boxes made residents write twice or neither)
        int lastSuggestion = -1;
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).tag() == QuestionTag.SUGGESTION) {
                lastSuggestion = i;
            }
        }
        List<QuestionRequest> questions = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).tag() != QuestionTag.SUGGESTION || i == lastSuggestion) {
                questions.add(all.get(i));
            }
        }
        // templates are checked one by one at start-up; combining them can still clash (same code or SKM element twice)
        QuestionWriter.append(questionnaire, questions, "/questions")
                .forEach(e ->
                        errors.add(FieldError.at("/templates", "the templates cannot be combined: " + e.detail())));
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        questionnaires.persistAndFlush(questionnaire);
        record(
                AuditAction.QUESTIONNAIRE_CREATED,
                questionnaire,
                created(questionnaire, "templates", request.templates()));
        return QuestionnaireView.of(questionnaire);
    }

    @Transactional
    public QuestionnaireView update(long id, QuestionnaireUpdateRequest request) {
        Questionnaire questionnaire = requireDraft(id);
        List<FieldError> errors = new ArrayList<>(datesProblems(request.opensAt(), request.closesAt()));
        errors.addAll(titleLengthProblems(request.title()));
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        Map<String, Object> before = auditFields(questionnaire);
        applyHeader(
                questionnaire,
                request.title(),
                request.intro(),
                request.consent(),
                request.opensAt(),
                request.closesAt());
        questionnaires.flush();
        Map<String, Object> changes = AuditChanges.detail(before, auditFields(questionnaire));
        if (!AuditChanges.unchanged(changes)) {
            record(AuditAction.QUESTIONNAIRE_CHANGED, questionnaire, changes);
        }
        return QuestionnaireView.of(questionnaire);
    }

    @Transactional
    public void delete(long id) {
        Questionnaire draft = requireDraft(id);
        record(AuditAction.QUESTIONNAIRE_DELETED, draft, AuditChanges.deleted(auditFields(draft)));
        questionnaires.delete(draft);
    }

    /**
     * Publishes a complete draft. The program's currently published version, if any, is closed in the same
     * transaction: a program has one live questionnaire at a time.
     */
    @Transactional
    public QuestionnaireView publish(long id) {
        Questionnaire questionnaire =
                questionnaires.findForUpdate(id).orElseThrow(() -> ProblemException.notFound("Questionnaire", id));
        if (!questionnaire.isDraft()) {
            throw ProblemException.invalidState("Questionnaire " + id + " is already " + questionnaire.status);
        }
        Instant now = clock.instant();
        Map<String, Object> before = auditFields(questionnaire);
        List<FieldError> problems = PublicationCheck.problems(questionnaire, now);
        if (!problems.isEmpty()) {
            throw new ProblemException(
                    ProblemType.QUESTIONNAIRE_INCOMPLETE,
                    "Questionnaire " + id + " cannot be published: "
                            + (problems.size() == 1 ? "1 problem" : problems.size() + " problems") + " to fix",
                    problems);
        }
        Map<String, Object> detail = new LinkedHashMap<>();
        questionnaires
                .findInState(questionnaire.program, QuestionnaireStatus.PUBLISHED)
                .ifPresent(previous -> {
                    questionnaires.lockForUpdate(previous);
                    Map<String, Object> previousBefore = auditFields(previous);
                    previous.status = QuestionnaireStatus.CLOSED;
                    previous.closedAt = now;
                    questionnaires.flush(); // the one-published-per-program index is not deferrable
                    record(
                            AuditAction.QUESTIONNAIRE_CLOSED,
                            previous,
                            AuditChanges.detail(previousBefore, auditFields(previous)));
                    detail.put("replacesVersion", previous.version);
                });
        questionnaire.status = QuestionnaireStatus.PUBLISHED;
        questionnaire.publishedAt = now;
        questionnaires.flush();
        Map<String, Object> changes = AuditChanges.detail(before, auditFields(questionnaire));
        changes.putAll(detail);
        record(AuditAction.QUESTIONNAIRE_PUBLISHED, questionnaire, changes);
        changed.fire(new QuestionnaireChanged(id));
        return QuestionnaireView.of(questionnaire);
    }

    @Transactional
    public QuestionnaireView close(long id) {
        Questionnaire questionnaire =
                questionnaires.findForUpdate(id).orElseThrow(() -> ProblemException.notFound("Questionnaire", id));
        if (questionnaire.status != QuestionnaireStatus.PUBLISHED) {
            throw ProblemException.invalidState("Only a published questionnaire can be closed; questionnaire " + id
                    + " is " + questionnaire.status + (questionnaire.isDraft() ? " (delete a draft instead)" : ""));
        }
        Map<String, Object> before = auditFields(questionnaire);
        questionnaire.status = QuestionnaireStatus.CLOSED;
        questionnaire.closedAt = clock.instant();
        questionnaires.flush();
        record(
                AuditAction.QUESTIONNAIRE_CLOSED,
                questionnaire,
                AuditChanges.detail(before, auditFields(questionnaire)));
        changed.fire(new QuestionnaireChanged(id));
        return QuestionnaireView.of(questionnaire);
    }

    /** The duplicate-device policy is operational, not content: it may change in any state but CLOSED. */
    @Transactional
    public QuestionnaireView setDuplicatePolicy(long id, DuplicatePolicy policy) {
        Questionnaire questionnaire = require(id);
        if (questionnaire.status == QuestionnaireStatus.CLOSED) {
            throw ProblemException.invalidState("Questionnaire " + id + " is CLOSED");
        }
        Map<String, Object> before = auditFields(questionnaire);
        questionnaire.duplicatePolicy = policy;
        questionnaires.flush();
        Map<String, Object> changes = AuditChanges.detail(before, auditFields(questionnaire));
        if (!AuditChanges.unchanged(changes)) {
            record(AuditAction.QUESTIONNAIRE_SETTINGS_CHANGED, questionnaire, changes);
        }
        changed.fire(new QuestionnaireChanged(id));
        return QuestionnaireView.of(questionnaire);
    }

    /** A new draft version with the same content, to change a published or closed questionnaire. */
    @Transactional
    public QuestionnaireView newVersion(long id) {
        Questionnaire source = require(id);
        if (source.isDraft()) {
            throw ProblemException.invalidState("Questionnaire " + id + " is a draft: edit it directly");
        }
        Questionnaire draft = newDraft(source.program);
        copyContent(source, draft);
        questionnaires.persistAndFlush(draft);
        record(AuditAction.QUESTIONNAIRE_CREATED, draft, created(draft, "newVersionOf", source.id));
        return QuestionnaireView.of(draft);
    }

    /**
     * A new draft for a program with the content of another questionnaire, e.g. last year's program's; the caller
     * checks it may see both. The program must have no draft yet.
     */
    @Transactional
    public QuestionnaireView copy(long programId, long sourceId) {
        Program program = programs.require(programId);
        Questionnaire source = require(sourceId);
        Questionnaire draft = newDraft(program);
        copyContent(source, draft);
        questionnaires.persistAndFlush(draft);
        record(AuditAction.QUESTIONNAIRE_CREATED, draft, created(draft, "copiedFrom", source.id));
        return QuestionnaireView.of(draft);
    }

    /** The questionnaire exactly as residents would get it once published (any state; nothing is stored). */
    @Transactional
    public PublicQuestionnaire preview(long id) {
        return PublicQuestionnaire.of(require(id));
    }

    /** What changed against the program's previous version (none for version 1). */
    @Transactional
    public QuestionnaireChanges changes(long id) {
        Questionnaire questionnaire = require(id);
        Questionnaire previous = questionnaires
                .find(
                        "program = ?1 and version < ?2 order by version desc",
                        questionnaire.program,
                        questionnaire.version)
                .page(0, 1)
                .firstResult();
        return QuestionnaireChanges.between(previous, questionnaire);
    }

    /** The program's current public questionnaire (the highest published or closed version), if it has one. */
    @Transactional
    /** The current version of each program, by program id (see {@link QuestionnaireRepository#currentVersions}). */
    public Map<Long, CurrentVersion> currentVersions(Collection<Long> programIds) {
        return questionnaires.currentVersions(programIds).stream()
                .collect(Collectors.toMap(CurrentVersion::programId, v -> v));
    }

    public Optional<QuestionnaireSummaryView> current(long programId) {
        return questionnaires
                .find("program.id = ?1 and status <> ?2 order by version desc", programId, QuestionnaireStatus.DRAFT)
                .page(0, 1)
                .firstResultOptional()
                .map(QuestionnaireSummaryView::of);
    }

    Questionnaire require(long id) {
        return questionnaires.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Questionnaire", id));
    }

    /** The questionnaire if it is still a draft; a 409 problem saying how to change it otherwise. */
    Questionnaire requireDraft(long id) {
        Questionnaire questionnaire = require(id);
        if (!questionnaire.isDraft()) {
            throw ProblemException.invalidState("Questionnaire " + id + " is " + questionnaire.status
                    + " and can no longer change, so that its answers stay comparable; create a new version with"
                    + " POST /api/v1/questionnaires/" + id + "/new-version");
        }
        return questionnaire;
    }

    private void record(AuditAction action, Questionnaire q, Map<String, Object> detail) {
        Map<String, Object> all = new java.util.LinkedHashMap<>(detail);
        all.put("programId", q.program.id);
        all.put("version", q.version);
        audit.record(action, q.program.region.code, "questionnaire:" + q.id, all);
    }

    /** What the audit log records of a questionnaire: its header, window, policy, state and size. */
    private static Map<String, Object> auditFields(Questionnaire q) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("title.id", q.titleId);
        fields.put("title.en", q.titleEn);
        fields.put("intro.id", q.introId);
        fields.put("intro.en", q.introEn);
        fields.put("consent.id", q.consentId);
        fields.put("consent.en", q.consentEn);
        fields.put("opensAt", q.opensAt);
        fields.put("closesAt", q.closesAt);
        fields.put("duplicatePolicy", q.duplicatePolicy);
        fields.put("status", q.status);
        fields.put("questions", q.questions.size());
        return fields;
    }

    /** A new questionnaire's fields after, and where it came from (blank, templates, another questionnaire). */
    private static Map<String, Object> created(Questionnaire q, String source, Object from) {
        Map<String, Object> detail = AuditChanges.created(auditFields(q));
        detail.put(source, from);
        return detail;
    }

    /** Title, intro, notice and settings; the answer window is left for the person to set again. */
    private static void copyContent(Questionnaire source, Questionnaire draft) {
        copyHeader(source, draft);
        draft.duplicatePolicy = source.duplicatePolicy;
        draft.opensAt = null; // the old window rarely fits a new version; set it again
        draft.closesAt = null;
        source.questions.forEach(q -> draft.questions.add(QuestionMapper.copy(q, draft)));
    }

    private static void copyHeader(Questionnaire source, Questionnaire target) {
        target.titleId = source.titleId;
        target.titleEn = source.titleEn;
        target.introId = source.introId;
        target.introEn = source.introEn;
        target.consentId = source.consentId;
        target.consentEn = source.consentEn;
        target.duplicatePolicy = source.duplicatePolicy;
        target.opensAt = source.opensAt;
        target.closesAt = source.closesAt;
    }

    private Questionnaire newDraft(Program program) {
        questionnaires.findInState(program, QuestionnaireStatus.DRAFT).ifPresent(existing -> {
            throw ProblemException.alreadyExists("Program " + program.id + " already has a draft (questionnaire "
                    + existing.id + ", version " + existing.version + "); edit or delete it first");
        });
        Questionnaire questionnaire = new Questionnaire();
        questionnaire.program = program;
        questionnaire.version = questionnaires.nextVersion(program);
        questionnaire.status = QuestionnaireStatus.DRAFT;
        return questionnaire;
    }

    private static void applyHeader(
            Questionnaire q,
            LocalizedText title,
            LocalizedText intro,
            LocalizedText consent,
            Instant opensAt,
            Instant closesAt) {
        q.titleId = title.id().trim();
        q.titleEn = QuestionMapper.trimToNull(title.en());
        q.introId = intro == null ? null : QuestionMapper.trimToNull(intro.id());
        q.introEn = intro == null ? null : QuestionMapper.trimToNull(intro.en());
        q.consentId = consent.id().trim();
        q.consentEn = QuestionMapper.trimToNull(consent.en());
        q.opensAt = opensAt;
        q.closesAt = closesAt;
    }

    private static List<FieldError> datesProblems(Instant opensAt, Instant closesAt) {
        if (opensAt != null && closesAt != null && !closesAt.isAfter(opensAt)) {
            return List.of(FieldError.at("/closesAt", "must be after opensAt"));
        }
        return List.of();
    }

    private static List<FieldError> titleLengthProblems(LocalizedText title) {
        List<FieldError> errors = new ArrayList<>();
        if (title != null && title.id() != null && title.id().length() > 200) {
            errors.add(FieldError.at("/title/id", "must be at most 200 characters"));
        }
        if (title != null && title.en() != null && title.en().length() > 200) {
            errors.add(FieldError.at("/title/en", "must be at most 200 characters"));
        }
        return errors;
    }

    private static LocalizedText fill(LocalizedText text, Program program) {
        if (text == null) {
            return null;
        }
        return new LocalizedText(fill(text.id(), program), fill(text.en(), program));
    }

    private static String fill(String text, Program program) {
        return text == null ? null : text.replace("{program}", program.name).replace("{agency}", program.agency);
    }
}
