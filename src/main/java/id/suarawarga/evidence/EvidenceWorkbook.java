package id.suarawarga.evidence;

import id.suarawarga.score.ScoreSummaryView;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes the evidence pack's sheets: Ringkasan (what, where, when, the region's totals), Rekap (one row per region,
 * dimension, sub-dimension and program) and Metode. Every text is an inline string cell, never a formula, so a program
 * named "=HYPERLINK(…)" stays text; numbers are stored unrounded and shown with two decimals.
 */
final class EvidenceWorkbook {

    static final String SUMMARY = "Ringkasan";
    static final String RECAP = "Rekap";
    static final String METHOD = "Metode";
    private static final String TWO_DECIMALS = "0.00";

    /** The recap's fixed columns; the channels follow. */
    static final List<String> RECAP_HEADERS = List.of(
            "Tingkat",
            "Dimensi",
            "Subdimensi",
            "Program",
            "Perangkat daerah",
            "Versi kuesioner",
            "Jumlah program",
            "Responden (n)",
            "Kuota",
            "Status kuota",
            "Sementara (n < 30)",
            "IKM (1–4)",
            "IKM konversi (25–100)",
            "Mutu",
            "Selang 95% bawah (konversi)",
            "Selang 95% atas (konversi)",
            "Skor manfaat (1–4)",
            "Selang 95% bawah (manfaat)",
            "Selang 95% atas (manfaat)",
            "Jawaban pertama",
            "Jawaban terakhir");

    private final Workbook workbook;
    private final EvidencePack pack;

    EvidenceWorkbook(Workbook workbook, EvidencePack pack) {
        this.workbook = workbook;
        this.pack = pack;
    }

    void write() throws IOException {
        summary();
        recap();
        method();
    }

    private void summary() throws IOException {
        Worksheet sheet = workbook.newWorksheet(SUMMARY);
        EvidencePack.Row region = pack.rows().get(0);
        ScoreSummaryView s = region.scores();
        int r = 0;
        r = pair(sheet, r, pack.title(), null);
        r = pair(sheet, r, "Daerah", pack.regionName() + " (" + pack.regionCode() + ")");
        sheet.inlineString(r, 0, "Tahun");
        sheet.value(r++, 1, pack.year());
        r = pair(
                sheet,
                r,
                "Tahap",
                pack.round() == null
                        ? "semua jawaban tahun ini"
                        : pack.round().name() + " (" + pack.round().startsOn() + " s.d. "
                                + pack.round().endsOn() + ")");
        r = pair(sheet, r, "Zona waktu", pack.timeZone());
        r = pair(sheet, r, "Periode jawaban", region.period());
        sheet.inlineString(r, 0, "Program");
        sheet.value(r++, 1, region.programs());
        sheet.inlineString(r, 0, "Responden (n)");
        sheet.value(r++, 1, s.responses());
        r = pair(sheet, r, "Kuota", region.quotaNote());
        if (s.ikm() != null) {
            r = number(sheet, r, "IKM (1–4)", s.ikm().value());
            r = number(sheet, r, "IKM konversi (25–100)", s.ikm().konversi());
            r = pair(
                    sheet,
                    r,
                    "Mutu pelayanan",
                    s.ikm().category() + " (" + s.ikm().categoryLabel() + ")");
            r = number(sheet, r, "Selang 95% konversi: batas bawah", s.ikm().konversiLow());
            r = number(sheet, r, "Selang 95% konversi: batas atas", s.ikm().konversiHigh());
        } else {
            r = pair(sheet, r, "IKM", "belum ada jawaban unsur SKM");
        }
        if (s.benefit() != null) {
            r = number(sheet, r, "Skor manfaat (1–4)", s.benefit().value());
        }
        r = pair(sheet, r, "Sementara (n < 30)", s.provisional() ? "ya" : "tidak");
        r = pair(sheet, r, "Tanggal dibuat", pack.generatedOn().toString());
        pair(sheet, r, "Sumber", "Suara Warga; angka sama dengan API evaluasi. Lihat lembar Rekap dan Metode.");
        sheet.style(0, 0).bold().set();
        sheet.width(0, 34);
        sheet.width(1, 60);
        sheet.finish();
    }

    private void recap() throws IOException {
        Worksheet sheet = workbook.newWorksheet(RECAP);
        List<String> headers = new ArrayList<>(RECAP_HEADERS);
        for (String channel : pack.channels()) {
            headers.add("Kanal " + channel + ": " + pack.channelNames().getOrDefault(channel, channel));
        }
        for (int c = 0; c < headers.size(); c++) {
            sheet.inlineString(0, c, headers.get(c));
            sheet.style(0, c).bold().wrapText(true).set();
        }
        int r = 1;
        for (EvidencePack.Row row : pack.rows()) {
            ScoreSummaryView s = row.scores();
            text(sheet, r, 0, row.level().label());
            text(sheet, r, 1, row.dimension());
            text(sheet, r, 2, row.subDimension());
            text(sheet, r, 3, row.program());
            text(sheet, r, 4, row.agency());
            value(sheet, r, 5, row.questionnaireVersion(), null);
            sheet.value(r, 6, row.programs());
            sheet.value(r, 7, row.responses());
            value(sheet, r, 8, row.quota(), null);
            text(sheet, r, 9, row.quotaNote());
            text(sheet, r, 10, s.provisional() ? "ya" : "tidak");
            if (s.ikm() != null) {
                value(sheet, r, 11, s.ikm().value(), TWO_DECIMALS);
                value(sheet, r, 12, s.ikm().konversi(), TWO_DECIMALS);
                text(sheet, r, 13, s.ikm().category() + " (" + s.ikm().categoryLabel() + ")");
                value(sheet, r, 14, s.ikm().konversiLow(), TWO_DECIMALS);
                value(sheet, r, 15, s.ikm().konversiHigh(), TWO_DECIMALS);
            }
            if (s.benefit() != null) {
                value(sheet, r, 16, s.benefit().value(), TWO_DECIMALS);
                value(sheet, r, 17, s.benefit().low(), TWO_DECIMALS);
                value(sheet, r, 18, s.benefit().high(), TWO_DECIMALS);
            }
            text(
                    sheet,
                    r,
                    19,
                    row.firstResponse() == null ? null : row.firstResponse().toString());
            text(
                    sheet,
                    r,
                    20,
                    row.lastResponse() == null ? null : row.lastResponse().toString());
            int c = RECAP_HEADERS.size();
            for (String channel : pack.channels()) {
                sheet.value(r, c++, row.channel(channel));
            }
            if (row.level() != EvidencePack.Level.PROGRAM) {
                sheet.style(r, 0).bold().set();
            }
            r++;
        }
        sheet.freezePane(4, 1);
        sheet.width(0, 12);
        sheet.width(1, 20);
        sheet.width(2, 22);
        sheet.width(3, 28);
        sheet.width(4, 28);
        sheet.width(9, 26);
        sheet.finish();
    }

    private void method() throws IOException {
        Worksheet sheet = workbook.newWorksheet(METHOD);
        sheet.inlineString(0, 0, "Metode");
        sheet.inlineString(0, 1, "Keterangan");
        sheet.style(0, 0).bold().set();
        sheet.style(0, 1).bold().set();
        int r = 1;
        for (EvidencePack.Method m : pack.method()) {
            sheet.inlineString(r, 0, m.topic());
            sheet.inlineString(r, 1, m.text());
            sheet.style(r, 1).wrapText(true).set();
            r++;
        }
        sheet.width(0, 26);
        sheet.width(1, 100);
        sheet.finish();
    }

    private static int pair(Worksheet sheet, int r, String label, String value) {
        sheet.inlineString(r, 0, label);
        if (value != null) {
            sheet.inlineString(r, 1, value);
        }
        return r + 1;
    }

    private static int number(Worksheet sheet, int r, String label, Double value) {
        sheet.inlineString(r, 0, label);
        value(sheet, r, 1, value, TWO_DECIMALS);
        return r + 1;
    }

    private static void text(Worksheet sheet, int r, int c, String value) {
        if (value != null) {
            sheet.inlineString(r, c, value);
        }
    }

    private static void value(Worksheet sheet, int r, int c, Number value, String format) {
        if (value != null) {
            sheet.value(r, c, value);
            if (format != null) {
                sheet.style(r, c).format(format).set();
            }
        }
    }
}
