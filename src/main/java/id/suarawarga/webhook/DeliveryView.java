package id.suarawarga.webhook;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One message to one endpoint and how its delivery went. */
@Schema(name = "WebhookDelivery")
public record DeliveryView(
        @Schema(description = "The message id, sent as webhook-id: the same on every retry and replay.")
        String id,

        @Schema(description = "The event type, e.g. response.counted.", examples = "response.counted")
        String eventType,

        @Schema(description = "When the message was queued (UTC).")
        Instant createdAt,

        @Schema(description = "PENDING (will be tried), DELIVERED (a 2xx answer) or FAILED (given up; replayable).")
        String state,

        @Schema(description = "Attempts so far (count).", examples = "1")
        int attempts,

        @Schema(description = "When it is tried next (UTC), while PENDING.")
        Instant nextAttemptAt,

        @Schema(description = "When it was last tried (UTC).")
        Instant lastAttemptAt,

        @Schema(description = "HTTP status of the last attempt; absent when the endpoint could not be reached.")
        Integer lastStatus,

        @Schema(description = "Why the last attempt failed (no response bodies are kept).")
        String lastError,

        @Schema(description = "When a 2xx answer came (UTC).")
        Instant deliveredAt,

        @Schema(description = "The message body as sent (JSON).")
        String payload) {}
