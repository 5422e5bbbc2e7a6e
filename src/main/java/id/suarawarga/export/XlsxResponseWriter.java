package id.suarawarga.export;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes responses as an XLSX workbook with fastexcel's streaming writer: rows are flushed to the response every
 * {@value #FLUSH_EVERY} rows and strings are written inline (no shared-string table growing with the data), so memory
 * stays flat. Text cells are never formulas in XLSX, so they are written as given. Past Excel's row limit the rows
 * go on in a next sheet ("Jawaban 2"), each with the header row.
 */
final class XlsxResponseWriter implements ResponseRowQueries.Sink {

    static final String SHEET = "Jawaban";
    static final int FLUSH_EVERY = 1000;
    /** Excel's limit is 1,048,576 rows a sheet, the header included. */
    static final int ROWS_PER_SHEET = 1_048_575;

    private static final String DATE_FORMAT = "yyyy-mm-dd";

    private final Workbook workbook;
    private final List<String> headers;
    private Worksheet sheet;
    private int sheets;
    private int row;

    /** The first answer column (after no … other_person_declared). */
    private static final int ANSWERS = 11;

    XlsxResponseWriter(Workbook workbook, ExportLayout layout) {
        this.workbook = workbook;
        this.headers = layout.headers();
    }

    @Override
    public void accept(ResponseRow response) throws IOException {
        if (sheet == null || row > ROWS_PER_SHEET) {
            nextSheet();
        }
        sheet.value(row, 0, response.number());
        sheet.value(row, 1, response.submitted());
        sheet.style(row, 1).format(DATE_FORMAT).set();
        sheet.inlineString(row, 2, response.channel());
        if (response.sourceTag() != null) {
            sheet.inlineString(row, 3, response.sourceTag());
        }
        sheet.inlineString(row, 4, response.language());
        sheet.value(row, 5, response.flagged());
        if (!response.flagReasons().isEmpty()) {
            sheet.inlineString(row, 6, response.flagReasonsCell());
        }
        sheet.value(row, 7, response.counted());
        sheet.inlineString(row, 8, response.countReason());
        if (response.reviewNote() != null) {
            sheet.inlineString(row, 9, response.reviewNote());
        }
        sheet.value(row, 10, response.otherPersonDeclared());
        List<Object> cells = response.cells();
        for (int i = 0; i < cells.size(); i++) {
            Object cell = cells.get(i);
            if (cell instanceof BigDecimal) {
                sheet.value(row, ANSWERS + i, (BigDecimal) cell);
            } else if (cell != null) {
                sheet.inlineString(row, ANSWERS + i, cell.toString());
            }
        }
        row++;
        if (row % FLUSH_EVERY == 0) {
            sheet.flush();
        }
    }

    /** Ends the last sheet (an empty export still gets its header row). */
    void finish() throws IOException {
        if (sheet == null) {
            nextSheet();
        }
        sheet.finish();
    }

    private void nextSheet() throws IOException {
        if (sheet != null) {
            sheet.finish();
        }
        sheets++;
        sheet = workbook.newWorksheet(sheets == 1 ? SHEET : SHEET + " " + sheets);
        for (int c = 0; c < headers.size(); c++) {
            sheet.inlineString(0, c, headers.get(c));
        }
        sheet.range(0, 0, 0, headers.size() - 1).style().bold().set();
        sheet.width(1, 14);
        sheet.freezePane(0, 1);
        row = 1;
    }
}
