package id.suarawarga.webhook;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A webhook subscription; the secret only in the answer that created it. */
@Schema(name = "Webhook")
public record WebhookView(
        @Schema(description = "The subscription's id.", examples = "1")
        long id,

        @Schema(description = "Kemendagri code of the region.", examples = "63.71")
        String regionCode,

        @Schema(description = "The one program it covers; absent: every program of the region.")
        Long programId,

        @Schema(description = "Where messages are posted.") String url,
        @Schema(description = "The events sent.") List<WebhookEvent> events,
        @Schema(description = "A note for the admins.") String description,

        @Schema(description = "False once deleted: nothing more is sent.")
        boolean active,

        @Schema(description = "Who created it (username).") String createdBy,
        @Schema(description = "When it was created (UTC).") Instant createdAt,

        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(
                description = "The signing secret (whsec_…), only in the answer that created the subscription: verify"
                        + " webhook-signature with it. It is not shown again.")
        String secret) {}
