package id.suarawarga.web.staff;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.suarawarga.audit.AuditAction;
import id.suarawarga.audit.AuditChanges;
import id.suarawarga.audit.AuditEventView;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The audit log in an officer's words (issue #21): every action named, every change as "what: before → after". */
class AuditWordsTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyAuditActionHasIndonesianWords() {
        assertThat(Arrays.stream(AuditAction.values()).map(Enum::name).filter(a -> !AuditWords.hasWords(a)))
                .as("actions without Indonesian words in AuditWords.ACTIONS")
                .isEmpty();
    }

    @Test
    void aChangeReadsAsBeforeAndAfterNamedForItsKindOfObject() {
        Row row = row(
                "PROGRAM_CHANGED",
                "program:7",
                AuditChanges.detail(
                        Map.of("name", "Si Mantab", "targetPopulation", 1000),
                        Map.of("name", "Si Mantab 2", "targetPopulation", 1500)));
        assertThat(row.action()).isEqualTo("Program diubah");
        assertThat(row.details())
                .containsExactlyInAnyOrder(
                        "Nama program: 'Si Mantab' → 'Si Mantab 2'", "Jumlah warga sasaran: 1000 → 1500");
    }

    @Test
    void creationsNameTheNewValueDeletionsTheOldEmptySidesAreSaid() {
        assertThat(row(
                                "STAFF_USER_CREATED",
                                "staff-user:petugas.1",
                                AuditChanges.created(
                                        Map.of("role", "ENUMERATOR", "programIds", List.of(12, 13), "active", true)))
                        .details())
                .containsExactlyInAnyOrder("Peran: petugas lapangan", "Program: #12, #13", "Aktif: ya");
        assertThat(row("REGION_DELETED", "region:64.71", AuditChanges.deleted(Map.of("name", "Kota Samarinda")))
                        .details())
                .containsExactly("Nama daerah: 'Kota Samarinda'");
        assertThat(row("PROGRAM_CHANGED", "program:7", AuditChanges.detail(Map.of(), Map.of("description", "Baru")))
                        .details())
                .containsExactly("Keterangan singkat: (kosong) → 'Baru'");
    }

    @Test
    void questionnaireSettingsTimesAndReviewsReadAsWords() {
        assertThat(row(
                                "QUESTIONNAIRE_SETTINGS_CHANGED",
                                "questionnaire:3",
                                AuditChanges.detail(
                                        Map.of("duplicatePolicy", "FLAG"), Map.of("duplicatePolicy", "ALLOW")))
                        .details())
                .containsExactly("Cara menangani jawaban kedua: HP pribadi warga (tandai jawaban kedua) → Tablet di"
                        + " loket (boleh banyak jawaban)");
        assertThat(row(
                                "QUESTIONNAIRE_CHANGED",
                                "questionnaire:3",
                                AuditChanges.detail(
                                        Map.of("title.id", "Survei"),
                                        Map.of(
                                                "title.id",
                                                "Survei 2027",
                                                "closesAt",
                                                Instant.parse("2027-01-31T16:00:00Z"))))
                        .details())
                .containsExactlyInAnyOrder(
                        "Judul: 'Survei' → 'Survei 2027'", "Ditutup pada: (kosong) → 1 Feb 2027, 00.00 WITA");
        assertThat(row(
                                "QUESTIONNAIRE_PUBLISHED",
                                "questionnaire:3",
                                AuditChanges.detail(Map.of("status", "DRAFT"), Map.of("status", "PUBLISHED")))
                        .details())
                .containsExactly("Status: draf → sedang berjalan");
        assertThat(row(
                        "RESPONSES_REVIEWED",
                        "questionnaire:3",
                        AuditChanges.detail(
                                Map.of("review", Map.of("WAITING", 3)), Map.of("review", Map.of("COUNTED", 3)))))
                .satisfies(r -> assertThat(r.action()).isEqualTo("Jawaban ditinjau"))
                .satisfies(r ->
                        assertThat(r.details()).containsExactly("Status tinjauan: menunggu tinjauan 3 → dihitung 3"));
    }

    @Test
    void contextBesideTheChangesStaysReadable() {
        Map<String, Object> detail = AuditChanges.created(Map.of("status", "DRAFT"));
        detail.put("newVersionOf", 4);
        assertThat(row("QUESTIONNAIRE_CREATED", "questionnaire:5", detail).details())
                .containsExactly("Status: draf", "versi baru dari: #4");
    }

    private record Row(String action, List<String> details) {}

    private static Row row(String action, String target, Map<String, Object> detail) {
        JsonNode json = JSON.valueToTree(detail);
        AuditWords.Row row = AuditWords.row(new AuditEventView(
                1, Instant.parse("2026-12-06T01:00:00Z"), "uji-admin", action, "63.71", target, json));
        assertThat(row.details()).allSatisfy(line -> assertThat(line).doesNotContain("{", "\"", "null"));
        return new Row(row.action(), row.details());
    }
}
