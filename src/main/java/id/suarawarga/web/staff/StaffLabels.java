package id.suarawarga.web.staff;

import id.suarawarga.insight.CommentPageView;
import id.suarawarga.insight.FlaggedSummaryView;
import id.suarawarga.questionnaire.QuestionTag;
import id.suarawarga.questionnaire.QuestionnaireStatus;
import id.suarawarga.score.ScoreView;
import io.quarkus.qute.TemplateExtension;

/** Words and small sums the staff templates need (Qute has no arithmetic of its own worth relying on). */
@TemplateExtension
public final class StaffLabels {

    private StaffLabels() {}

    /** U3 → Waktu Penyelesaian. */
    static String elementName(String tag) {
        return QuestionTag.nameOf(tag);
    }

    static String label(FlaggedSummaryView.ReasonCount reason) {
        return reasonLabel(reason.reason());
    }

    /** A flag reason (HONEYPOT, TOO_FAST, …) in words. */
    public static String reasonLabel(String reason) {
        return switch (reason) {
            case "HONEYPOT" -> "Kolom jebakan terisi (skrip)";
            case "TOO_FAST" -> "Diisi terlalu cepat";
            case "DUPLICATE_DEVICE" -> "Perangkat yang sama menjawab lagi";
            case "RATE_LIMIT" -> "Terlalu banyak dari satu alamat";
            default -> reason;
        };
    }

    static String label(QuestionnaireStatus status) {
        return status.words();
    }

    /** Respondents still missing for the Smart City quota. */
    static long missing(ScoreView.Sample sample, long responses) {
        return Math.max(0, sample.quota() - responses);
    }

    static int previousPage(CommentPageView page) {
        return page.page() - 1;
    }

    static int nextPage(CommentPageView page) {
        return page.page() + 1;
    }
}
