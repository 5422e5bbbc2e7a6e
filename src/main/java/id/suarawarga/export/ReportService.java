package id.suarawarga.export;

import id.suarawarga.common.config.SuaraConfig;
import id.suarawarga.program.ProgramService;
import id.suarawarga.program.ProgramView;
import id.suarawarga.questionnaire.QuestionTag;
import id.suarawarga.questionnaire.QuestionType;
import id.suarawarga.questionnaire.QuestionView;
import id.suarawarga.questionnaire.QuestionnaireService;
import id.suarawarga.questionnaire.QuestionnaireView;
import id.suarawarga.region.RegionTimeZones;
import id.suarawarga.score.ScoreService;
import id.suarawarga.score.ScoreView;
import id.suarawarga.score.stats.SmallCells;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dhatim.fastexcel.Workbook;

/**
 * The SKM report of a questionnaire, as a workbook and as the data of the printable page. Every score is the score
 * engine's ({@link ScoreService}); nothing of the IKM maths is done here. Flagged responses are left out unless asked
 * for, as in the scores.
 */
@ApplicationScoped
public class ReportService {

    static final String NOT_ANSWERED = "Tidak diisi";

    private final ScoreService scores;
    private final QuestionnaireService questionnaires;
    private final ProgramService programs;
    private final ResponseFigureQueries figures;
    private final ExportAudit audit;
    private final SuaraConfig config;
    private final Clock clock = Clock.systemUTC();

    ReportService(
            ScoreService scores,
            QuestionnaireService questionnaires,
            ProgramService programs,
            ResponseFigureQueries figures,
            ExportAudit audit,
            SuaraConfig config) {
        this.scores = scores;
        this.questionnaires = questionnaires;
        this.programs = programs;
        this.figures = figures;
        this.audit = audit;
        this.config = config;
    }

    public SkmReport report(long questionnaireId, boolean includeFlagged) {
        ScoreView score = scores.questionnaire(questionnaireId, includeFlagged); // 404 unknown, 409 draft
        QuestionnaireView questionnaire = questionnaires.get(questionnaireId);
        ProgramView program = programs.get(questionnaire.programId());
        ZoneId zone = RegionTimeZones.of(program.regionCode());
        Optional<ResponseFigureQueries.Period> period = figures.period(questionnaireId, includeFlagged, zone);
        List<String> commentCodes = commentCodes(questionnaire);
        SkmReport.Summary summary = new SkmReport.Summary(
                program.regionName(),
                program.name(),
                program.agency(),
                program.year(),
                questionnaire.title().id(),
                questionnaire.version(),
                questionnaire.status().words(),
                period.map(ResponseFigureQueries.Period::first).orElse(null),
                period.map(ResponseFigureQueries.Period::last).orElse(null),
                RegionTimeZones.abbreviation(zone),
                score.responses(),
                score.provisional(),
                includeFlagged,
                score.sample().targetPopulation(),
                score.sample().requiredSample(),
                score.sample().quota(),
                LocalDate.now(clock.withZone(zone)));
        SkmReport.Ikm ikm = score.ikm() == null
                ? null
                : new SkmReport.Ikm(
                        score.ikm().value(),
                        score.ikm().konversi(),
                        score.ikm().category(),
                        score.ikm().categoryLabel(),
                        score.ikm().konversiLow(),
                        score.ikm().konversiHigh(),
                        score.ikm().index(),
                        config.score().indexMin(),
                        config.score().indexMax(),
                        score.ikm().n());
        List<SkmReport.Element> elements = score.elements().stream()
                .map(e -> new SkmReport.Element(
                        e.element(), QuestionTag.nameOf(e.element()), e.n(), e.nrr(), e.konversi(), e.category()))
                .toList();
        return new SkmReport(
                summary,
                ikm,
                elements,
                profile(questionnaire, includeFlagged),
                figures.latestComments(questionnaireId, commentCodes, includeFlagged, zone, SkmReport.PAGE_COMMENTS),
                figures.commentCount(questionnaireId, commentCodes, includeFlagged));
    }

    /** The report for the printable page; recorded as an export, since it prints to a PDF. */
    public SkmReport printable(long questionnaireId, boolean includeFlagged) {
        SkmReport report = report(questionnaireId, includeFlagged);
        QuestionnaireView questionnaire = questionnaires.get(questionnaireId);
        audit.exported(programs.get(questionnaire.programId()), questionnaireId, "laporan (page)", includeFlagged);
        return report;
    }

    /** The report as an XLSX workbook: summary, elements, respondent profile and every comment (streamed). */
    public ExportFile workbook(long questionnaireId, boolean includeFlagged) {
        SkmReport report = report(questionnaireId, includeFlagged);
        QuestionnaireView questionnaire = questionnaires.get(questionnaireId);
        ProgramView program = programs.get(questionnaire.programId());
        audit.exported(program, questionnaireId, "report.xlsx", includeFlagged);
        String fileName = "suara-warga-" + program.slug() + "-v" + questionnaire.version() + "-laporan-skm-"
                + report.summary().reportDate() + ".xlsx";
        List<String> commentCodes = commentCodes(questionnaire);
        return new ExportFile(fileName, ExportFile.XLSX, output -> {
            Workbook workbook = new Workbook(output, ExportService.APPLICATION, "1.0");
            ReportWorkbook sheets = new ReportWorkbook(workbook, report);
            sheets.summary();
            sheets.elements();
            sheets.profile();
            ReportWorkbook.CommentSheet comments = sheets.comments();
            figures.comments(
                    questionnaireId,
                    commentCodes,
                    includeFlagged,
                    RegionTimeZones.of(program.regionCode()),
                    comments::add);
            comments.finish();
            workbook.finish();
        });
    }

    private List<SkmReport.ProfileQuestion> profile(QuestionnaireView questionnaire, boolean includeFlagged) {
        List<SkmReport.ProfileQuestion> profile = new ArrayList<>();
        for (QuestionView question : ordered(questionnaire)) {
            if (question.tag() == null
                    || !question.tag().isProfile()
                    || !question.type().hasOptions()
                    || question.type() == QuestionType.MULTI_CHOICE) {
                continue; // free-text profile answers (service used) are not bands
            }
            Map<String, Long> counts = figures.counts(questionnaire.id(), question.code(), includeFlagged);
            List<String> labels = new ArrayList<>();
            List<Long> values = new ArrayList<>();
            for (QuestionView.OptionView option : question.options()) {
                if (option.terminates()) {
                    continue; // such an answer ends the questionnaire: no response ever holds it
                }
                labels.add(option.label().id());
                values.add(counts.getOrDefault(
                        String.valueOf(question.type() == QuestionType.LIKERT ? option.score() : option.value()), 0L));
            }
            long unanswered = counts.getOrDefault(null, 0L);
            if (SmallCells.listsUnanswered(question.required(), unanswered)) {
                labels.add(NOT_ANSWERED);
                values.add(unanswered);
            }
            List<String> shown = SmallCells.shown(values);
            List<SkmReport.Band> bands = new ArrayList<>();
            for (int i = 0; i < labels.size(); i++) {
                bands.add(new SkmReport.Band(labels.get(i), shown.get(i)));
            }
            profile.add(new SkmReport.ProfileQuestion(
                    question.code(), question.text().id(), bands));
        }
        return profile;
    }

    private static List<String> commentCodes(QuestionnaireView questionnaire) {
        return ordered(questionnaire).stream()
                .filter(q -> q.type() == QuestionType.TEXT && q.tag() == QuestionTag.SUGGESTION)
                .map(QuestionView::code)
                .toList();
    }

    private static List<QuestionView> ordered(QuestionnaireView questionnaire) {
        return questionnaire.questions().stream()
                .sorted(Comparator.comparingInt(QuestionView::position))
                .toList();
    }
}
