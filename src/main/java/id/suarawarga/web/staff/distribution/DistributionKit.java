package id.suarawarga.web.staff.distribution;

import java.util.List;

/**
 * The distribution kit of one questionnaire as the page shows it: the public link, and one entry per channel-tagged
 * link (the standard ones, those residents already came by, and one the staff member just typed).
 *
 * @param status    the questionnaire's state in words when residents cannot answer yet or any more, else null
 * @param minutes   about how long answering takes, as printed on posters
 * @param whatsApp  a plain {@code wa.me} share link whose text holds the {@code whatsapp}-tagged link
 * @param tagError  why the typed tag was not accepted, or null
 * @param typedTag  what the staff member typed in the tag field (kept after an error)
 */
public record DistributionKit(
        long questionnaireId,
        String title,
        String program,
        String agency,
        String region,
        String status,
        int minutes,
        int questions,
        Entry untagged,
        List<Entry> tagged,
        Entry custom,
        String whatsApp,
        String tagError,
        String typedTag) {

    /**
     * One link to hand out.
     *
     * @param tag   its tag ({@code loket-1}), null for the plain link
     * @param use   what it is for, in words
     * @param query {@code ?k=tag} (or empty) for the QR and poster addresses
     */
    public record Entry(String tag, String use, String link, String query, long responses) {

        /** An id safe for HTML (the tag, or "umum"). */
        public String anchor() {
            return tag == null ? "umum" : tag;
        }
    }
}
