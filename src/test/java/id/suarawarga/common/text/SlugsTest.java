package id.suarawarga.common.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlugsTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Si Mantab | si-mantab",
                "Sampah menjadi Energi | sampah-menjadi-energi",
                "Bakawan RTLH | bakawan-rtlh",
                "  Portal   Pendidikan!! | portal-pendidikan",
                "Program Sehat & Cerdas 2024 | program-sehat-cerdas-2024",
                "Kafé Warga | kafe-warga",
                "--- | ''",
            })
    void derivesSlugFromName(String name, String slug) {
        assertThat(Slugs.of(name)).isEqualTo(slug);
        assertThat(slug.isEmpty() || slug.matches(Slugs.PATTERN)).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"200", "81"})
    void capsSlugLength(int length) {
        String slug = Slugs.of("a ".repeat(length));
        assertThat(slug.length()).isLessThanOrEqualTo(Slugs.MAX_LENGTH);
        assertThat(slug).matches(Slugs.PATTERN);
    }
}
