package id.suarawarga.review;

import id.suarawarga.common.paging.PageView;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The review list of a questionnaire: counts per status and per waiting reason, and one page of responses. */
@Schema(name = "FlaggedResponses")
public record FlaggedListView(
        @Schema(description = "The questionnaire reviewed.", examples = "12")
        long questionnaireId,

        @Schema(description = "Flagged responses per status: WAITING, COUNTED, REJECTED.")
        Map<ReviewStatus, Long> byStatus,

        @Schema(description = "Responses waiting for review per flag reason (one response may carry several).")
        Map<String, Long> waitingByReason,

        @Schema(description = "One page of flagged responses, oldest first (without their answers).")
        PageView<FlaggedResponseView> page) {

    public long waiting() {
        return byStatus.getOrDefault(ReviewStatus.WAITING, 0L);
    }

    public long counted() {
        return byStatus.getOrDefault(ReviewStatus.COUNTED, 0L);
    }

    public long rejected() {
        return byStatus.getOrDefault(ReviewStatus.REJECTED, 0L);
    }

    /** Reasons with responses waiting, for the "decide all with this reason" choices. */
    public java.util.List<String> reasonsWaiting() {
        return waitingByReason.entrySet().stream()
                .filter(e -> e.getValue() > 0)
                .map(Map.Entry::getKey)
                .toList();
    }
}
