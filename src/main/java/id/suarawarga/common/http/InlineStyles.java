package id.suarawarga.common.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The CSP hashes of the pages' inline {@code <style>} blocks, read from the templates that hold them, so the
 * Content-Security-Policy allows exactly these styles and no other inline style ({@code 'unsafe-inline'} is gone).
 * A template that gains a {@code <style>} block or a fixed {@code style} attribute (allowed by hash with
 * {@code 'unsafe-hashes'}) is added to {@link #TEMPLATES} (a test checks the list is complete).
 */
final class InlineStyles {

    /** Every template with an inline style block (each block is a Qute unparsed section, so it renders verbatim). */
    static final List<String> TEMPLATES = List.of(
            "templates/layout/page.html",
            "templates/staff/layout.html",
            "templates/ReportPage/report.html",
            "templates/SurveyPage/form.html",
            "templates/ProgramsPage/list.html",
            // #19: field collection (paper form, paper entry, interviews)
            "templates/PaperFormPage/print.html",
            "templates/PaperEntryPage/entry.html",
            "templates/FieldPage/interview.html",
            "templates/ImportPage/style.html",
            // #20: review of flagged responses (included by its list and response pages)
            "templates/ReviewPage/style.html",
            // #17b: staff console (distribution kit's poster and table card, staff error page)
            "templates/DistributionPage/poster.html",
            "templates/StaffErrorPage/error.html",
            // #20 (items 3-4): public results pages and the staff follow-up pages
            "templates/PublicResultsPage/style.html",
            // #20 (wt-20d): evidence pack and rounds pages (included by both)
            "templates/EvidencePage/style.html");

    private static final Pattern BLOCK = Pattern.compile("<style>(?:\\{\\|)?(.*?)(?:\\|\\})?</style>", Pattern.DOTALL);
    /** A style attribute with a fixed value (no Qute expression): allowed by its hash with 'unsafe-hashes'. */
    private static final Pattern ATTRIBUTE = Pattern.compile(" style=\"([^\"{]*)\"");

    private InlineStyles() {}

    /** The CSP source expressions ('sha256-…') of every inline style block of the templates. */
    static List<String> hashes() {
        List<String> hashes = new ArrayList<>();
        for (String template : TEMPLATES) {
            try (InputStream in = InlineStyles.class.getClassLoader().getResourceAsStream(template)) {
                if (in == null) {
                    continue; // a template removed; the test of the list notices
                }
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                Matcher block = BLOCK.matcher(text);
                while (block.find()) {
                    hashes.add(hash(block.group(1)));
                }
                Matcher attribute = ATTRIBUTE.matcher(text);
                while (attribute.find()) {
                    hashes.add(hash(attribute.group(1)));
                    if (!hashes.contains("'unsafe-hashes'")) {
                        hashes.add(0, "'unsafe-hashes'");
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return hashes.stream().distinct().toList();
    }

    /** The CSP hash of one style block's text, as the browser computes it. */
    static String hash(String css) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(css.getBytes(StandardCharsets.UTF_8));
            return "'sha256-" + Base64.getEncoder().encodeToString(digest) + "'";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
