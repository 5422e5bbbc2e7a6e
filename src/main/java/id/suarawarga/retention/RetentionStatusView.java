package id.suarawarga.retention;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The retention settings, what is due now and what comes next, and the last run (of any replica). */
@Schema(name = "RetentionStatus")
public record RetentionStatusView(
        @Schema(description = "Whether the job runs on its schedule (suara.retention.enabled).")
        boolean scheduled,

        @Schema(description = "Quartz-style cron of the job.", examples = "0 30 1 * * ?")
        String cron,

        @Schema(examples = "Asia/Jakarta") String timeZone,

        @Schema(
                description =
                        "Raw responses are kept this long after their questionnaire stopped collecting (ISO-8601).",
                examples = "PT8760H")
        String period,

        int batchSize,

        @Schema(description = "Responses to questionnaires that stopped collecting before this instant are due now.")
        Instant endedBefore,

        @Schema(description = "Questionnaires with raw responses due now.")
        int dueQuestionnaires,

        @Schema(description = "Raw responses due now: a run would anonymise them.")
        long dueResponses,

        @Schema(description = "When the next raw responses become due; absent when none is waiting.")
        Instant nextDueAt,

        @Schema(
                description = "Published questionnaires with raw responses and no closing date: their responses never"
                        + " become due until the questionnaire is closed.")
        int openEndedQuestionnaires,

        @Schema(description = "The last run; absent before the first.")
        RetentionRunView lastRun) {}
