package id.suarawarga.review;

import id.suarawarga.response.FlagReason;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A review decision on some flagged responses: by id, or every response waiting for review with one flag reason. */
@Schema(name = "ReviewRequest")
public record ReviewRequest(
        @Schema(
                description = "COUNTED (a false positive: counts in every score) or REJECTED (stays out).",
                required = true)
        ReviewDecision decision,

        @Schema(
                description = "Why, in a sentence (1 to 500 characters); kept with the response and in the audit log.",
                examples = "Warga memperbaiki isian setelah pesan kesalahan, bukan skrip.",
                required = true)
        String note,

        @Schema(description = "The flagged responses decided on (1 to 1000 ids). Give this or reason, not both.")
        List<Long> responseIds,

        @Schema(description = "Decide every response still waiting for review that carries this flag reason.")
        FlagReason reason) {

    /** Longest note kept. */
    public static final int MAX_NOTE = 500;

    /** Most responses decided by id in one request. */
    public static final int MAX_IDS = 1000;
}
