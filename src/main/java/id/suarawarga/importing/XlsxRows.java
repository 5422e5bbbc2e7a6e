package id.suarawarga.importing;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;

/**
 * The first sheet of an XLSX workbook, read as a stream of rows (fastexcel-reader: StAX over the sheet's XML, so a
 * 100,000-row sheet is never held as objects). Numbers come as written ({@code 4}, not {@code 4.0}); cells formatted
 * as dates come as ISO date-times.
 */
final class XlsxRows implements TableRows {

    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_LOCAL_DATE_TIME;

    private final ReadableWorkbook workbook;
    private final Stream<Row> stream;
    private final Iterator<Row> rows;
    private int row;

    XlsxRows(InputStream in) {
        try {
            this.workbook = new ReadableWorkbook(in, new ReadingOptions(true, false));
            this.stream = workbook.getFirstSheet().openStream();
            this.rows = stream.iterator();
        } catch (IOException | RuntimeException e) {
            throw unreadable();
        }
    }

    @Override
    public List<String> next() {
        Row next;
        try {
            if (!rows.hasNext()) {
                return null;
            }
            next = rows.next();
        } catch (RuntimeException e) {
            throw unreadable();
        }
        row = next.getRowNum();
        int count = next.getCellCount();
        if (count > CsvRows.MAX_COLUMNS) {
            throw new UnreadableFileException(
                    "Baris " + row + " punya lebih dari " + CsvRows.MAX_COLUMNS + " kolom.",
                    "Row " + row + " has more than " + CsvRows.MAX_COLUMNS + " columns.");
        }
        List<String> cells = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            cells.add(text(next.getCell(i)));
        }
        return cells;
    }

    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        try {
            return switch (cell.getType()) {
                case NUMBER -> number(cell);
                case BOOLEAN -> String.valueOf(cell.asBoolean());
                case STRING -> cell.asString();
                case FORMULA, ERROR -> cell.getRawValue() == null ? "" : cell.getRawValue();
                default -> cell.getText() == null ? "" : cell.getText();
            };
        } catch (RuntimeException e) {
            return cell.getRawValue() == null ? "" : cell.getRawValue();
        }
    }

    private static String number(Cell cell) {
        String format = cell.getDataFormatString();
        if (format != null && isDateFormat(format)) {
            LocalDateTime date = cell.asDate();
            return date == null ? "" : date.format(ISO);
        }
        BigDecimal value = cell.asNumber();
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    /** Excel's date formats hold d, m, y or h outside quoted text and brackets (colours, locales). */
    static boolean isDateFormat(String format) {
        String bare = format.replaceAll("\"[^\"]*\"|\\[[^]]*]", "").toLowerCase(Locale.ROOT);
        return bare.matches(".*[dmyh].*") && !bare.contains("general");
    }

    @Override
    public int rowNumber() {
        return row;
    }

    @Override
    public void close() {
        try {
            stream.close();
            workbook.close();
        } catch (IOException | RuntimeException e) {
            // nothing was written: a failed close of a read loses nothing
        }
    }

    private static UnreadableFileException unreadable() {
        return new UnreadableFileException(
                "Berkas Excel ini tidak dapat dibaca. Simpan ulang sebagai .xlsx (Excel Workbook) atau CSV.",
                "This Excel file cannot be read. Save it again as .xlsx (Excel Workbook) or CSV.");
    }
}
