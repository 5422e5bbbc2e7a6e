package id.suarawarga.export;

import id.suarawarga.audit.AuditAction;
import id.suarawarga.audit.AuditLog;
import id.suarawarga.program.ProgramView;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/** Records every export (who, which questionnaire, which file) in the audit log, before the file is streamed. */
@ApplicationScoped
public class ExportAudit {

    private final AuditLog log;

    ExportAudit(AuditLog log) {
        this.log = log;
    }

    void exported(ProgramView program, long questionnaireId, String file, boolean includeFlagged) {
        log.record(
                AuditAction.EXPORT,
                program.regionCode(),
                "questionnaire:" + questionnaireId,
                Map.of("file", file, "programId", program.id(), "includeFlagged", includeFlagged));
    }
}
