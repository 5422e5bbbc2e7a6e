package id.suarawarga.importing;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A streaming reader of CSV as spreadsheets write it: fields in double quotes may hold the separator, line breaks and
 * doubled quotes; the separator is the one the header line uses most of ({@code ;} as Indonesian Excel writes,
 * {@code ,} as Google Forms does, or a tab). A leading byte order mark is skipped.
 */
final class CsvRows implements TableRows {

    static final int MAX_CELL = 10_000;
    static final int MAX_COLUMNS = 500;

    private final Reader in;
    private final char separator;
    private int pushedBack = -2;
    private int row;
    private boolean ended;

    CsvRows(Reader in, String firstLine) {
        this.in = in;
        this.separator = separator(firstLine);
    }

    /** The separator the header line (outside quotes) uses most; a comma when it uses none. */
    static char separator(String headerLine) {
        int semicolons = 0;
        int commas = 0;
        int tabs = 0;
        boolean quoted = false;
        for (char c : headerLine.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                switch (c) {
                    case ';' -> semicolons++;
                    case ',' -> commas++;
                    case '\t' -> tabs++;
                    default -> {}
                }
            }
        }
        if (tabs > commas && tabs > semicolons) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }

    @Override
    public List<String> next() {
        if (ended) {
            return null;
        }
        try {
            int c = read();
            if (c == 0xFEFF && row == 0) {
                c = read();
            }
            if (c == -1) {
                ended = true;
                return null;
            }
            List<String> cells = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            boolean quoted = false;
            boolean wasQuoted = false;
            while (true) {
                if (c == -1) {
                    if (quoted) {
                        throw new UnreadableFileException(
                                "Tanda kutip di baris " + (row + 1) + " tidak ditutup.",
                                "A quote in row " + (row + 1) + " is never closed.");
                    }
                    ended = true;
                    break;
                }
                char ch = (char) c;
                if (quoted) {
                    if (ch == '"') {
                        int after = read();
                        if (after == '"') {
                            append(cell, '"');
                        } else {
                            quoted = false;
                            c = after;
                            continue;
                        }
                    } else {
                        append(cell, ch);
                    }
                } else if (ch == '"' && cell.isEmpty() && !wasQuoted) {
                    quoted = true;
                    wasQuoted = true;
                } else if (ch == separator) {
                    add(cells, cell);
                    wasQuoted = false;
                } else if (ch == '\r' || ch == '\n') {
                    if (ch == '\r') {
                        int after = read();
                        if (after != '\n') {
                            pushedBack = after;
                        }
                    }
                    break;
                } else {
                    append(cell, ch);
                }
                c = read();
            }
            add(cells, cell);
            row++;
            return cells;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private int read() throws IOException {
        if (pushedBack != -2) {
            int c = pushedBack;
            pushedBack = -2;
            return c;
        }
        return in.read();
    }

    private void append(StringBuilder cell, char ch) {
        if (cell.length() >= MAX_CELL) {
            throw new UnreadableFileException(
                    "Sel di baris " + (row + 1) + " terlalu panjang (lebih dari " + MAX_CELL + " karakter).",
                    "A cell in row " + (row + 1) + " is longer than " + MAX_CELL + " characters.");
        }
        cell.append(ch);
    }

    private void add(List<String> cells, StringBuilder cell) {
        if (cells.size() >= MAX_COLUMNS) {
            throw new UnreadableFileException(
                    "Baris " + (row + 1) + " punya lebih dari " + MAX_COLUMNS + " kolom.",
                    "Row " + (row + 1) + " has more than " + MAX_COLUMNS + " columns.");
        }
        cells.add(cell.toString());
        cell.setLength(0);
    }

    @Override
    public int rowNumber() {
        return row;
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException e) {
            // nothing was written: a failed close of a read loses nothing
        }
    }
}
