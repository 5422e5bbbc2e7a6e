package id.suarawarga.followup;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One follow-up action as the API and the pages show it. */
@Schema(name = "FollowUpAction")
public record FollowUpView(
        @Schema(description = "The action's id.", examples = "7")
        long id,

        @Schema(description = "The questionnaire whose results the action follows up.", examples = "1")
        long questionnaireId,

        @Schema(description = "SKM element codes the action answers (U1–U9).", examples = "[\"U3\"]")
        List<String> elements,

        @Schema(
                description = "The elements' names as PermenPANRB 14/2017 gives them (Indonesian), in the same order.",
                examples = "[\"Waktu Penyelesaian\"]")
        List<String> elementNames,

        @Schema(description = "What will be done.") String action,

        @Schema(description = "The unit or position responsible.")
        String responsible,

        @Schema(description = "By when (ISO date).") LocalDate dueDate,

        @Schema(description = "PLANNED, IN_PROGRESS or DONE.")
        FollowUpStatus status,

        @Schema(description = "What came of it; null until reported.")
        String result,

        @Schema(description = "When the action was added.") Instant createdAt,
        @Schema(description = "When it last changed.") Instant updatedAt) {}
