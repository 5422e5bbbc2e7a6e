package id.suarawarga.questionnaire;

import id.suarawarga.audit.AuditAction;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
        List<QuestionRequest> questions =
                chosen.stream().flatMap(t -> t.questions().stream()).toList();
        // templates are checked one by one at start-up; combining them can still clash (same code or SKM element twice)
        QuestionWriter.append(questionnaire, questions, "/questions")
                .forEach(e ->
                        errors.add(FieldError.at("/templates", "the templates cannot be combined: " + e.detail())));
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        questionnaires.persistAndFlush(questionnaire);
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
        applyHeader(
                questionnaire,
                request.title(),
                request.intro(),
                request.consent(),
                request.opensAt(),
                request.closesAt());
        questionnaires.flush();
        return QuestionnaireView.of(questionnaire);
    }

    @Transactional
    public void delete(long id) {
        questionnaires.delete(requireDraft(id));
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
        List<FieldError> problems = PublicationCheck.problems(questionnaire, now);
        if (!problems.isEmpty()) {
            throw new ProblemException(
                    ProblemType.QUESTIONNAIRE_INCOMPLETE,
                    "Questionnaire " + id + " cannot be published: "
                            + (problems.size() == 1 ? "1 problem" : problems.size() + " problems") + " to fix",
                    problems);
        }
        questionnaires
                .findInState(questionnaire.program, QuestionnaireStatus.PUBLISHED)
                .ifPresent(previous -> {
                    questionnaires.lockForUpdate(previous);
                    previous.status = QuestionnaireStatus.CLOSED;
                    previous.closedAt = now;
                    questionnaires.flush(); // the one-published-per-program index is not deferrable
                });
        questionnaire.status = QuestionnaireStatus.PUBLISHED;
        questionnaire.publishedAt = now;
        questionnaires.flush();
        audit.record(
                AuditAction.QUESTIONNAIRE_PUBLISHED,
                questionnaire.program.region.code,
                "questionnaire:" + id,
                Map.of("programId", questionnaire.program.id, "version", questionnaire.version));
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
        questionnaire.status = QuestionnaireStatus.CLOSED;
        questionnaire.closedAt = clock.instant();
        questionnaires.flush();
        audit.record(
                AuditAction.QUESTIONNAIRE_CLOSED,
                questionnaire.program.region.code,
                "questionnaire:" + id,
                Map.of("programId", questionnaire.program.id, "version", questionnaire.version));
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
        questionnaire.duplicatePolicy = policy;
        questionnaires.flush();
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
        draft.titleId = source.titleId;
        draft.titleEn = source.titleEn;
        draft.introId = source.introId;
        draft.introEn = source.introEn;
        draft.consentId = source.consentId;
        draft.consentEn = source.consentEn;
        draft.duplicatePolicy = source.duplicatePolicy;
        draft.opensAt = null; // the old window rarely fits a new version; set it again
        draft.closesAt = null;
        source.questions.forEach(q -> draft.questions.add(QuestionMapper.copy(q, draft)));
        questionnaires.persistAndFlush(draft);
        return QuestionnaireView.of(draft);
    }

    /** The program's current public questionnaire (the highest published or closed version), if it has one. */
    @Transactional
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
