package id.suarawarga.web.staff;

import com.fasterxml.jackson.databind.JsonNode;
import id.suarawarga.audit.AuditAction;
import id.suarawarga.audit.AuditChanges;
import id.suarawarga.audit.AuditEventView;
import id.suarawarga.web.staff.questionnaire.BuilderWords;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An audit event in an officer's words: the action in Bahasa Indonesia, who in plain terms, the object named, and
 * what changed as short phrases instead of JSON. An action or field not listed here is still shown, in a readable
 * form of its code, so a newly added action never breaks the page.
 */
public final class AuditWords {

    /** One event as the page shows it. */
    public record Row(String when, String who, String action, String object, List<String> details) {}

    private static final Map<String, String> ACTIONS = Map.ofEntries(
            Map.entry("SIGN_IN", "Masuk"),
            Map.entry("SIGN_IN_FAILED", "Gagal masuk"),
            Map.entry("SIGN_IN_LOCKED", "Akun terkunci"),
            Map.entry("SIGN_OUT", "Keluar"),
            Map.entry("QUESTIONNAIRE_PUBLISHED", "Kuesioner diterbitkan"),
            Map.entry("QUESTIONNAIRE_CLOSED", "Kuesioner ditutup"),
            Map.entry("EXPORT", "Data diunduh"),
            Map.entry("STAFF_USER_CREATED", "Akun dibuat"),
            Map.entry("STAFF_USER_CHANGED", "Akun diubah"),
            Map.entry("API_CLIENT_CREATED", "Kunci API dibuat"),
            Map.entry("API_CLIENT_REVOKED", "Kunci API dicabut"),
            Map.entry("AGGREGATES_REBUILT", "Rekap nilai dihitung ulang"),
            Map.entry("RETENTION_RUN", "Jawaban lama dianonimkan"),
            Map.entry("REGION_CREATED", "Daerah ditambahkan"),
            Map.entry("REGION_CHANGED", "Daerah diubah"),
            Map.entry("REGION_DELETED", "Daerah dihapus"),
            Map.entry("PROGRAM_CREATED", "Program dibuat"),
            Map.entry("PROGRAM_CHANGED", "Program diubah"),
            Map.entry("PROGRAM_ARCHIVED", "Program diarsipkan"),
            Map.entry("PROGRAM_RESTORED", "Program dipulihkan dari arsip"),
            Map.entry("PROGRAM_DELETED", "Program dihapus"),
            Map.entry("QUESTIONNAIRE_SETTINGS_CHANGED", "Pengaturan kuesioner diubah"),
            Map.entry("QUESTION_ADDED", "Pertanyaan ditambahkan"),
            Map.entry("QUESTION_CHANGED", "Pertanyaan diubah"),
            Map.entry("QUESTION_REMOVED", "Pertanyaan dihapus"),
            Map.entry("QUESTIONS_REORDERED", "Urutan pertanyaan diubah"),
            Map.entry("QUESTIONNAIRE_CREATED", "Kuesioner dibuat"),
            Map.entry("QUESTIONNAIRE_CHANGED", "Kuesioner diubah"),
            Map.entry("QUESTIONNAIRE_DELETED", "Kuesioner dihapus"),
            // issue #21: every action in words (AuditWordsTest fails for an action without)
            Map.entry("SIGN_IN_THROTTLED", "Masuk ditahan sementara"),
            Map.entry("WEBHOOK_CREATED", "Webhook dibuat"),
            Map.entry("WEBHOOK_DELETED", "Webhook dihentikan"),
            Map.entry("WEBHOOK_REPLAYED", "Kiriman webhook diulang"),
            Map.entry("PAPER_SHEET_ENTERED", "Lembar kertas dimasukkan"),
            Map.entry("RESPONSES_REVIEWED", "Jawaban ditinjau"),
            Map.entry("KIOSK_ENROLLED", "Tablet loket didaftarkan sebagai kios"),
            // #20 (items 3-4): follow-up plan and publication of results
            Map.entry("FOLLOW_UP_ADDED", "Tindak lanjut ditambahkan"),
            Map.entry("FOLLOW_UP_CHANGED", "Tindak lanjut diubah"),
            Map.entry("RESULTS_PUBLICATION_CHANGED", "Publikasi hasil untuk warga diubah"),
            // issue #20 (wt-20d): evaluation rounds
            Map.entry("ROUND_CREATED", "Tahap evaluasi ditambahkan"),
            Map.entry("ROUND_CHANGED", "Tahap evaluasi diubah"),
            Map.entry("ROUND_DELETED", "Tahap evaluasi dihapus"),
            // #19: imports of answers from CSV or XLSX files
            Map.entry("RESPONSES_IMPORTED", "Jawaban diimpor dari berkas"));

    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("role", "peran"),
            Map.entry("programIds", "program"),
            Map.entry("programId", "program"),
            Map.entry("displayName", "nama tampil"),
            Map.entry("active", "aktif"),
            Map.entry("password", "kata sandi"),
            Map.entry("name", "nama"),
            Map.entry("regions", "daerah"),
            Map.entry("kind", "jenis"),
            Map.entry("province", "provinsi"),
            Map.entry("file", "berkas"),
            Map.entry("includeFlagged", "termasuk jawaban yang ditandai"),
            Map.entry("version", "versi"),
            Map.entry("reason", "alasan"),
            Map.entry("differences", "selisih yang diperbaiki"),
            Map.entry("trigger", "pemicu"),
            Map.entry("endedBefore", "kuesioner yang berakhir sebelum"),
            Map.entry("questionnaires", "kuesioner"),
            Map.entry("responsesAnonymised", "jawaban dianonimkan"),
            Map.entry("batches", "tahap"),
            Map.entry("from", "asal"),
            Map.entry("templates", "templat"),
            Map.entry("newVersionOf", "versi baru dari"),
            Map.entry("copiedFrom", "disalin dari"),
            Map.entry("replacesVersion", "menggantikan versi"),
            Map.entry("question", "pertanyaan"),
            Map.entry("position", "urutan"),
            Map.entry("decision", "keputusan"),
            Map.entry("note", "catatan"),
            Map.entry("responses", "jawaban"),
            Map.entry("moved", "pindah hitungan"),
            Map.entry("responseIds", "nomor jawaban"),
            Map.entry("url", "alamat tujuan"),
            Map.entry("delivery", "kiriman"),
            // #20 (items 3-4): follow-up plan and publication of results
            Map.entry("before", "sebelum"),
            Map.entry("after", "sesudah"),
            Map.entry("actionId", "tindak lanjut"),
            Map.entry("elements", "unsur"),
            Map.entry("action", "tindakan"),
            Map.entry("responsible", "penanggung jawab"),
            Map.entry("dueDate", "target selesai"),
            Map.entry("status", "status"),
            Map.entry("result", "hasil"),
            Map.entry("published", "diumumkan"),
            // issue #20 (wt-20d): evaluation rounds
            Map.entry("startsOn", "mulai"),
            Map.entry("endsOn", "selesai"),
            Map.entry("year", "tahun"),
            // #19: imports
            Map.entry("label", "label"),
            Map.entry("rows", "baris dibaca"),
            Map.entry("stored", "jawaban disimpan"),
            Map.entry("alreadyImported", "sudah diimpor sebelumnya"),
            Map.entry("refused", "baris ditolak"));

    private static final Map<String, String> VALUES = Map.ofEntries(
            Map.entry("ADMIN", "admin"),
            Map.entry("PROGRAM_OWNER", "pemilik program"),
            Map.entry("EVALUATOR", "evaluator"),
            Map.entry("reset", "dibuat ulang oleh admin"),
            Map.entry("changed", "diganti"),
            Map.entry("changed by the user", "diganti oleh pemiliknya"),
            Map.entry("unknown-user", "nama pengguna tidak dikenal"),
            Map.entry("inactive", "akun nonaktif"),
            Map.entry("locked", "akun sedang terkunci"),
            Map.entry("wrong-password", "kata sandi salah"),
            Map.entry("wrong-password-now-locked", "kata sandi salah, akun kini terkunci"),
            Map.entry("SCHEDULE", "jadwal otomatis"),
            Map.entry("ADMIN_REQUEST", "permintaan admin"),
            Map.entry("KOTA", "kota"),
            Map.entry("KABUPATEN", "kabupaten"),
            Map.entry("ENUMERATOR", "petugas lapangan"),
            Map.entry("blank", "kuesioner kosong"),
            Map.entry("COUNTED", "dihitung"),
            Map.entry("REJECTED", "ditolak"),
            Map.entry("WAITING", "menunggu tinjauan"),
            Map.entry("DRAFT", "draf"),
            Map.entry("PUBLISHED", "sedang berjalan"),
            Map.entry("CLOSED", "ditutup"),
            // #20 (items 3-4): follow-up statuses
            Map.entry("PLANNED", "direncanakan"),
            Map.entry("IN_PROGRESS", "sedang berjalan"),
            Map.entry("DONE", "selesai"));

    /** What changed, named per kind of object (issue #21); a field not listed falls back to {@link #FIELDS}. */
    private static final Map<String, String> CHANGED_FIELDS = Map.ofEntries(
            Map.entry("program.name", "Nama program"),
            Map.entry("program.slug", "Alamat survei (/s/…)"),
            Map.entry("program.agency", "OPD pemilik program"),
            Map.entry("program.subDimension", "Subdimensi Smart City"),
            Map.entry("program.description", "Keterangan singkat"),
            Map.entry("program.targetPopulation", "Jumlah warga sasaran"),
            Map.entry("program.archived", "Diarsipkan"),
            Map.entry("region.name", "Nama daerah"),
            Map.entry("region.kind", "Jenis daerah"),
            Map.entry("region.province", "Provinsi"),
            Map.entry("questionnaire.opensAt", "Dibuka mulai"),
            Map.entry("questionnaire.closesAt", "Ditutup pada"),
            Map.entry("questionnaire.status", "Status"),
            Map.entry("questionnaire.questions", "Jumlah pertanyaan"),
            Map.entry("questionnaire.order", "Urutan pertanyaan"),
            Map.entry("questionnaire.code", "Kode pertanyaan"),
            Map.entry("questionnaire.review", "Status tinjauan"),
            Map.entry("staff-user.displayName", "Nama tampil"),
            Map.entry("staff-user.role", "Peran"),
            Map.entry("staff-user.region", "Daerah"),
            Map.entry("staff-user.programIds", "Program"),
            Map.entry("staff-user.active", "Aktif"),
            Map.entry("api-client.name", "Nama kunci"),
            Map.entry("api-client.regions", "Daerah"),
            Map.entry("api-client.active", "Berlaku"),
            Map.entry("webhook.url", "Alamat tujuan"),
            Map.entry("webhook.events", "Peristiwa yang dikirim"),
            Map.entry("webhook.programId", "Program"),
            Map.entry("webhook.description", "Keterangan"),
            Map.entry("webhook.active", "Aktif"));

    private static final java.util.Set<String> NUMBERED =
            java.util.Set.of("programId", "newVersionOf", "copiedFrom", "delivery");

    private AuditWords() {}

    public static Row row(AuditEventView e) {
        return new Row(
                StaffTime.dateTime(e.at(), e.regionCode()),
                who(e.actor()),
                action(e.action()),
                object(e.target()),
                details(e.action(), e.target(), e.regionCode(), e.detail()));
    }

    /** True when the action has its own Indonesian words (not the readable form of its code). */
    public static boolean hasWords(String action) {
        return ACTIONS.containsKey(action);
    }

    /** SIGN_IN → "Masuk"; an unknown action as words ("PROGRAM_MOVED" → "Program moved"). */
    public static String action(String action) {
        String known = ACTIONS.get(action);
        return known != null ? known : readable(action);
    }

    /** Every action there is, in words, for the filter (value: the stored code). */
    public static List<Map.Entry<String, String>> actions() {
        List<Map.Entry<String, String>> all = new ArrayList<>();
        for (AuditAction a : AuditAction.values()) {
            all.add(Map.entry(a.name(), action(a.name())));
        }
        all.sort(Map.Entry.comparingByValue());
        return all;
    }

    static String who(String actor) {
        if (actor == null || actor.equals("system")) {
            return "Sistem (otomatis)";
        }
        if (actor.equals("anonymous")) {
            return "Belum masuk";
        }
        if (actor.startsWith("api-client:")) {
            return "Kunci API " + actor.substring("api-client:".length());
        }
        return actor;
    }

    static String object(String target) {
        if (target == null || target.isBlank()) {
            return "—";
        }
        int colon = target.indexOf(':');
        if (colon < 0) {
            return target;
        }
        String kind = target.substring(0, colon);
        String key = target.substring(colon + 1);
        return switch (kind) {
            case "staff-user" -> "akun " + key;
            case "questionnaire" -> "kuesioner #" + key;
            case "program" -> "program #" + key;
            case "api-client" -> "kunci API #" + key;
            case "region" -> "daerah " + key;
            case "retention-run" -> "penghapusan #" + key;
            case "webhook" -> "webhook #" + key;
            case "round" -> "tahap evaluasi #" + key;
            default -> readable(kind).toLowerCase(Locale.ROOT) + " " + key;
        };
    }

    /**
     * {"changes":{"name":{"before":"Si Mantab","after":"Si Mantab 2"}}} on a program → ["Nama program: 'Si Mantab' →
     * 'Si Mantab 2'"]; other fields as before ({"reason":"…"} → "alasan: …").
     */
    static List<String> details(String action, String target, String regionCode, JsonNode detail) {
        List<String> lines = new ArrayList<>();
        if (detail == null || !detail.isObject()) {
            return lines;
        }
        JsonNode changes = detail.get(AuditChanges.KEY);
        if (changes != null && changes.isObject()) {
            String kind = target == null || target.indexOf(':') < 0 ? "" : target.substring(0, target.indexOf(':'));
            changes.fields()
                    .forEachRemaining(
                            change -> lines.add(change(action, kind, regionCode, change.getKey(), change.getValue())));
        }
        detail.fields().forEachRemaining(field -> {
            if (field.getKey().equals(AuditChanges.KEY) && field.getValue().isObject()) {
                return;
            }
            String name =
                    FIELDS.getOrDefault(field.getKey(), readable(field.getKey()).toLowerCase(Locale.ROOT));
            lines.add(name + ": " + value(field.getKey(), field.getValue()));
        });
        return lines;
    }

    /** {@code {"before":…, "after":…}} in words: "Label: 'before' → 'after'"; a creation names only the new value. */
    private static String change(String action, String kind, String region, String field, JsonNode change) {
        String label = CHANGED_FIELDS.get(kind + "." + field);
        if (label == null) {
            String known = BuilderWords.fieldName(field);
            label = !known.equals(field) ? known : FIELDS.getOrDefault(field, readable(field));
            label = Character.toUpperCase(label.charAt(0)) + label.substring(1);
        }
        JsonNode before = change.get(AuditChanges.BEFORE);
        JsonNode after = change.get(AuditChanges.AFTER);
        boolean noBefore = before == null || before.isNull();
        boolean noAfter = after == null || after.isNull();
        if (noBefore && (action.endsWith("_CREATED") || action.endsWith("_ADDED"))) {
            return label + ": " + changed(field, region, after);
        }
        if (noAfter && (action.endsWith("_DELETED") || action.endsWith("_REMOVED"))) {
            return label + ": " + changed(field, region, before);
        }
        return label + ": " + changed(field, region, before) + " → " + changed(field, region, after);
    }

    /** One side of a change: free text in quotes, codes, yes/no, times and counts in words. */
    private static String changed(String field, String region, JsonNode value) {
        if (value == null || value.isNull()) {
            return "(kosong)";
        }
        if (value.isTextual()) {
            String text = value.asText();
            if (field.endsWith("At")) {
                try {
                    return StaffTime.dateTime(Instant.parse(text), region);
                } catch (DateTimeParseException e) {
                    return "'" + text + "'";
                }
            }
            String word = BuilderWords.valueName(field, text);
            if (!word.equals(text)) {
                return word;
            }
            return VALUES.containsKey(text) ? VALUES.get(text) : "'" + text + "'";
        }
        if (value.isObject()) {
            List<String> parts = new ArrayList<>();
            value.fields()
                    .forEachRemaining(e -> parts.add(VALUES.getOrDefault(e.getKey(), e.getKey()) + " "
                            + e.getValue().asText()));
            return parts.isEmpty() ? "(kosong)" : String.join(", ", parts);
        }
        return value(field, value);
    }

    private static String value(String key, JsonNode value) {
        if (value.isBoolean()) {
            return value.booleanValue() ? "ya" : "tidak";
        }
        if (value.isArray()) {
            if (value.isEmpty()) {
                return "tidak ada";
            }
            List<String> items = new ArrayList<>();
            value.forEach(item -> items.add(value(key, item)));
            return String.join(", ", items);
        }
        if (value.isNumber() && (key.endsWith("Ids") || NUMBERED.contains(key))) {
            return "#" + value.asText();
        }
        if (value.isObject()) {
            List<String> parts = details("", "", null, value);
            return parts.isEmpty() ? "—" : String.join("; ", parts);
        }
        String text = value.asText();
        return VALUES.getOrDefault(text, text);
    }

    /** QUESTIONNAIRE_PUBLISHED or programIds → "Questionnaire published" / "Program ids". */
    private static String readable(String code) {
        if (code == null || code.isEmpty()) {
            return "";
        }
        String spaced = code.replace('_', ' ')
                .replace('-', ' ')
                .replaceAll("([a-z])([A-Z])", "$1 $2")
                .toLowerCase(Locale.ROOT);
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }
}
