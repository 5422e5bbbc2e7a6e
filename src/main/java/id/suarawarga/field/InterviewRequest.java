package id.suarawarga.field;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One interview a field officer conducted, as the officer's tablet kept it and now sends it. */
@Schema(name = "InterviewRequest", examples = """
        {"id":"2f0c7a64-3f55-4b8e-9d2a-6d1f0f4f7a10","answers":{"USIA":"25_34","U1":3,"U2":4,"U3":3,"U4":4,"U5":3,
         "U6":4,"U7":4,"U8":3,"U9":2}}""")
public record InterviewRequest(
        @NotNull
        @Pattern(
                regexp = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}",
                message = "must be a lower-case UUID")
        @Schema(
                description =
                        "The interview's id, made on the tablet when it was recorded (ODK's instance id): the same"
                                + " id on every resend, so an interview is stored once.")
        String id,

        @Pattern(regexp = "id|en", message = "must be id or en")
        @Schema(description = "Language of the interview (default id).")
        String language,

        @NotNull @Size(max = 200) @Schema(description = "Answers by question code, as in the public API.")
        Map<String, JsonNode> answers) {}
