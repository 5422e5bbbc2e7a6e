package id.suarawarga.web.staff;

import com.fasterxml.jackson.databind.JsonNode;
import id.suarawarga.audit.AuditAction;
import id.suarawarga.audit.AuditEventView;
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
            Map.entry("QUESTIONNAIRE_DELETED", "Kuesioner dihapus"));

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
            Map.entry("batches", "tahap"));

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
            Map.entry("KABUPATEN", "kabupaten"));

    private AuditWords() {}

    public static Row row(AuditEventView e) {
        return new Row(
                StaffTime.dateTime(e.at(), e.regionCode()),
                who(e.actor()),
                action(e.action()),
                object(e.target()),
                details(e.detail()));
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
            default -> readable(kind).toLowerCase(Locale.ROOT) + " " + key;
        };
    }

    /** {"role":"PROGRAM_OWNER","programIds":[12]} → ["peran: pemilik program", "program: #12"]. */
    static List<String> details(JsonNode detail) {
        List<String> lines = new ArrayList<>();
        if (detail == null || !detail.isObject()) {
            return lines;
        }
        detail.fields().forEachRemaining(field -> {
            String name =
                    FIELDS.getOrDefault(field.getKey(), readable(field.getKey()).toLowerCase(Locale.ROOT));
            lines.add(name + ": " + value(field.getKey(), field.getValue()));
        });
        return lines;
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
        if (value.isNumber() && key.endsWith("Ids") || value.isNumber() && key.equals("programId")) {
            return "#" + value.asText();
        }
        if (value.isObject()) {
            List<String> parts = details(value);
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
