package id.suarawarga.export;

import id.suarawarga.common.csv.CsvCells;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes responses as CSV (RFC 4180: comma, CRLF, header row) in UTF-8 with a byte-order mark, which Excel needs to
 * read Indonesian text right. Rows go out as they come; only the write buffer is held.
 */
final class CsvResponseWriter implements ResponseRowQueries.Sink, AutoCloseable {

    private static final String CRLF = "\r\n";

    private final Writer out;

    CsvResponseWriter(OutputStream stream, ExportLayout layout) throws IOException {
        this.out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 64 * 1024);
        out.write('\uFEFF');
        line(layout.headers());
    }

    @Override
    public void accept(ResponseRow row) throws IOException {
        out.write(Long.toString(row.number()));
        out.write(',');
        out.write(row.submitted().toString());
        out.write(',');
        out.write(CsvCells.text(row.channel()));
        out.write(',');
        out.write(row.sourceTag() == null ? "" : CsvCells.text(row.sourceTag()));
        out.write(',');
        out.write(CsvCells.text(row.language()));
        out.write(',');
        out.write(Boolean.toString(row.flagged()));
        out.write(',');
        out.write(CsvCells.text(row.flagReasonsCell()));
        out.write(',');
        out.write(Boolean.toString(row.counted()));
        out.write(',');
        out.write(CsvCells.text(row.countReason()));
        out.write(',');
        out.write(CsvCells.cell(row.reviewNote()));
        out.write(',');
        out.write(Boolean.toString(row.otherPersonDeclared()));
        for (Object cell : row.cells()) {
            out.write(',');
            out.write(CsvCells.cell(cell));
        }
        out.write(CRLF);
    }

    private void line(List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(CsvCells.text(cells.get(i)));
        }
        out.write(CRLF);
    }

    @Override
    public void close() throws IOException {
        out.flush();
    }
}
