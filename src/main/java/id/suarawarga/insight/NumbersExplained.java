package id.suarawarga.insight;

import id.suarawarga.score.stats.SkmCategory;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * The dashboard's and the report's figures in words, for an owner who is not a statistician: what the IKM category
 * means and how far the next one is, why "Sesuai" everywhere gives C, the 95% interval, whether to keep collecting
 * (the evaluation's quota and the Krejcie–Morgan minimum, each for what it is for) and how much of a total has data.
 * Plain Java, one place for every sentence, so every page says the same.
 */
public final class NumbersExplained {

    /** A sentence in Bahasa Indonesia and in English. */
    public record Words(String id, String en) {}

    /**
     * Everything said beside one IKM: the category's meaning, the way to the next one, the interval in words and,
     * in the upper C, why "Sesuai" gives C (null otherwise).
     */
    public record IkmWords(Words meaning, Words toNext, Words interval, Words whySesuai) {}

    /** Whether to keep collecting, and why, in one sentence. */
    public record Sufficiency(boolean keepCollecting, Words words) {}

    private static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");

    /** Answers scored 1–4; the konversi is the mean answer × 25 (PermenPANRB 14/2017). */
    private static final int KONVERSI_FACTOR = 25;

    private NumbersExplained() {}

    /** The words beside an IKM of {@code konversi} (25–100) with its 95% interval, from {@code n} respondents. */
    public static IkmWords ikm(double konversi, Double low, Double high, long n) {
        return new IkmWords(
                meaning(SkmCategory.ofKonversi(konversi)),
                toNextCategory(konversi),
                interval(low, high, n),
                whySesuaiIsC(konversi));
    }

    /** What a category (A–D) means for the residents' verdict. */
    public static Words meaning(SkmCategory category) {
        return switch (category) {
            case A ->
                new Words(
                        "Sangat Baik: warga sangat puas; pertahankan mutu layanan ini.",
                        "Very good: residents are very satisfied; keep the service at this level.");
            case B ->
                new Words(
                        "Baik: warga umumnya puas; perbaiki unsur yang terendah untuk naik ke A.",
                        "Good: residents are satisfied overall; improve the lowest elements to reach A.");
            case C ->
                new Words(
                        "Kurang Baik: warga rata-rata menilai layanan sekadar memadai; perlu perbaikan pada unsur terendah.",
                        "Below good: on average residents find the service merely adequate; the lowest elements need work.");
            case D ->
                new Words(
                        "Tidak Baik: banyak warga tidak puas; perbaikan mendesak.",
                        "Poor: many residents are dissatisfied; improvement is urgent.");
        };
    }

    /** How many points (on 25–100, rounded as the category sees it) to the next category; A has none above. */
    public static Words toNextCategory(double konversi) {
        SkmCategory category = SkmCategory.ofKonversi(konversi);
        if (category == SkmCategory.A) {
            return new Words("Sudah di kategori tertinggi (A).", "Already in the top category (A).");
        }
        SkmCategory next = SkmCategory.values()[category.ordinal() - 1];
        BigDecimal gap = next.lowerBound().subtract(SkmCategory.roundForCategory(konversi));
        return new Words(
                dec(gap) + " poin lagi menuju " + next.name() + " " + next.label() + " (mulai " + dec(next.lowerBound())
                        + ").",
                en(gap) + " points to go to " + next.name() + " " + next.label() + " (from " + en(next.lowerBound())
                        + ").");
    }

    /**
     * Why an IKM around 75 is C when residents answered "Sesuai" (3 of 4): null unless the IKM is in C with a mean
     * answer of about 3 (konversi ≥ 72,50), where an owner reads "C" as "residents think we are bad".
     */
    public static Words whySesuaiIsC(double konversi) {
        if (SkmCategory.ofKonversi(konversi) != SkmCategory.C || konversi < 72.5) {
            return null;
        }
        BigDecimal bStart = SkmCategory.B.lowerBound();
        BigDecimal meanForB = bStart.divide(BigDecimal.valueOf(KONVERSI_FACTOR), 2, java.math.RoundingMode.DOWN);
        return new Words(
                "Mengapa C padahal warga menjawab \"Sesuai\"? Dalam SKM jawaban \"Sesuai\" bernilai 3 dari 4 dan"
                        + " IKM dikonversi dengan dikali 25, jadi 3 × 25 = 75,00 masih dalam rentang C (65,00–"
                        + dec(bStart.subtract(new BigDecimal("0.01"))) + "); B baru mulai " + dec(bStart)
                        + ", yaitu rata-rata jawaban di atas " + dec(meanForB)
                        + ", sehingga sebagian warga harus menjawab \"Sangat sesuai\" (4).",
                "Why C when residents answered \"Sesuai\" (satisfactory)? In the SKM that answer scores 3 of 4 and"
                        + " the IKM is multiplied by 25, so 3 × 25 = 75.00 is still within C (65.00–"
                        + en(bStart.subtract(new BigDecimal("0.01"))) + "); B starts at " + en(bStart)
                        + ", a mean answer above " + en(meanForB)
                        + ", so some residents must answer \"Sangat sesuai\" (very satisfactory, 4).");
    }

    /** The 95% interval in words, with a warning when it straddles a category boundary. */
    public static Words interval(Double low, Double high, long n) {
        if (low == null || high == null) {
            return new Words(
                    "Rentang keyakinan belum dapat dihitung (n = " + n + "; perlu sedikitnya 2 responden).",
                    "The confidence interval cannot be computed yet (n = " + n + "; at least 2 respondents needed).");
        }
        String id =
                "Dengan keyakinan 95 %, IKM sebenarnya antara " + dec(low) + " dan " + dec(high) + " (n = " + n + ").";
        String en =
                "With 95 % confidence, the true IKM lies between " + en(low) + " and " + en(high) + " (n = " + n + ").";
        SkmCategory lowCategory = SkmCategory.ofKonversi(Math.max(25, low));
        SkmCategory highCategory = SkmCategory.ofKonversi(Math.min(100, high));
        if (lowCategory != highCategory) {
            id += " Rentang ini melewati batas kategori " + lowCategory.name() + "/" + highCategory.name()
                    + ", jadi kategorinya belum pasti; jawaban tambahan mempersempit rentang.";
            en += " The interval crosses the " + lowCategory.name() + "/" + highCategory.name()
                    + " boundary, so the category is not yet certain; more responses narrow it.";
        }
        return new Words(id, en);
    }

    /**
     * One sentence on whether to keep collecting: the evaluation's quota (respondents per sub-dimension) decides
     * whether the program counts for the Smart City evaluation; the Krejcie–Morgan minimum for the program's target
     * population decides whether the result is precise (95 %, ±5 %) for the whole population.
     *
     * @param requiredSample null while the target population is unknown
     */
    public static Sufficiency sufficiency(long responses, long quota, Long requiredSample, Integer population) {
        boolean quotaMet = responses >= quota;
        String quotaId = "evaluasi Smart City meminta " + quota + " responden per subdimensi";
        String quotaEn = "the Smart City evaluation asks for " + quota + " respondents per sub-dimension";
        if (!quotaMet) {
            String id = "Teruskan pengumpulan: " + quotaId + " dan baru ada " + responses + " (kurang "
                    + (quota - responses) + ")";
            String en = "Keep collecting: " + quotaEn + " and there are " + responses + " so far ("
                    + (quota - responses) + " to go)";
            if (requiredSample != null && requiredSample > quota) {
                id += "; untuk hasil yang mewakili " + count(population) + " warga sasaran dengan ketelitian ±5 %"
                        + " (Krejcie–Morgan) perlu " + count(requiredSample) + ".";
                en += "; a result that represents the " + countEn(population) + " people served within ±5 %"
                        + " (Krejcie–Morgan) needs " + countEn(requiredSample) + ".";
            } else {
                id += ".";
                en += ".";
            }
            return new Sufficiency(true, new Words(id, en));
        }
        if (requiredSample == null) {
            return new Sufficiency(
                    false,
                    new Words(
                            "Cukup untuk evaluasi: kuota " + quota + " responden per subdimensi terpenuhi (" + responses
                                    + "); isi populasi sasaran program untuk mengetahui berapa yang perlu agar hasil"
                                    + " mewakili seluruh warga sasaran (Krejcie–Morgan).",
                            "Enough for the evaluation: the quota of " + quota
                                    + " respondents per sub-dimension is met ("
                                    + responses + "); enter the program's target population to learn how many make"
                                    + " the result represent everyone it serves (Krejcie–Morgan)."));
        }
        if (responses < requiredSample) {
            return new Sufficiency(
                    true,
                    new Words(
                            "Cukup untuk evaluasi (kuota " + quota + " per subdimensi terpenuhi), tetapi teruskan"
                                    + " pengumpulan bila hasil harus mewakili " + count(population)
                                    + " warga sasaran dengan ketelitian ±5 %: Krejcie–Morgan meminta "
                                    + count(requiredSample) + " responden, baru ada " + count(responses) + " (kurang "
                                    + count(requiredSample - responses) + ").",
                            "Enough for the evaluation (the quota of " + quota + " per sub-dimension is met), but"
                                    + " keep collecting if the result must represent the " + countEn(population)
                                    + " people served within ±5 %: Krejcie–Morgan asks for "
                                    + countEn(requiredSample) + " respondents, there are " + countEn(responses)
                                    + " (" + countEn(requiredSample - responses) + " to go)."));
        }
        return new Sufficiency(
                false,
                new Words(
                        "Cukup: kuota evaluasi (" + quota + " per subdimensi) dan sampel minimum Krejcie–Morgan ("
                                + count(requiredSample) + " dari " + count(population)
                                + " warga sasaran) terpenuhi; jawaban tambahan hanya mempersempit rentang keyakinan.",
                        "Enough: the evaluation's quota (" + quota + " per sub-dimension) and the Krejcie–Morgan"
                                + " minimum (" + countEn(requiredSample) + " of " + countEn(population)
                                + " people served) are met; more responses only narrow the interval."));
    }

    /**
     * How much of a total has data ("3 dari 6 dimensi dan 4 dari 6 program punya data") and whether it is final: a
     * total is provisional (sementara) until every sub-dimension in it has reached the quota.
     *
     * @param parts 6 dimensions for a region, 3 sub-dimensions for a dimension
     */
    public static Words coverage(
            int partsWithData,
            int parts,
            String partId,
            String partEn,
            int programsWithData,
            int programs,
            int subDimensionsAtQuota,
            int subDimensions,
            boolean complete) {
        String id = partsWithData + " dari " + parts + " " + partId + " dan " + programsWithData + " dari " + programs
                + " program punya data; " + subDimensionsAtQuota + " dari " + subDimensions
                + " subdimensi memenuhi kuota";
        String en = partsWithData + " of " + parts + " " + partEn + " and " + programsWithData + " of " + programs
                + " programs have data; " + subDimensionsAtQuota + " of " + subDimensions
                + " sub-dimensions met the quota";
        return complete
                ? new Words(id + ".", en + ".")
                : new Words(
                        id + ": nilai gabungan ini sementara sampai setiap subdimensi memenuhi kuota.",
                        en + ": this total is provisional until every sub-dimension meets the quota.");
    }

    private static String dec(BigDecimal value) {
        return String.format(INDONESIAN, "%,.2f", value);
    }

    private static String dec(double value) {
        return String.format(INDONESIAN, "%,.2f", value);
    }

    private static String en(BigDecimal value) {
        return String.format(Locale.ENGLISH, "%,.2f", value);
    }

    private static String en(double value) {
        return String.format(Locale.ENGLISH, "%,.2f", value);
    }

    private static String count(Number value) {
        return String.format(INDONESIAN, "%,d", value.longValue());
    }

    private static String countEn(Number value) {
        return String.format(Locale.ENGLISH, "%,d", value.longValue());
    }
}
