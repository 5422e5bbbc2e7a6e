package id.suarawarga.auth;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An API client; {@code key} is present only in the answer that created it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "ApiClientAccount")
public record ApiClientView(
        Long id,
        String name,
        List<String> regions,
        Instant createdAt,
        Instant revokedAt,

        @Schema(description = "When the key was last accepted, to the minute; null when never used.")
        Instant lastUsedAt,

        @Schema(description = "The key, shown once: send it as Authorization: Bearer <key>. Only its hash is kept.")
        String key) {

    static ApiClientView of(ApiClient client, String key) {
        return new ApiClientView(
                client.id,
                client.name,
                List.of(client.regionCodes),
                client.createdAt,
                client.revokedAt,
                client.lastUsedAt,
                key);
    }
}
