package id.suarawarga.web.staff.review;

import id.suarawarga.review.ReviewStatus;
import io.quarkus.qute.TemplateExtension;

/** Indonesian words for review statuses, decisions and channels on the review pages. */
@TemplateExtension
public final class ReviewLabels {

    private ReviewLabels() {}

    static String label(ReviewStatus status) {
        return switch (status) {
            case WAITING -> "Menunggu tinjauan";
            case COUNTED -> "Dihitung";
            case REJECTED -> "Ditolak";
        };
    }

    /** COUNTED → dihitung, REJECTED → ditolak (a decision's name as the page's notice says it). */
    static String decisionWord(String decision) {
        return "COUNTED".equals(decision) ? "dihitung" : "ditolak";
    }

    static String channelLabel(String channel) {
        return switch (channel) {
            case "WEB" -> "Formulir web";
            case "API" -> "Aplikasi (API)";
            case "KIOSK" -> "Kios layanan";
            case "ENUMERATOR" -> "Petugas lapangan";
            case "PAPER" -> "Formulir kertas";
            case "IMPORT" -> "Impor berkas";
            default -> channel;
        };
    }
}
