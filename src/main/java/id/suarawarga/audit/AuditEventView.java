package id.suarawarga.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One audit event: who did what, when, to what. */
@Schema(name = "AuditEventView")
public record AuditEventView(
        long id,
        Instant at,
        String actor,
        String action,

        @Schema(description = "Null for national or platform events.")
        String regionCode,

        String target,
        JsonNode detail) {}
