package id.suarawarga.importing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.suarawarga.audit.AuditAction;
import id.suarawarga.audit.AuditLog;
import id.suarawarga.common.config.SuaraConfig;
import id.suarawarga.common.problem.Problem.FieldError;
import id.suarawarga.common.problem.ProblemException;
import id.suarawarga.common.problem.ProblemType;
import id.suarawarga.field.Collecting;
import id.suarawarga.questionnaire.PublicQuestionnaire;
import id.suarawarga.questionnaire.PublicQuestionnaires;
import id.suarawarga.questionnaire.PublicQuestionnaires.Availability;
import id.suarawarga.questionnaire.QuestionType;
import id.suarawarga.questionnaire.QuestionView;
import id.suarawarga.response.AnswerCheck;
import id.suarawarga.response.AnswerValidator;
import id.suarawarga.response.Channel;
import id.suarawarga.response.GroupCommitInserter;
import id.suarawarga.response.KeyedHasher;
import id.suarawarga.response.SourceTags;
import id.suarawarga.response.Submission;
import id.suarawarga.response.SubmissionOutcome;
import id.suarawarga.response.SubmissionService;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Imports answers from a CSV or XLSX file (a Google Forms export, a spreadsheet typed by hand): upload, map columns to
 * questions and answer texts to options, dry run (every row checked, nothing written), import. Each row goes through
 * the same validation and write path as every other channel ({@link SubmissionService}, channel IMPORT), keyed by a
 * fingerprint of the row, so importing the same file or the same rows again stores nothing new. Rows stream from the
 * file and are written as the group commit gathers them: memory does not grow with the number of rows.
 */
@ApplicationScoped
public class ImportService {

    public static final int MAX_VALUES = 40;
    public static final int MAX_PROBLEMS = 1000;
    /** Rows handed to the writer and not yet committed: enough to fill its batches, few enough to keep memory flat. */
    private static final int IN_FLIGHT = 512;

    private static final Duration UPLOAD_KEPT = Duration.ofDays(1);
    private static final DateTimeFormatter LABEL_DATE = DateTimeFormatter.ofPattern("yyyyMMdd");

    private final PublicQuestionnaires questionnaires;
    private final SubmissionService submissions;
    private final KeyedHasher hasher;
    private final ImportQueries queries;
    private final AuditLog audit;
    private final ObjectMapper json;
    private final Vertx vertx;
    private final long maxFileBytes;
    private final int maxRows;
    private final SuaraConfig config;
    private final Clock clock = Clock.systemUTC();

    ImportService(
            PublicQuestionnaires questionnaires,
            SubmissionService submissions,
            KeyedHasher hasher,
            ImportQueries queries,
            AuditLog audit,
            ObjectMapper json,
            Vertx vertx,
            SuaraConfig config) {
        this.questionnaires = questionnaires;
        this.submissions = submissions;
        this.hasher = hasher;
        this.queries = queries;
        this.audit = audit;
        this.json = json;
        this.vertx = vertx;
        this.config = config;
        this.maxFileBytes = config.importing().maxFileSize().asLongValue();
        this.maxRows = config.importing().maxRows();
    }

    /** The largest file accepted, in bytes. */
    public long maxFileBytes() {
        return maxFileBytes;
    }

    /** The questionnaire to import into: the open one (a closed or draft questionnaire takes no answers). */
    public PublicQuestionnaire questionnaire(long questionnaireId) {
        return open(questionnaireId).questionnaire();
    }

    /**
     * Reads the file once (its columns, their distinct answers, its rows) and keeps it for the next steps. A file too
     * large is refused with 413, one that cannot be read as a table with 422; nothing is kept then.
     */
    public ImportUploadView upload(long questionnaireId, String fileName, long size, InputStream file, String actor) {
        PublicQuestionnaire questionnaire = questionnaire(questionnaireId);
        if (size > maxFileBytes) {
            throw tooLarge(size);
        }
        byte[] content;
        try {
            content = file.readNBytes((int) maxFileBytes + 1);
        } catch (IOException e) {
            throw unreadable(new UnreadableFileException("Berkas tidak dapat dibaca.", "The file cannot be read."));
        }
        if (content.length > maxFileBytes) {
            throw tooLarge(content.length);
        }
        UploadSummary summary;
        try {
            summary = summarise(content);
        } catch (UnreadableFileException e) {
            throw unreadable(e);
        }
        ImportQueries.Upload upload = new ImportQueries.Upload(
                UUID.randomUUID(),
                questionnaireId,
                actor,
                fileName(fileName),
                TableFormat.of(content),
                toJson(summary),
                content,
                clock.instant());
        queries.deleteOlderThan(clock.instant().minus(UPLOAD_KEPT));
        queries.insert(upload);
        return view(upload, summary, questionnaire);
    }

    /** An upload waiting to be imported, with the suggested mapping; 404 when there is none (or it was imported). */
    public ImportUploadView find(long questionnaireId, UUID uploadId) {
        ImportQueries.Upload upload = upload(questionnaireId, uploadId, false);
        return view(upload, summary(upload), questionnaire(questionnaireId));
    }

    /** An upload's id as written in an address; a malformed one names no upload (404). */
    public static UUID uploadId(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("Import upload", text);
        }
    }

    /** Forgets an upload without importing it. */
    public void discard(long questionnaireId, UUID uploadId) {
        if (!queries.delete(uploadId, questionnaireId)) {
            throw ProblemException.notFound("Import upload", uploadId);
        }
    }

    /** What is wrong with a mapping for this upload (empty when it can run), in both languages. */
    public List<MappingError> check(long questionnaireId, UUID uploadId, ImportMapping mapping) {
        ImportQueries.Upload upload = upload(questionnaireId, uploadId, false);
        return check(questionnaire(questionnaireId), summary(upload), mapping);
    }

    /** Every row checked as the import would check it; nothing is written. */
    public ImportReport dryRun(long questionnaireId, UUID uploadId, ImportMapping mapping) {
        return process(questionnaireId, uploadId, mapping, true);
    }

    /**
     * Imports every row that passes (rows imported before are recognised and not stored again), audits the import and
     * forgets the file. When the database fails midway the rows stored so far stay; importing the file again stores
     * the rest, never a row twice.
     */
    public ImportReport run(long questionnaireId, UUID uploadId, ImportMapping mapping) {
        ImportReport report = process(questionnaireId, uploadId, mapping, false);
        queries.delete(uploadId, questionnaireId);
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("label", label(mapping));
        detail.put("rows", report.rows());
        detail.put("stored", report.stored());
        detail.put("alreadyImported", report.alreadyImported());
        detail.put("refused", report.refused());
        audit.record(
                AuditAction.RESPONSES_IMPORTED,
                questionnaires.resolveForStaff(questionnaireId).regionCode(),
                "questionnaire:" + questionnaireId,
                detail);
        return report;
    }

    private ImportReport process(long questionnaireId, UUID uploadId, ImportMapping mapping, boolean dryRun) {
        Availability.Open open = open(questionnaireId);
        PublicQuestionnaire questionnaire = open.questionnaire();
        ImportQueries.Upload upload = upload(questionnaireId, uploadId, true);
        UploadSummary summary = summary(upload);
        List<MappingError> errors = check(questionnaire, summary, mapping);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors.stream()
                    .map(e -> FieldError.at(e.pointer(), e.detailEn()))
                    .toList());
        }
        List<String> headers =
                summary.columns().stream().map(ColumnSummary::header).toList();
        RowConverter converter = new RowConverter(questionnaire, mapping, headers);
        String label = label(mapping);
        Tally tally = new Tally();
        Context context = Optional.ofNullable(Vertx.currentContext()).orElseGet(vertx::getOrCreateContext);
        Semaphore inFlight = new Semaphore(IN_FLIGHT);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        try (TableRows rows = TableFormat.open(upload.content())) {
            rows.next(); // the header
            List<String> cells;
            while ((cells = rows.next()) != null && failure.get() == null) {
                if (cells.stream().allMatch(String::isBlank)) {
                    continue;
                }
                tally.rows.incrementAndGet();
                int row = rows.rowNumber();
                Map<String, List<String>> answers = converter.answers(cells);
                if (dryRun) {
                    AnswerCheck check = AnswerValidator.check(questionnaire, answers, false);
                    if (check.terminated()) {
                        tally.refuse(List.of(converter.notEligible(row, check.terminatedBy(), cells)));
                    } else if (!check.valid()) {
                        tally.refuse(converter.problems(row, check.errors(), cells));
                    } else {
                        tally.accepted.incrementAndGet();
                    }
                    continue;
                }
                Submission submission = new Submission(
                        questionnaire,
                        open.duplicatePolicy(),
                        key(questionnaireId, mapping, cells),
                        Channel.IMPORT,
                        "id",
                        answers,
                        null, // no fill time: the file says nothing of how long anyone took
                        null,
                        null, // no device, no address: the guards for those judge a person at a form, not a file
                        null,
                        true,
                        null,
                        label,
                        false);
                List<String> rowCells = cells;
                inFlight.acquireUninterruptibly();
                submissions.submitAsync(submission, context).whenComplete((outcome, failed) -> {
                    try {
                        if (failed != null) {
                            failure.compareAndSet(null, failed);
                        } else {
                            tally.count(outcome, converter, row, rowCells);
                        }
                    } finally {
                        inFlight.release();
                    }
                });
            }
        } catch (UnreadableFileException e) {
            throw unreadable(e);
        } finally {
            inFlight.acquireUninterruptibly(IN_FLIGHT); // every row handed over has its outcome
        }
        if (failure.get() != null) {
            throw GroupCommitInserter.storeFailure(failure.get());
        }
        return tally.report(dryRun);
    }

    /** Counts of one run; outcomes arrive on other threads. */
    private static final class Tally {
        final AtomicInteger rows = new AtomicInteger();
        final AtomicInteger accepted = new AtomicInteger();
        final AtomicInteger stored = new AtomicInteger();
        final AtomicInteger already = new AtomicInteger();
        final AtomicInteger refused = new AtomicInteger();
        final AtomicInteger more = new AtomicInteger();
        final List<RowProblem> problems = new ArrayList<>();

        void count(SubmissionOutcome outcome, RowConverter converter, int row, List<String> cells) {
            if (outcome instanceof SubmissionOutcome.Accepted done) {
                accepted.incrementAndGet();
                (done.replayed() ? already : stored).incrementAndGet();
            } else if (outcome instanceof SubmissionOutcome.Invalid invalid) {
                refuse(converter.problems(row, invalid.errors(), cells));
            } else if (outcome instanceof SubmissionOutcome.NotEligible notEligible) {
                refuse(List.of(converter.notEligible(row, notEligible.question(), cells)));
            } else {
                // KeyReused: the same row (or ID) was imported before with other answers, e.g. under another mapping
                refuse(List.of(converter.problem(
                        row,
                        null,
                        null,
                        "baris ini sudah pernah diimpor dengan jawaban lain (pemetaan berubah?): tidak disimpan lagi",
                        "this row was imported before with other answers (a changed mapping?): not stored again")));
            }
        }

        synchronized void refuse(List<RowProblem> found) {
            refused.incrementAndGet();
            for (RowProblem problem : found) {
                if (problems.size() < MAX_PROBLEMS) {
                    problems.add(problem);
                } else {
                    more.incrementAndGet();
                }
            }
        }

        synchronized ImportReport report(boolean dryRun) {
            List<RowProblem> sorted = new ArrayList<>(problems);
            sorted.sort(Comparator.comparingInt(RowProblem::row));
            return new ImportReport(
                    dryRun, rows.get(), accepted.get(), stored.get(), already.get(), refused.get(), sorted, more.get());
        }
    }

    /**
     * The row's idempotency key: a keyed hash of the questionnaire and the row's identity (its ID column's value when
     * one is named, else all its cells), so neither the row nor anyone in it can be read back from the key.
     */
    private String key(long questionnaireId, ImportMapping mapping, List<String> cells) {
        String id = mapping.idColumn() == null
                ? ""
                : RowConverter.cell(cells, mapping.idColumn() - 1).strip();
        String identity = id.isEmpty() ? "row:" + RowConverter.content(cells) : "id:" + id;
        return "import:" + hasher.hash("import", String.valueOf(questionnaireId), identity);
    }

    /** The label, or {@code impor-<today>} when none was given. */
    public String label(ImportMapping mapping) {
        if (mapping.label() == null || mapping.label().isBlank()) {
            return "impor-" + LocalDate.now(config.timeZone()).format(LABEL_DATE);
        }
        return mapping.label().strip().toLowerCase(Locale.ROOT);
    }

    private List<MappingError> check(PublicQuestionnaire questionnaire, UploadSummary summary, ImportMapping mapping) {
        List<MappingError> errors = new ArrayList<>();
        int columns = summary.columns().size();
        if (mapping.columns() == null || mapping.columns().isEmpty()) {
            errors.add(new MappingError(
                    "/columns",
                    "Petakan setidaknya satu kolom ke sebuah pertanyaan.",
                    "Map at least one column to a question."));
            return errors;
        }
        Set<String> questions = new HashSet<>();
        Set<Integer> used = new HashSet<>();
        for (int i = 0; i < mapping.columns().size(); i++) {
            ImportMapping.Column column = mapping.columns().get(i);
            String at = "/columns/" + i;
            if (column == null) {
                errors.add(new MappingError(at, "Kolom kosong.", "A column entry is missing."));
                continue;
            }
            if (column.column() < 1 || column.column() > columns) {
                errors.add(new MappingError(
                        at + "/column",
                        "Berkas ini hanya punya kolom 1 sampai " + columns + ".",
                        "The file has columns 1 to " + columns + " only."));
            } else if (!used.add(column.column())) {
                errors.add(new MappingError(
                        at + "/column",
                        "Kolom " + Columns.letter(column.column()) + " dipetakan dua kali.",
                        "Column " + Columns.letter(column.column()) + " is mapped twice."));
            }
            Optional<QuestionView> question =
                    column.question() == null ? Optional.empty() : questionnaire.question(column.question());
            if (question.isEmpty()) {
                errors.add(new MappingError(
                        at + "/question",
                        "Kuesioner ini tidak punya pertanyaan " + column.question() + ".",
                        "The questionnaire has no question " + column.question() + "."));
                continue;
            }
            if (!questions.add(question.get().code())) {
                errors.add(new MappingError(
                        at + "/question",
                        "Pertanyaan " + column.question() + " dipetakan ke dua kolom; pilih satu.",
                        "Question " + column.question() + " is mapped to two columns; choose one."));
            }
            if (column.answers() != null) {
                Set<String> values = new LinkedHashSet<>();
                question.get().options().forEach(o -> values.add(o.value()));
                if (question.get().dontKnow()) {
                    values.add(QuestionView.DONT_KNOW);
                }
                column.answers().forEach((text, value) -> {
                    if (value != null && !value.isEmpty() && !values.contains(value)) {
                        errors.add(new MappingError(
                                at + "/answers",
                                "\"" + value + "\" bukan pilihan pertanyaan " + column.question() + ".",
                                "\"" + value + "\" is not an option of question " + column.question() + "."));
                    }
                });
            }
        }
        for (QuestionView question : questionnaire.questions()) {
            if (question.required() && question.showIf() == null && !questions.contains(question.code())) {
                errors.add(new MappingError(
                        "/columns",
                        "Pertanyaan wajib " + question.code() + " belum dipetakan ke kolom mana pun.",
                        "The required question " + question.code() + " is not mapped to any column."));
            }
        }
        if (mapping.idColumn() != null && (mapping.idColumn() < 1 || mapping.idColumn() > columns)) {
            errors.add(new MappingError(
                    "/idColumn",
                    "Kolom penanda baris harus kolom 1 sampai " + columns + ".",
                    "The row ID column must be one of columns 1 to " + columns + "."));
        }
        if (mapping.label() != null
                && !mapping.label().isBlank()
                && !SourceTags.VALID
                        .matcher(mapping.label().strip().toLowerCase(Locale.ROOT))
                        .matches()) {
            errors.add(new MappingError(
                    "/label",
                    "Label: 1-40 huruf kecil, angka atau tanda hubung, misalnya impor-gform-2024.",
                    "Label: 1-40 lower-case letters, digits or hyphens, e.g. impor-gform-2024."));
        }
        return errors;
    }

    private UploadSummary summarise(byte[] content) {
        try (TableRows rows = TableFormat.open(content)) {
            List<String> header = rows.next();
            if (header == null || header.stream().allMatch(String::isBlank)) {
                throw new UnreadableFileException(
                        "Berkas kosong: baris pertama harus berisi judul kolom.",
                        "The file is empty: its first row must hold the column headers.");
            }
            List<String> headers =
                    new ArrayList<>(header.stream().map(String::strip).toList());
            List<LinkedHashSet<String>> values = new ArrayList<>();
            List<Boolean> more = new ArrayList<>();
            int count = 0;
            List<String> cells;
            while ((cells = rows.next()) != null) {
                if (cells.stream().allMatch(String::isBlank)) {
                    continue;
                }
                if (++count > maxRows) {
                    throw new UnreadableFileException(
                            "Berkas ini punya lebih dari " + maxRows + " baris; bagi menjadi beberapa berkas.",
                            "The file has more than " + maxRows + " rows; split it into several files.");
                }
                for (int i = 0; i < cells.size(); i++) {
                    while (headers.size() <= i) {
                        headers.add("");
                    }
                    while (values.size() <= i) {
                        values.add(new LinkedHashSet<>());
                        more.add(false);
                    }
                    String value = cells.get(i).strip();
                    if (value.isEmpty()) {
                        continue;
                    }
                    value = value.length() > 100 ? value.substring(0, 100) : value;
                    if (values.get(i).size() < MAX_VALUES) {
                        values.get(i).add(value);
                    } else if (!values.get(i).contains(value)) {
                        more.set(i, true);
                    }
                }
            }
            List<ColumnSummary> columns = new ArrayList<>();
            for (int i = 0; i < headers.size(); i++) {
                columns.add(new ColumnSummary(
                        headers.get(i),
                        i < values.size() ? List.copyOf(values.get(i)) : List.of(),
                        i < more.size() && more.get(i)));
            }
            return new UploadSummary(count, columns);
        }
    }

    private ImportUploadView view(
            ImportQueries.Upload upload, UploadSummary summary, PublicQuestionnaire questionnaire) {
        List<ImportColumnView> columns = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        for (int i = 0; i < summary.columns().size(); i++) {
            ColumnSummary column = summary.columns().get(i);
            Optional<QuestionView> question = AnswerMatcher.question(column.header(), questionnaire.questions(), taken);
            question.ifPresent(q -> taken.add(q.code()));
            columns.add(new ImportColumnView(
                    i + 1,
                    Columns.letter(i + 1),
                    column.header(),
                    column.values(),
                    column.moreValues(),
                    question.map(QuestionView::code).orElse(null),
                    question.map(q -> suggestedAnswers(q, column.values())).orElse(Map.of())));
        }
        return new ImportUploadView(
                upload.id(),
                upload.questionnaireId(),
                upload.fileName(),
                upload.format(),
                summary.rows(),
                upload.createdAt(),
                columns);
    }

    /** For each answer text of a column, the option it seems to mean ("" when none can be told). */
    public static Map<String, String> suggestedAnswers(QuestionView question, List<String> texts) {
        Map<String, String> answers = new LinkedHashMap<>();
        if (!question.type().hasOptions()) {
            return answers;
        }
        for (String text : texts) {
            // a multiple-choice cell holds several answers ("A, B"): each is matched on its own
            List<String> pieces = question.type() == QuestionType.MULTI_CHOICE
                            && AnswerMatcher.option(question, text).isEmpty()
                    ? AnswerMatcher.pieces(text)
                    : List.of(text);
            for (String piece : pieces) {
                answers.putIfAbsent(piece, AnswerMatcher.option(question, piece).orElse(""));
            }
        }
        return answers;
    }

    private ImportQueries.Upload upload(long questionnaireId, UUID uploadId, boolean withContent) {
        return queries.find(uploadId, questionnaireId, withContent)
                .orElseThrow(() -> ProblemException.notFound("Import upload", uploadId));
    }

    private Availability.Open open(long questionnaireId) {
        return Collecting.open(questionnaires.resolveForStaff(questionnaireId).availability(), questionnaireId);
    }

    private UploadSummary summary(ImportQueries.Upload upload) {
        try {
            return json.readValue(upload.summaryJson(), UploadSummary.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable upload summary", e);
        }
    }

    private String toJson(UploadSummary summary) {
        try {
            return json.writeValueAsString(summary);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("upload summary not serialisable", e);
        }
    }

    private ProblemException tooLarge(long size) {
        return new ProblemException(
                ProblemType.PAYLOAD_TOO_LARGE,
                "The file has " + size + " bytes; the limit is " + maxFileBytes + " bytes");
    }

    /** A file that cannot be read: 422 with the reason at /file (the page shows the Indonesian one). */
    static ProblemException unreadable(UnreadableFileException e) {
        return new UnreadableUpload(e);
    }

    /** The problem for an unreadable file, carrying the reason in Indonesian for the page. */
    public static final class UnreadableUpload extends ProblemException {
        private final String indonesian;

        UnreadableUpload(UnreadableFileException e) {
            super(ProblemType.VALIDATION_FAILED, e.english(), List.of(FieldError.at("/file", e.english())));
            this.indonesian = e.indonesian();
        }

        public String indonesian() {
            return indonesian;
        }
    }

    private static String fileName(String name) {
        String plain = name == null ? "" : name.replaceAll("[\\p{Cc}/\\\\]", "").strip();
        if (plain.isEmpty()) {
            return "berkas";
        }
        return plain.length() > 200 ? plain.substring(0, 200) : plain;
    }
}
