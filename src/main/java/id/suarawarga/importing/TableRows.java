package id.suarawarga.importing;

import java.io.Closeable;
import java.util.List;

/** The rows of an uploaded table, read one at a time (the header first), never the whole file as objects. */
interface TableRows extends Closeable {

    /** The next row's cells as text (trailing empty cells may be missing), or null at the end. */
    List<String> next();

    /** The number of the row {@link #next()} returned last, as a spreadsheet shows it (the header is row 1). */
    int rowNumber();

    @Override
    void close();
}
