package id.suarawarga.review;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A flagged response as a reviewer sees it: when and how it came, why it was flagged, the decision so far, and (when
 * asked for one response) its answers. Never anything that identifies a person or a device.
 */
@Schema(name = "FlaggedResponse")
public record FlaggedResponseView(
        @Schema(description = "The response's id within the review (staff only).")
        long id,

        @Schema(description = "When the response arrived (UTC).")
        Instant submittedAt,

        @Schema(description = "WEB, API, KIOSK, ENUMERATOR, PAPER or IMPORT.")
        String channel,

        @Schema(description = "Seconds the web form was open before it was sent; null for other channels.")
        Integer fillSeconds,

        @Schema(description = "Why it was flagged: HONEYPOT, TOO_FAST, DUPLICATE_DEVICE, RATE_LIMIT.")
        List<String> reasons,

        @Schema(description = "WAITING (no decision yet), COUNTED or REJECTED.")
        ReviewStatus status,

        @Schema(description = "Whether it counts in the scores now.")
        boolean counted,

        @Schema(description = "The reviewer's reason; null while waiting.")
        String note,

        @Schema(description = "When the decision was made (UTC); null while waiting.")
        Instant reviewedAt,

        @Schema(description = "Who decided (a staff user name); null while waiting.")
        String reviewedBy,

        @Schema(description = "The answers, in questionnaire order; only when one response is asked for.")
        List<AnswerView> answers) {

    /** One answer as a person reads it. */
    @Schema(name = "ReviewedAnswer")
    public record AnswerView(
            @Schema(description = "Question code.") String code,

            @Schema(description = "The question in Bahasa Indonesia.")
            String question,

            @Schema(description = "The answer as shown to the resident (option label, number or text).")
            String answer) {}

    public boolean waiting() {
        return status == ReviewStatus.WAITING;
    }
}
