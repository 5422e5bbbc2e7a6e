package id.suarawarga.retention;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One run of the retention job: when, why, and how much it anonymised (counts only, never answers). */
@Schema(name = "RetentionRun")
public record RetentionRunView(
        long id,
        RetentionTrigger trigger,

        @Schema(description = "The admin who asked; absent for the schedule.")
        String actor,

        Instant startedAt,
        Instant finishedAt,

        @Schema(description = "Responses to questionnaires that stopped collecting before this instant were due.")
        Instant endedBefore,

        @Schema(description = "Questionnaires whose raw responses were anonymised.")
        int questionnaires,

        long responsesAnonymised,

        @Schema(description = "Transactions used (each at most suara.retention.batch-size responses).")
        int batches) {

    RetentionRunView withId(long newId) {
        return new RetentionRunView(
                newId,
                trigger,
                actor,
                startedAt,
                finishedAt,
                endedBefore,
                questionnaires,
                responsesAnonymised,
                batches);
    }
}
