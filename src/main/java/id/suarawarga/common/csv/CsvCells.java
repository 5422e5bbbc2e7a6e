package id.suarawarga.common.csv;

import java.math.BigDecimal;

/**
 * RFC 4180 cells that are safe to open in a spreadsheet: a text cell beginning with = + - @, a tab or a carriage
 * return is prefixed with an apostrophe, so Excel or LibreOffice shows it as text and never runs it as a formula
 * (OWASP "CSV injection"); cells with a comma, quote or line break are quoted, quotes doubled.
 */
public final class CsvCells {

    private CsvCells() {}

    public static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal) {
            return ((BigDecimal) value).toPlainString();
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        return text(value.toString());
    }

    public static String text(String value) {
        String safe = neutralised(value);
        boolean quote =
                safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0 || safe.indexOf('\r') >= 0;
        return quote ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
    }

    /** A text cell always in quotes (for files whose text columns are quoted whatever they hold), made safe. */
    public static String quoted(String value) {
        return value == null ? "" : '"' + neutralised(value).replace("\"", "\"\"") + '"';
    }

    /** The text as a spreadsheet must show it: a leading formula character is defused with an apostrophe. */
    public static String neutralised(String value) {
        if (value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        boolean formula =
                first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return formula ? "'" + value : value;
    }
}
