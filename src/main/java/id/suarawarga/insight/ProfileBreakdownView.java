package id.suarawarga.insight;

import java.util.List;

/**
 * Respondents and scores per answer to one profile question (age band, sex, education, occupation), with "not
 * answered" last (value null) when the question is optional. A cell with fewer than
 * {@link ProfileBreakdownService#MIN_CELL} respondents is suppressed, and so are the cells that would let it be worked
 * out from the total: neither count nor score is given, so no small group of residents can be singled out.
 */
public record ProfileBreakdownView(String code, String tag, String text, List<Cell> cells) {

    /**
     * One answer option.
     *
     * @param respondents null when suppressed
     * @param ikmKonversi null when suppressed or when fewer than the minimum answered the SKM elements
     * @param benefit null when suppressed or when fewer than the minimum answered the impact questions
     */
    public record Cell(
            String value,
            String label,
            boolean suppressed,
            Long respondents,
            Double ikmKonversi,
            String category,
            String categoryLabel,
            Double benefit) {

        /** The same cell with its count set (kept hidden when it is hidden). */
        Cell withRespondents(long count) {
            return suppressed
                    ? this
                    : new Cell(value, label, false, count, ikmKonversi, category, categoryLabel, benefit);
        }
    }
}
