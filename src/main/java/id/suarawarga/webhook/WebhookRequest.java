package id.suarawarga.webhook;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new webhook subscription: where to post, for which region or program, which events. */
@Schema(name = "WebhookRequest", examples = """
        {"regionCode":"63.71","url":"https://command-center.banjarmasinkota.go.id/hooks/suara-warga",
         "events":["RESPONSE_COUNTED","PROGRAM_SCORES_CHANGED","QUESTIONNAIRE_PUBLISHED","QUESTIONNAIRE_CLOSED"]}""")
public record WebhookRequest(
        @NotNull
        @Pattern(regexp = "[0-9]{2}\\.[0-9]{2}", message = "must be a Kemendagri code such as 63.71")
        @Schema(description = "Kemendagri code of the region whose changes are sent.", examples = "63.71")
        String regionCode,

        @Schema(description = "Only this program of the region; omit for every program of the region.", examples = "1")
        Long programId,

        @NotNull
        @Size(max = 2000)
        @Schema(
                description = "Where messages are posted: an https URL (http://localhost only where the server allows"
                        + " it for development).",
                examples = "https://command-center.banjarmasinkota.go.id/hooks/suara-warga")
        String url,

        @NotEmpty @Schema(description = "The events to send.")
        Set<@NotNull WebhookEvent> events,

        @Size(max = 200)
        @Schema(description = "A note for the admins: who receives it and why.", examples = "Command center dashboard")
        String description) {}
