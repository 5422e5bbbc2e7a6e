package id.suarawarga.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The one before/after helper of the audit log (issue #21): only what changed, small values, a stable shape. */
class AuditChangesTest {

    enum Policy {
        FLAG,
        ALLOW
    }

    @Test
    void keepsOnlyTheFieldsThatChangedEachWithBeforeAndAfter() {
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("name", "Si Mantab");
        before.put("agency", "Diskominfo");
        before.put("policy", Policy.FLAG);
        Map<String, Object> after = new LinkedHashMap<>(before);
        after.put("name", "Si Mantab 2");
        after.put("policy", Policy.ALLOW);

        assertThat(AuditChanges.between(before, after))
                .containsExactly(
                        Map.entry("name", change("Si Mantab", "Si Mantab 2")),
                        Map.entry("policy", change("FLAG", "ALLOW")));
        assertThat(AuditChanges.between(before, before)).isEmpty();
    }

    @Test
    void blankAndMissingAreTheSameEmptyValue() {
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("description", "");
        before.put("intro", null);
        assertThat(AuditChanges.between(before, Map.of("description", " "))).isEmpty();
        assertThat(AuditChanges.between(before, Map.of("description", "Baru")))
                .containsExactly(Map.entry("description", change(null, "Baru")));
    }

    @Test
    void creationAndDeletionHaveOneSideOnlyAndAFieldOnlyBeforeHadStillCounts() {
        Map<String, Object> fields = Map.of("name", "Kota Banjarmasin");
        assertThat(AuditChanges.created(fields))
                .containsExactly(Map.entry(AuditChanges.KEY, Map.of("name", change(null, "Kota Banjarmasin"))));
        assertThat(AuditChanges.deleted(fields))
                .containsExactly(Map.entry(AuditChanges.KEY, Map.of("name", change("Kota Banjarmasin", null))));
        assertThat(AuditChanges.between(Map.of("a", 1, "b", 2), Map.of("a", 1)))
                .containsExactly(Map.entry("b", change(2, null)));
    }

    @Test
    void valuesAreSmallTimesAsTextCollectionsAsListsLongTextsCut() {
        Instant opens = Instant.parse("2027-01-05T01:00:00Z");
        String essay = "x".repeat(1000);
        Map<String, Object> changes = AuditChanges.between(
                Map.of("opensAt", opens, "programIds", Set.of(12L), "intro", "pendek"),
                Map.of("opensAt", opens.plusSeconds(3600), "programIds", List.of(12L, 13L), "intro", essay));
        assertThat(changes.get("opensAt")).isEqualTo(change("2027-01-05T01:00:00Z", "2027-01-05T02:00:00Z"));
        assertThat(changes.get("programIds")).isEqualTo(change(List.of(12L), List.of(12L, 13L)));
        @SuppressWarnings("unchecked")
        String cut = (String) ((Map<String, Object>) changes.get("intro")).get(AuditChanges.AFTER);
        assertThat(cut).hasSize(AuditChanges.MAX_TEXT).endsWith("…");
        assertThat(AuditChanges.between(Map.of("ids", List.of()), Map.of()))
                .as("an empty list is no value")
                .isEmpty();
    }

    @Test
    void aDetailWithoutChangesSaysSoAndTakesContext() {
        Map<String, Object> detail = AuditChanges.detail(Map.of("a", 1), Map.of("a", 1));
        assertThat(AuditChanges.unchanged(detail)).isTrue();
        detail.put("programId", 7);
        assertThat(AuditChanges.unchanged(AuditChanges.detail(Map.of("a", 1), Map.of("a", 2))))
                .isFalse();
    }

    private static Map<String, Object> change(Object before, Object after) {
        Map<String, Object> change = new LinkedHashMap<>();
        change.put(AuditChanges.BEFORE, before);
        change.put(AuditChanges.AFTER, after);
        return change;
    }
}
