package id.suarawarga.insight;

import static org.assertj.core.api.Assertions.assertThat;

import id.suarawarga.score.stats.SkmCategory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumbersExplainedTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "75.0    | 1,61 poin lagi menuju B Baik (mulai 76,61).",
                "74.21   | 2,40 poin lagi menuju B Baik (mulai 76,61).",
                "76.605  | Sudah",
                "80.0    | 8,31 poin lagi menuju A Sangat Baik (mulai 88,31).",
                "64.994  | 0,01 poin lagi menuju C Kurang Baik (mulai 65,00).",
                "50.0    | 15,00 poin lagi menuju C Kurang Baik (mulai 65,00).",
                "88.31   | Sudah di kategori tertinggi (A)."
            })
    void saysHowFarTheNextCategoryIsOnTheRoundedKonversi(double konversi, String expected) {
        if (expected.equals("Sudah")) {
            // 76,605 rounds to 76,61: already B, so the next is A, 11,70 away
            assertThat(NumbersExplained.toNextCategory(konversi).id())
                    .isEqualTo("11,70 poin lagi menuju A Sangat Baik (mulai 88,31).");
        } else {
            assertThat(NumbersExplained.toNextCategory(konversi).id()).isEqualTo(expected);
        }
    }

    @Test
    void toNextCategoryHasAnEnglishSentenceWithADecimalPoint() {
        assertThat(NumbersExplained.toNextCategory(74.21).en()).isEqualTo("2.40 points to go to B Baik (from 76.61).");
    }

    @Test
    void explainsEveryCategoryInBothLanguages() {
        for (SkmCategory category : SkmCategory.values()) {
            NumbersExplained.Words words = NumbersExplained.meaning(category);
            assertThat(words.id()).startsWith(category.label() + ":");
            assertThat(words.en()).isNotBlank().doesNotContain(category.label() + ":");
        }
    }

    @Test
    void explainsWhyAllSesuaiIsC() {
        NumbersExplained.Words why = NumbersExplained.whySesuaiIsC(75.0);
        assertThat(why.id())
                .contains("3 × 25 = 75,00")
                .contains("rentang C (65,00–76,60)")
                .contains("B baru mulai 76,61")
                .contains("rata-rata jawaban di atas 3,06")
                .contains("\"Sangat sesuai\" (4)");
        assertThat(why.en()).contains("3 × 25 = 75.00").contains("B starts at 76.61");
    }

    @Test
    void saysNothingAboutSesuaiOutsideTheUpperCOrInB() {
        assertThat(NumbersExplained.whySesuaiIsC(68.0)).isNull();
        assertThat(NumbersExplained.whySesuaiIsC(80.0)).isNull();
        assertThat(NumbersExplained.whySesuaiIsC(72.5)).isNotNull();
    }

    @Test
    void putsTheIntervalInWordsAndWarnsWhenItCrossesACategoryBoundary() {
        assertThat(NumbersExplained.interval(71.2, 78.8, 55).id())
                .isEqualTo("Dengan keyakinan 95 %, IKM sebenarnya antara 71,20 dan 78,80 (n = 55)."
                        + " Rentang ini melewati batas kategori C/B, jadi kategorinya belum pasti;"
                        + " jawaban tambahan mempersempit rentang.");
        assertThat(NumbersExplained.interval(78.0, 82.0, 120).id())
                .isEqualTo("Dengan keyakinan 95 %, IKM sebenarnya antara 78,00 dan 82,00 (n = 120).");
        assertThat(NumbersExplained.interval(78.0, 82.0, 120).en())
                .isEqualTo("With 95 % confidence, the true IKM lies between 78.00 and 82.00 (n = 120).");
        assertThat(NumbersExplained.interval(null, null, 1).id()).contains("belum dapat dihitung");
    }

    @Test
    void belowTheQuotaSaysKeepCollectingForTheEvaluation() {
        NumbersExplained.Sufficiency s = NumbersExplained.sufficiency(32, 50, 322L, 2000);
        assertThat(s.keepCollecting()).isTrue();
        assertThat(s.words().id())
                .isEqualTo("Teruskan pengumpulan: evaluasi Smart City meminta 50 responden per subdimensi dan baru ada"
                        + " 32 (kurang 18); untuk hasil yang mewakili 2.000 warga sasaran dengan ketelitian ±5 %"
                        + " (Krejcie–Morgan) perlu 322.");
    }

    @Test
    void quotaMetButKrejcieMorganShortSaysEnoughForTheEvaluationAndWhyToGoOn() {
        // the review's "Kuota terpenuhi 55/50" beside "55/322 sampel minimum"
        NumbersExplained.Sufficiency s = NumbersExplained.sufficiency(55, 50, 322L, 2000);
        assertThat(s.keepCollecting()).isTrue();
        assertThat(s.words().id())
                .startsWith("Cukup untuk evaluasi (kuota 50 per subdimensi terpenuhi), tetapi teruskan pengumpulan")
                .contains("Krejcie–Morgan meminta 322 responden, baru ada 55 (kurang 267)");
        assertThat(s.words().en()).startsWith("Enough for the evaluation").contains("267 to go");
    }

    @Test
    void bothMetSaysEnough() {
        NumbersExplained.Sufficiency s = NumbersExplained.sufficiency(400, 50, 322L, 2000);
        assertThat(s.keepCollecting()).isFalse();
        assertThat(s.words().id()).startsWith("Cukup: kuota evaluasi (50 per subdimensi) dan sampel minimum");
    }

    @Test
    void unknownPopulationSaysToEnterIt() {
        NumbersExplained.Sufficiency s = NumbersExplained.sufficiency(60, 50, null, null);
        assertThat(s.keepCollecting()).isFalse();
        assertThat(s.words().id()).contains("isi populasi sasaran program");
        assertThat(NumbersExplained.sufficiency(10, 50, null, null).words().id())
                .isEqualTo("Teruskan pengumpulan: evaluasi Smart City meminta 50 responden per subdimensi dan baru ada"
                        + " 10 (kurang 40).");
    }

    @Test
    void coverageSaysHowManyPartsHaveDataAndThatTheTotalIsProvisional() {
        NumbersExplained.Words words = NumbersExplained.coverage(1, 6, "dimensi", "dimensions", 1, 1, 1, 18, false);
        assertThat(words.id())
                .isEqualTo("1 dari 6 dimensi dan 1 dari 1 program punya data; 1 dari 18 subdimensi memenuhi kuota:"
                        + " nilai gabungan ini sementara sampai setiap subdimensi memenuhi kuota.");
        assertThat(NumbersExplained.coverage(3, 3, "subdimensi", "sub-dimensions", 3, 3, 3, 3, true)
                        .id())
                .doesNotContain("sementara");
    }
}
