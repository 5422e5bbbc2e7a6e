package id.suarawarga.importing;

import java.util.List;

/**
 * One column of an uploaded file as read at upload: its header and its distinct answers (at most
 * {@link ImportService#MAX_VALUES}, each cut to 100 characters), what the mapping form offers to match to options.
 */
record ColumnSummary(String header, List<String> values, boolean moreValues) {}
