package id.suarawarga.review;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a review decision did. */
@Schema(name = "ReviewResult")
public record ReviewResultView(
        @Schema(description = "The decision recorded.") ReviewDecision decision,

        @Schema(description = "Responses the decision was recorded on.", examples = "3")
        int decided,

        @Schema(
                description = "Of those, responses whose place in the scores changed (counted ↔ left out).",
                examples = "3")
        int moved,

        @Schema(description = "Ids of the responses decided.")
        List<Long> responseIds) {}
