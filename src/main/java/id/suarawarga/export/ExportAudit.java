package id.suarawarga.export;

import id.suarawarga.program.ProgramView;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/** Records every export (who, which questionnaire, which file) in the audit log. */
@ApplicationScoped
public class ExportAudit {

    private static final Logger LOG = Logger.getLogger(ExportAudit.class);

    void exported(ProgramView program, long questionnaireId, String file, boolean includeFlagged) {
        LOG.infof("export of questionnaire %d (%s): %s, includeFlagged=%s", questionnaireId, program.regionCode(), file,
                includeFlagged);
    }
}
