package id.suarawarga.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** CSV as spreadsheets write it: the separator told from the header, quotes, line breaks in cells, BOM, CRLF. */
class CsvRowsTest {

    static List<List<String>> read(String csv) {
        List<List<String>> rows = new ArrayList<>();
        try (TableRows table = TableFormat.open(csv.getBytes(StandardCharsets.UTF_8))) {
            List<String> row;
            while ((row = table.next()) != null) {
                rows.add(row);
            }
        }
        return rows;
    }

    @Test
    void readsSemicolonsQuotesLineBreaksAndABom() {
        assertThat(read("\uFEFFA;\"B;C\"\r\n1;\"dua\r\nbaris \"\"kutip\"\"\"\r\n;3,5\r\n"))
                .containsExactly(List.of("A", "B;C"), List.of("1", "dua\r\nbaris \"kutip\""), List.of("", "3,5"));
    }

    @Test
    void tellsTheSeparatorFromTheHeader() {
        assertThat(CsvRows.separator("a,b,c")).isEqualTo(',');
        assertThat(CsvRows.separator("a;b;\"c,d,e\"")).isEqualTo(';');
        assertThat(CsvRows.separator("a\tb\tc")).isEqualTo('\t');
        assertThat(CsvRows.separator("a")).isEqualTo(',');
        assertThat(read("a,b\n1,2")).containsExactly(List.of("a", "b"), List.of("1", "2"));
    }

    @Test
    void refusesAnUnclosedQuoteAndHugeCells() {
        assertThatThrownBy(() -> read("a;b\n\"1;2\n"))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessage("A quote in row 2 is never closed.");
        assertThatThrownBy(() -> read("a\n" + "x".repeat(CsvRows.MAX_CELL + 1)))
                .isInstanceOf(UnreadableFileException.class);
    }

    @Test
    void numbersRowsAsASpreadsheetDoes() {
        try (TableRows table = TableFormat.open("h\n1\n2\n".getBytes(StandardCharsets.UTF_8))) {
            table.next();
            assertThat(table.rowNumber()).isEqualTo(1);
            table.next();
            table.next();
            assertThat(table.rowNumber()).isEqualTo(3);
            assertThat(table.next()).isNull();
        }
    }

    @Test
    void columnLetters() {
        assertThat(Columns.letter(1)).isEqualTo("A");
        assertThat(Columns.letter(26)).isEqualTo("Z");
        assertThat(Columns.letter(27)).isEqualTo("AA");
        assertThat(Columns.letter(53)).isEqualTo("BA");
    }
}
