package id.suarawarga.importing;

import java.util.List;

/**
 * The outcome of a dry run (nothing written) or of an import.
 *
 * @param rows            data rows read (blank rows are skipped)
 * @param accepted        rows whose answers pass every check: imported, or imported before
 * @param stored          responses stored now (0 in a dry run)
 * @param alreadyImported rows imported before (same fingerprint), stored nothing now (0 in a dry run)
 * @param refused         rows with a problem; none of them is stored
 * @param problems        the problems, by row (at most {@link ImportService#MAX_PROBLEMS})
 * @param moreProblems    problems beyond those listed
 */
public record ImportReport(
        boolean dryRun,
        int rows,
        int accepted,
        int stored,
        int alreadyImported,
        int refused,
        List<RowProblem> problems,
        int moreProblems) {}
