package id.suarawarga.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Files to import, as a Google Form's export of the SKM questionnaire looks: a timestamp, the profile, U1–U9 in the
 * form's own words (labels, "4 - …", bare points, SKM words such as "Sangat Puas"), a suggestion, and an e-mail
 * column the import must leave alone. Bad rows are chosen by number, each with exactly one problem.
 */
public final class ImportFiles {

    public static final List<String> HEADERS = List.of(
            "Timestamp",
            "Alamat email",
            "Usia",
            "Jenis kelamin",
            "U1. Bagaimana pendapat Saudara tentang kesesuaian persyaratan pelayanan dengan jenis pelayanannya?",
            "U2",
            "U3",
            "U4",
            "U5",
            "U6",
            "U7",
            "U8",
            "U9",
            "Saran");

    private static final String[] AGES = {"18–24 tahun", "25–34 tahun", "35–44 tahun", "45–54 tahun"};
    private static final String[] U1 = {"Tidak sesuai", "Kurang sesuai", "Sesuai", "Sangat sesuai"};
    private static final String[] U2 = {"Tidak Puas", "Kurang Puas", "Puas", "Sangat Puas"};
    private static final String[] U9 = {
        "1 - Tidak ada", "2 - Ada tetapi tidak berfungsi", "3 - Berfungsi kurang maksimal", "4 - Dikelola dengan baik"
    };

    private ImportFiles() {}

    /**
     * {@code count} data rows (row i is spreadsheet row i + 1, the header being row 1); the rows numbered in
     * {@code bad} (spreadsheet numbers) each carry one problem: an unknown answer, an empty required answer, an
     * answer off the scale, or an age under 18.
     */
    public static List<List<String>> rows(int count, Set<Integer> bad) {
        List<List<String>> rows = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            int sheetRow = i + 1;
            List<String> row = new ArrayList<>(HEADERS.size());
            row.add(String.format("2024/03/%02d %02d:%02d:%02d", 1 + i % 28, i / 3600 % 24, i / 60 % 60, i % 60));
            row.add("warga" + i + "@contoh.id");
            row.add(AGES[i % AGES.length]);
            row.add(i % 2 == 0 ? "Laki-laki" : "Perempuan");
            row.add(U1[i % 4]);
            row.add(U2[(i + 1) % 4]);
            row.add(String.valueOf(1 + (i + 2) % 4)); // U3 as a bare point
            row.add(i % 3 == 0 ? "Gratis" : "Murah");
            row.add(U1[(i + 3) % 4]); // U5 shares U1's labels
            row.add(i % 2 == 0 ? "Sangat kompeten" : "Kompeten");
            row.add("Sopan dan ramah");
            row.add(i % 5 == 0 ? "Sangat Baik" : "Baik");
            row.add(U9[i % 4]);
            row.add(i % 7 == 0 ? "Antrean; \"loket 2\" lama" : "");
            if (bad.contains(sheetRow)) {
                switch (sheetRow % 4) {
                    case 0 -> row.set(6, "Lumayan"); // U3: no option says it
                    case 1 -> row.set(8, ""); // U5: required, empty
                    case 2 -> row.set(6, "7"); // U3: off the 1–4 scale
                    default -> row.set(2, "Di bawah 18 tahun"); // under 18: ends the questionnaire
                }
            }
            rows.add(row);
        }
        return rows;
    }

    public static byte[] xlsx(List<String> headers, List<List<String>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        xlsx(headers, rows, out);
        return out.toByteArray();
    }

    /** Writes the sheet as Google Sheets exports it: text cells, except that U3's bare points are numbers. */
    public static void xlsx(List<String> headers, List<List<String>> rows, OutputStream out) {
        try {
            Workbook workbook = new Workbook(out, "Suara Warga tests", "1.0");
            Worksheet sheet = workbook.newWorksheet("Form Responses 1");
            for (int c = 0; c < headers.size(); c++) {
                sheet.value(0, c, headers.get(c));
            }
            for (int r = 0; r < rows.size(); r++) {
                List<String> row = rows.get(r);
                for (int c = 0; c < row.size(); c++) {
                    String value = row.get(c);
                    if (value.isEmpty()) {
                        continue;
                    }
                    if (value.matches("\\d")) {
                        sheet.value(r + 1, c, Integer.parseInt(value));
                    } else {
                        sheet.value(r + 1, c, value);
                    }
                }
                if (r % 1000 == 999) {
                    sheet.flush();
                }
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** CSV as Indonesian Excel saves it: a byte order mark, ; between fields, quotes where needed, CRLF. */
    public static byte[] csv(List<String> headers, List<List<String>> rows, char separator) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        line(csv, headers, separator);
        rows.forEach(row -> line(csv, row, separator));
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder csv, List<String> cells, char separator) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(separator);
            }
            String cell = cells.get(i);
            if (cell.indexOf(separator) >= 0 || cell.contains("\"") || cell.contains("\n")) {
                csv.append('"').append(cell.replace("\"", "\"\"")).append('"');
            } else {
                csv.append(cell);
            }
        }
        csv.append("\r\n");
    }
}
