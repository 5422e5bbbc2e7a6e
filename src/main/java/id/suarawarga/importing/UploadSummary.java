package id.suarawarga.importing;

import java.util.List;

/** What an upload holds, read once when it arrives: its data rows and its columns. */
record UploadSummary(int rows, List<ColumnSummary> columns) {}
