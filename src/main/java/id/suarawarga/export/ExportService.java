package id.suarawarga.export;

import id.suarawarga.common.config.SuaraConfig;
import id.suarawarga.common.problem.ProblemException;
import id.suarawarga.program.ProgramService;
import id.suarawarga.program.ProgramView;
import id.suarawarga.questionnaire.QuestionnaireService;
import id.suarawarga.questionnaire.QuestionnaireStatus;
import id.suarawarga.questionnaire.QuestionnaireView;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.dhatim.fastexcel.Workbook;

/**
 * Anonymised response exports of one questionnaire as CSV or XLSX. Everything that can fail for the caller (unknown
 * questionnaire, a draft) fails before the first byte; the rows are then streamed from the database to the client.
 */
@ApplicationScoped
public class ExportService {

    static final String APPLICATION = "Suara Warga";

    private final QuestionnaireService questionnaires;
    private final ProgramService programs;
    private final ResponseRowQueries rows;
    private final ExportAudit audit;
    private final ZoneId zone;
    private final Clock clock = Clock.systemUTC();

    ExportService(
            QuestionnaireService questionnaires,
            ProgramService programs,
            ResponseRowQueries rows,
            ExportAudit audit,
            SuaraConfig config) {
        this.questionnaires = questionnaires;
        this.programs = programs;
        this.rows = rows;
        this.audit = audit;
        this.zone = config.timeZone();
    }

    public ExportFile csv(long questionnaireId, boolean includeFlagged) {
        Target target = target(questionnaireId);
        audit.exported(target.program(), questionnaireId, "responses.csv", includeFlagged);
        return new ExportFile(target.fileName("jawaban", "csv"), ExportFile.CSV, output -> {
            try (CsvResponseWriter csv = new CsvResponseWriter(output, target.layout())) {
                rows.stream(questionnaireId, target.layout(), includeFlagged, csv);
            }
        });
    }

    public ExportFile xlsx(long questionnaireId, boolean includeFlagged) {
        Target target = target(questionnaireId);
        audit.exported(target.program(), questionnaireId, "responses.xlsx", includeFlagged);
        return new ExportFile(target.fileName("jawaban", "xlsx"), ExportFile.XLSX, output -> {
            Workbook workbook = new Workbook(output, APPLICATION, "1.0");
            XlsxResponseWriter xlsx = new XlsxResponseWriter(workbook, target.layout());
            rows.stream(questionnaireId, target.layout(), includeFlagged, xlsx);
            xlsx.finish();
            workbook.finish();
        });
    }

    /** What an export of a questionnaire needs, checked before anything is streamed. */
    record Target(QuestionnaireView questionnaire, ProgramView program, ExportLayout layout, LocalDate today) {
        String fileName(String what, String extension) {
            return "suara-warga-" + program.slug() + "-v" + questionnaire.version() + "-" + what + "-" + today + "."
                    + extension;
        }
    }

    Target target(long questionnaireId) {
        QuestionnaireView questionnaire = questionnaires.get(questionnaireId);
        if (questionnaire.status() == QuestionnaireStatus.DRAFT) {
            throw ProblemException.invalidState(
                    "Questionnaire " + questionnaireId + " is a draft and has no responses");
        }
        ProgramView program = programs.get(questionnaire.programId());
        return new Target(
                questionnaire, program, ExportLayout.of(questionnaire, zone), LocalDate.now(clock.withZone(zone)));
    }
}
