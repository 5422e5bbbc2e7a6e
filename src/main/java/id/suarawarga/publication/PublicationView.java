package id.suarawarga.publication;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Whether a questionnaire's results are public, and who decided it. */
@Schema(name = "ResultPublication")
public record PublicationView(
        @Schema(description = "The questionnaire.", examples = "1")
        long questionnaireId,

        @Schema(description = "Whether its results are on the public results pages.", examples = "true")
        boolean published,

        @Schema(description = "true while nobody decided: the default (published) applies.", examples = "true")
        boolean byDefault,

        @Schema(description = "When it was last decided; null by default.")
        Instant changedAt,

        @Schema(description = "Who decided it last (staff user name); null by default.")
        String changedBy,

        @Schema(
                description = "Where residents see the results (relative URL); null for a draft.",
                examples = "/hasil/program/si-mantab")
        String publicPage) {}
