package id.suarawarga.response;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Confirms a stored response; a replayed request gets the original receipt. */
@Schema(name = "ResponseReceipt", examples = """
        {"id":"0f8f7c2e-5d8a-4c1e-9a57-4f1d2b7d9e10","questionnaireVersion":1,"submittedAt":"2024-08-01T03:15:00Z"}""")
public record ResponseReceiptView(
        @Schema(description = "The response's public id.") UUID id,
        @Schema(description = "The questionnaire version the answers belong to.") int questionnaireVersion,
        Instant submittedAt) {}
