package id.suarawarga.response;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Confirms a stored response; a replayed request gets the original receipt. */
@Schema(name = "ResponseReceipt", examples = """
        {"id":"01910bf1-4a28-7c1e-9a57-4f1d2b7d9e10","questionnaireVersion":1,"submittedAt":"2024-08-01T03:15:00Z"}""")
public record ResponseReceiptView(
        @Schema(
                description =
                        "The response's public id: a UUID version 7 (RFC 9562), ordered by the time it was stored.")
        UUID id,

        @Schema(description = "The questionnaire version the answers belong to.")
        int questionnaireVersion,

        Instant submittedAt) {}
