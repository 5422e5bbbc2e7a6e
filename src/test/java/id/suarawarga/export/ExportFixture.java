package id.suarawarga.export;

import static id.suarawarga.support.Api.json;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Nine responses to the published SKM template of "Si Mantab": eight clean ones whose suggestions hold a comma,
 * quotes, a line break and formula starts (the first three from the counter's tagged link, {@code loket-1}), and one
 * flagged repeat from the same phone.
 */
final class ExportFixture {

    static final String[] SUGGESTIONS = {
        "Antrian, cepat",
        "Petugas \"ramah\"",
        "baris satu\nbaris dua",
        "=HYPERLINK(\"http://jahat.example\",\"klik\")",
        "-2 bintang",
        null,
        null,
        null
    };
    static final String FLAGGED_SUGGESTION = "jawaban ganda";

    /** The public ids the API gave the responses: must never appear in an export. */
    final List<String> publicIds = new ArrayList<>();

    void submitAll() {
        for (int r = 0; r < 8; r++) {
            Map<String, Object> answers = new HashMap<>();
            answers.put("USIA", r < 6 ? "25_34" : "35_44");
            answers.put("JENIS_KELAMIN", r < 5 ? "P" : "L");
            for (int u = 1; u <= 9; u++) {
                answers.put("U" + u, 1 + (r + u) % 4);
            }
            if (SUGGESTIONS[r] != null) {
                answers.put("SARAN", SUGGESTIONS[r]);
            }
            submit("key-" + r, "hp-" + r, answers, r < 3 ? "loket-1" : null);
        }
        Map<String, Object> again = new HashMap<>();
        again.put("USIA", "45_54");
        for (int u = 1; u <= 9; u++) {
            again.put("U" + u, 1);
        }
        again.put("SARAN", FLAGGED_SUGGESTION);
        submit("key-again", "hp-0", again, null); // same phone: flagged DUPLICATE_DEVICE
    }

    private void submit(String key, String device, Map<String, Object> answers, String sourceTag) {
        Map<String, Object> body = new HashMap<>();
        body.put("answers", answers);
        body.put("sourceTag", sourceTag);
        publicIds.add(json().header("Idempotency-Key", key)
                .header("X-Device-Id", device)
                .body(body)
                .post("/api/v1/public/questionnaires/si-mantab/responses")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getString("id"));
    }

    /** Expected answer of respondent r to element U{u}. */
    static int element(int r, int u) {
        return 1 + (r + u) % 4;
    }

    /** RFC 4180 parser for the tests (quoted fields, doubled quotes, line breaks inside quotes). */
    static List<List<String>> parseCsv(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                cell.append(c);
            }
        }
        if (cell.length() > 0 || !row.isEmpty()) {
            throw new IllegalArgumentException("CSV does not end with CRLF");
        }
        return rows;
    }
}
