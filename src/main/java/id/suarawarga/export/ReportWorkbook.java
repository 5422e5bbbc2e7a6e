package id.suarawarga.export;

import id.suarawarga.insight.NumbersExplained;
import id.suarawarga.score.stats.SmallCells;
import java.io.IOException;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes the SKM report's sheets: Ringkasan (summary), Unsur (elements), Profil (respondent profile, small cells
 * hidden) and Komentar (every comment, streamed). Numbers are stored unrounded and shown with two decimals.
 */
final class ReportWorkbook {

    static final String SUMMARY = "Ringkasan";
    static final String ELEMENTS = "Unsur";
    static final String PROFILE = "Profil";
    static final String COMMENTS = "Komentar";
    private static final String TWO_DECIMALS = "0.00";

    private final Workbook workbook;
    private final SkmReport report;

    ReportWorkbook(Workbook workbook, SkmReport report) {
        this.workbook = workbook;
        this.report = report;
    }

    void summary() throws IOException {
        Worksheet sheet = workbook.newWorksheet(SUMMARY);
        SkmReport.Summary s = report.summary();
        Rows rows = new Rows(sheet);
        rows.text("Laporan Survei Kepuasan Masyarakat (PermenPANRB 14/2017)", null);
        rows.text("Daerah", s.region());
        rows.text("Program", s.program());
        rows.text("Perangkat daerah", s.agency());
        rows.number("Tahun", s.year(), null);
        rows.text("Kuesioner", s.questionnaire() + " (versi " + s.version() + ", " + s.status() + ")");
        rows.text(
                "Periode (" + s.timeZone() + ")",
                s.firstResponse() == null
                        ? "belum ada jawaban"
                        : SkmReport.longDate(s.firstResponse()) + " s.d. " + SkmReport.longDate(s.lastResponse()));
        rows.number("Jumlah responden (n)", s.responses(), null);
        rows.text("Jawaban yang ditandai mencurigakan", s.includeFlagged() ? "ikut dihitung" : "tidak dihitung");
        rows.number("Populasi sasaran", s.targetPopulation(), null);
        rows.number("Sampel minimum (Krejcie–Morgan)", s.requiredSample(), null);
        rows.number("Kuota evaluasi Smart City (per subdimensi)", s.quota(), null);
        rows.text(
                "Cukupkah jawabannya?",
                NumbersExplained.sufficiency(s.responses(), s.quota(), s.requiredSample(), s.targetPopulation())
                        .words()
                        .id());
        rows.text("Sementara (n < 30)", s.provisional() ? "ya" : "tidak");
        SkmReport.Ikm ikm = report.ikm();
        if (ikm == null) {
            rows.text("IKM", "belum ada jawaban unsur SKM");
        } else {
            rows.number("IKM (skala 1–4)", ikm.value(), TWO_DECIMALS);
            rows.number("IKM konversi (25–100)", ikm.konversi(), TWO_DECIMALS);
            rows.text("Mutu pelayanan", ikm.category() + " (" + ikm.categoryLabel() + ")");
            NumbersExplained.IkmWords words =
                    NumbersExplained.ikm(ikm.konversi(), ikm.konversiLow(), ikm.konversiHigh(), ikm.n());
            rows.text(
                    "Arti mutu pelayanan",
                    words.meaning().id() + " " + words.toNext().id());
            rows.text("Selang keyakinan dalam kata", words.interval().id());
            if (words.whySesuai() != null) {
                rows.text("Mengapa C?", words.whySesuai().id());
            }
            rows.number("Selang kepercayaan 95% konversi: batas bawah", ikm.konversiLow(), TWO_DECIMALS);
            rows.number("Selang kepercayaan 95% konversi: batas atas", ikm.konversiHigh(), TWO_DECIMALS);
            rows.number(
                    "IKM pada skala indeks (" + plain(ikm.indexMin()) + "–" + plain(ikm.indexMax()) + ")",
                    ikm.index(),
                    TWO_DECIMALS);
        }
        rows.text("Tanggal laporan", SkmReport.longDate(s.reportDate()));
        sheet.style(0, 0).bold().set();
        sheet.width(0, 45);
        sheet.width(1, 50);
        sheet.finish();
    }

    void elements() throws IOException {
        Worksheet sheet = workbook.newWorksheet(ELEMENTS);
        header(sheet, "Kode", "Unsur", "n", "NRR", "NRR × 25", "Mutu");
        int r = 1;
        for (SkmReport.Element e : report.elements()) {
            sheet.inlineString(r, 0, e.code());
            sheet.inlineString(r, 1, e.name());
            sheet.value(r, 2, e.n());
            sheet.value(r, 3, e.nrr());
            sheet.style(r, 3).format(TWO_DECIMALS).set();
            sheet.value(r, 4, e.konversi());
            sheet.style(r, 4).format(TWO_DECIMALS).set();
            sheet.inlineString(r, 5, e.category());
            r++;
        }
        sheet.width(1, 40);
        sheet.finish();
    }

    void profile() throws IOException {
        Worksheet sheet = workbook.newWorksheet(PROFILE);
        header(sheet, "Pertanyaan", "Kelompok", "Jumlah");
        int r = 1;
        for (SkmReport.ProfileQuestion question : report.profile()) {
            for (SkmReport.Band band : question.bands()) {
                sheet.inlineString(r, 0, question.code());
                sheet.inlineString(r, 1, band.label());
                if (SmallCells.HIDDEN.equals(band.count())) {
                    sheet.inlineString(r, 2, band.count());
                } else {
                    sheet.value(r, 2, Long.parseLong(band.count()));
                }
                r++;
            }
        }
        sheet.inlineString(
                r + 1,
                0,
                "Kelompok dengan kurang dari " + SmallCells.MIN_SHOWN + " responden \"" + SmallCells.HIDDEN
                        + "\", begitu pula kelompok lain yang dapat dipakai untuk menghitungnya kembali (jumlah"
                        + " responden dikurangi kelompok yang ditampilkan), agar responden tidak dapat dikenali.");
        sheet.width(1, 30);
        sheet.finish();
    }

    CommentSheet comments() throws IOException {
        Worksheet sheet = workbook.newWorksheet(COMMENTS);
        header(sheet, "Tanggal (" + report.summary().timeZone() + ")", "Pertanyaan", "Komentar");
        sheet.width(0, 14);
        sheet.width(2, 80);
        return new CommentSheet(sheet);
    }

    /** The comment sheet, filled row by row and flushed as it goes. */
    static final class CommentSheet {
        private final Worksheet sheet;
        private int row = 1;

        CommentSheet(Worksheet sheet) {
            this.sheet = sheet;
        }

        void add(SkmReport.Comment comment) throws IOException {
            if (row > XlsxResponseWriter.ROWS_PER_SHEET) {
                return; // beyond Excel's limit; the response export has every comment
            }
            sheet.value(row, 0, comment.date());
            sheet.style(row, 0).format("[$-421]d mmmm yyyy").set(); // 421: Indonesian month names in any Excel
            sheet.inlineString(row, 1, comment.question());
            sheet.inlineString(row, 2, comment.text());
            row++;
            if (row % XlsxResponseWriter.FLUSH_EVERY == 0) {
                sheet.flush();
            }
        }

        void finish() throws IOException {
            sheet.finish();
        }
    }

    private static void header(Worksheet sheet, String... names) {
        for (int c = 0; c < names.length; c++) {
            sheet.inlineString(0, c, names[c]);
        }
        sheet.range(0, 0, 0, names.length - 1).style().bold().set();
    }

    private static String plain(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }

    /** Label–value rows of the summary sheet. */
    private static final class Rows {
        private final Worksheet sheet;
        private int row;

        Rows(Worksheet sheet) {
            this.sheet = sheet;
        }

        void text(String label, String value) {
            sheet.inlineString(row, 0, label);
            if (value != null) {
                sheet.inlineString(row, 1, value);
            }
            row++;
        }

        void number(String label, Number value, String format) {
            sheet.inlineString(row, 0, label);
            if (value != null) {
                sheet.value(row, 1, value);
                if (format != null) {
                    sheet.style(row, 1).format(format).set();
                }
            }
            row++;
        }
    }
}
