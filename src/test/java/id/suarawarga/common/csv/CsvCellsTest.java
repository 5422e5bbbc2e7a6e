package id.suarawarga.common.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class CsvCellsTest {

    @Test
    void quotesCommasQuotesAndLineBreaks() {
        assertThat(CsvCells.text("a,b")).isEqualTo("\"a,b\"");
        assertThat(CsvCells.text("kata \"bagus\"")).isEqualTo("\"kata \"\"bagus\"\"\"");
        assertThat(CsvCells.text("baris 1\nbaris 2")).isEqualTo("\"baris 1\nbaris 2\"");
        assertThat(CsvCells.text("biasa saja")).isEqualTo("biasa saja");
    }

    @Test
    void neutralisesEveryFormulaStart() {
        assertThat(CsvCells.text("=1+2")).isEqualTo("'=1+2");
        assertThat(CsvCells.text("+62 811")).isEqualTo("'+62 811");
        assertThat(CsvCells.text("-5")).isEqualTo("'-5");
        assertThat(CsvCells.text("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvCells.text("\tx")).isEqualTo("'\tx");
        assertThat(CsvCells.text("\rx")).isEqualTo("\"'\rx\"");
        assertThat(CsvCells.text("=HYPERLINK(\"http://x\",\"klik\")"))
                .isEqualTo("\"'=HYPERLINK(\"\"http://x\"\",\"\"klik\"\")\"");
    }

    @Test
    void writesNumbersAsNumbers() {
        assertThat(CsvCells.cell(new BigDecimal("-1.5"))).isEqualTo("-1.5");
        assertThat(CsvCells.cell(3)).isEqualTo("3");
        assertThat(CsvCells.cell(null)).isEmpty();
    }
}
