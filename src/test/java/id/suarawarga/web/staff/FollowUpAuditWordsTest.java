package id.suarawarga.web.staff;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The follow-up plan's and the publication's audit events read as words on the audit page (issue #20, items 3-4). */
class FollowUpAuditWordsTest {

    @Test
    void aChangedActionReadsAsItsFieldsBeforeAndAfterInIndonesian() throws Exception {
        var detail = new ObjectMapper()
                .readTree("{\"actionId\":7,\"before\":{\"elements\":[\"U3\"],\"status\":\"PLANNED\"},"
                        + "\"after\":{\"elements\":[\"U3\"],\"status\":\"DONE\",\"result\":\"Antrean 20 menit\"}}");
        assertThat(AuditWords.action("FOLLOW_UP_CHANGED")).isEqualTo("Tindak lanjut diubah");
        assertThat(AuditWords.action("FOLLOW_UP_ADDED")).isEqualTo("Tindak lanjut ditambahkan");
        assertThat(AuditWords.details("FOLLOW_UP_CHANGED", "questionnaire:1", "63.71", detail))
                .containsExactly(
                        "tindak lanjut: 7",
                        "sebelum: unsur: U3; status: direncanakan",
                        "sesudah: unsur: U3; status: selesai; hasil: Antrean 20 menit");
    }

    @Test
    void aPublicationChangeSaysWhetherTheResultsWereShown() throws Exception {
        var detail = new ObjectMapper().readTree("{\"before\":{\"published\":true},\"after\":{\"published\":false}}");
        assertThat(AuditWords.action("RESULTS_PUBLICATION_CHANGED")).isEqualTo("Publikasi hasil untuk warga diubah");
        assertThat(AuditWords.details("FOLLOW_UP_CHANGED", "questionnaire:1", "63.71", detail))
                .containsExactly("sebelum: diumumkan: ya", "sesudah: diumumkan: tidak");
    }
}
