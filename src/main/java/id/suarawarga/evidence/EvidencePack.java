package id.suarawarga.evidence;

import id.suarawarga.round.RoundView;
import id.suarawarga.score.ScoreSummaryView;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The evidence pack of a region's year (or one round of it): a recap row for the region, each dimension, each
 * sub-dimension and each program, with the same figures as the evaluation API, and the method in words.
 */
public record EvidencePack(
        String regionCode,
        String regionName,
        int year,
        RoundView round,
        String timeZone,
        LocalDate generatedOn,
        List<Row> rows,
        List<String> channels,
        Map<String, String> channelNames,
        List<Method> method) {

    /** What a recap row sums up. */
    public enum Level {
        REGION("Daerah"),
        DIMENSION("Dimensi"),
        SUB_DIMENSION("Subdimensi"),
        PROGRAM("Program");

        private final String label;

        Level(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * One recap row. {@code quota} is the evaluation's 50 respondents for a sub-dimension (and for a program, whose
     * sub-dimension it serves); {@code quotaNote} says in words how far the row is.
     */
    public record Row(
            Level level,
            String dimension,
            String subDimension,
            Long programId,
            String program,
            String agency,
            Integer questionnaireVersion,
            int programs,
            ScoreSummaryView scores,
            Long quota,
            String quotaNote,
            LocalDate firstResponse,
            LocalDate lastResponse,
            Map<String, Long> channelCounts) {

        public long responses() {
            return scores.responses();
        }

        /** Responses by one channel (0 when none). */
        public long channel(String channel) {
            return channelCounts.getOrDefault(channel, 0L);
        }

        /** First and last response, ISO dates (the workbook's). */
        public String period() {
            return firstResponse == null ? "—" : firstResponse + " s.d. " + lastResponse;
        }

        /** First and last response in Indonesian words, e.g. "2 Mei 2024 – 5 Mei 2024" (the page's). */
        public String periodText() {
            return firstResponse == null ? "—" : shortWords(firstResponse) + " – " + shortWords(lastResponse);
        }

        public boolean isProgram() {
            return level == Level.PROGRAM;
        }
    }

    /** One paragraph of the method sheet: a heading and its text. */
    public record Method(String topic, String text) {}

    /** The day the pack was made, in Indonesian words. */
    public String generatedOnText() {
        return words(generatedOn);
    }

    /** The channels any response of the pack came by, in the fixed order (the page shows only these). */
    public List<String> usedChannels() {
        Row region = rows.get(0);
        return channels.stream().filter(c -> region.channel(c) > 0).toList();
    }

    static String shortWords(LocalDate date) {
        return date.format(
                java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", java.util.Locale.forLanguageTag("id")));
    }

    static String words(LocalDate date) {
        return date.format(
                java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.forLanguageTag("id")));
    }

    /** The pack's title, e.g. "Bukti dukung survei dampak Kota Banjarmasin 2024 – Tahap 1". */
    public String title() {
        return "Bukti dukung survei dampak " + regionName + " " + year + (round == null ? "" : " – " + round.name());
    }

    /** A file name without spaces, e.g. "bukti-dukung-63.71-2024-tahap-3.xlsx". */
    public String fileName() {
        return "bukti-dukung-" + regionCode + "-" + year + (round == null ? "" : "-tahap-" + round.id()) + ".xlsx";
    }
}
