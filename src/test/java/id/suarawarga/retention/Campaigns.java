package id.suarawarga.retention;

import static id.suarawarga.support.Api.json;

import id.suarawarga.support.Api;
import id.suarawarga.support.Database;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Survey campaigns for retention tests: published SKM + benefit questionnaires answered through the public API. */
final class Campaigns {

    /** Codes an anonymised response may keep: scored answers and closed profile answers. */
    static final List<String> RETAINED_CODES = List.of(
            "USIA",
            "JENIS_KELAMIN",
            "PENDIDIKAN",
            "PEKERJAAN",
            "U1",
            "U2",
            "U3",
            "U4",
            "U5",
            "U6",
            "U7",
            "U8",
            "U9",
            "MANFAAT",
            "KEMUDAHAN_AKSES",
            "REKOMENDASI",
            "KEBERLANJUTAN");

    /** What residents typed and sent, to look for afterwards. */
    record Sent(String key, String device, String receiptId, String freeText) {}

    private Campaigns() {}

    /** Publishes SKM + benefit for a new program in Kota Banjarmasin; returns the questionnaire id. */
    static long publish(String programName) {
        return publish(programName, null);
    }

    /** As {@link #publish(String)}, taking answers until {@code closesAt} (null: until closed). */
    static long publish(String programName, Instant closesAt) {
        long program = Api.createProgram("63.71", programName);
        Map<String, Object> request =
                new HashMap<>(Map.of("programId", program, "templates", List.of("skm", "manfaat-program")));
        if (closesAt != null) {
            request.put("closesAt", closesAt.toString());
        }
        long id = json().body(request)
                .post("/api/v1/questionnaires/from-template")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        Api.publish(id);
        return id;
    }

    static void close(long questionnaireId) {
        json().post("/api/v1/questionnaires/" + questionnaireId + "/close")
                .then()
                .statusCode(200);
    }

    /** Closes the questionnaire and moves its closing back, as if it had closed {@code days} days ago. */
    static void closeDaysAgo(Database database, long questionnaireId, int days) {
        close(questionnaireId);
        database.execute("update questionnaire set closed_at = closed_at - interval '" + days + " days' where id = "
                + questionnaireId);
    }

    /**
     * {@code count} responses through the public API with every kind of answer: profile bands, free-text service,
     * suggestion and comment, SKM elements and benefit. Every fifth comes again from an earlier phone (flagged).
     */
    static List<Sent> answer(String slug, String prefix, int count) {
        List<Sent> sent = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String key = prefix + "-key-" + i;
            String device = prefix + "-phone-" + (i % 5 == 4 ? i - 1 : i);
            String freeText = prefix + " rahasia " + i;
            Map<String, Object> answers = new HashMap<>();
            answers.put("USIA", i % 2 == 0 ? "25_34" : "45_54");
            answers.put("JENIS_KELAMIN", i % 3 == 0 ? "P" : "L");
            answers.put("PENDIDIKAN", "SMA");
            answers.put("PEKERJAAN", "WIRAUSAHA");
            answers.put("LAYANAN", "Izin usaha di kantor dekat rumah " + freeText);
            for (int e = 1; e <= 9; e++) {
                answers.put("U" + e, 1 + (i + e) % 4);
            }
            answers.put("MANFAAT", 1 + i % 4);
            answers.put("KEMUDAHAN_AKSES", 1 + (i + 1) % 4);
            answers.put("REKOMENDASI", 4);
            answers.put("KEBERLANJUTAN", 1 + (i + 2) % 4);
            // combined templates keep one comment box, the benefit template's KOMENTAR (issue #18)
            answers.put("KOMENTAR", "Nama saya Siti, HP 0812-" + freeText);
            String receipt = json().header("Idempotency-Key", key)
                    .header("X-Device-Id", device)
                    .body(Map.of("answers", answers))
                    .post("/api/v1/public/questionnaires/" + slug + "/responses")
                    .then()
                    .statusCode(201)
                    .extract()
                    .jsonPath()
                    .getString("id");
            sent.add(new Sent(key, device, receipt, freeText));
        }
        return sent;
    }

    /**
     * {@code count} more responses written straight into the table (fast volume for concurrency tests), with a
     * suggestion, keys and hashes like real ones. The aggregates miss them until the caller rebuilds them.
     */
    static void bulk(Database database, long questionnaireId, int count) {
        StringBuilder skm = new StringBuilder();
        for (int e = 1; e <= 9; e++) {
            skm.append(", 'U").append(e).append("', 1 + (g + ").append(e).append(") % 4");
        }
        database.execute("""
                insert into survey_response (public_id, questionnaire_id, submission_key, request_hash, channel, language,
                    notice_version, answers, fill_seconds, device_hash, source_hash, flag_reasons, submitted_at)
                select gen_random_uuid(), %d, 'bulk-' || g, decode(md5(g::text) || md5('x' || g), 'hex'), 'API', 'id', 1,
                       jsonb_build_object('USIA', '35_44', 'MANFAAT', 1 + g %% 4, 'SARAN', 'bulk rahasia ' || g %s),
                       40, decode(md5('d' || g) || md5('e' || g), 'hex'), decode(md5('s' || g) || md5('t' || g), 'hex'),
                       case when g %% 10 = 0 then '{DUPLICATE_DEVICE}'::varchar(20)[] else '{}' end,
                       now() - interval '1 hour' * g
                  from generate_series(1, %d) g""".formatted(questionnaireId, skm, count));
    }
}
