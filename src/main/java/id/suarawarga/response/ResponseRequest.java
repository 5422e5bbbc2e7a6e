package id.suarawarga.response;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A resident's answers, sent by a kiosk or app. */
@Schema(name = "ResponseRequest", examples = """
        {"language":"id","answers":{"USIA":"25_34","JENIS_KELAMIN":"P","U1":3,"U2":4,"U3":3,"U4":4,"U5":3,"U6":4,
         "U7":4,"U8":3,"U9":2,"SARAN":"Antrean di loket 2 terlalu lama."},"sourceTag":"loket-1"}""")
public record ResponseRequest(
        @Pattern(regexp = "id|en", message = "must be id or en")
        @Schema(description = "Language the resident answered in (default id).", examples = "id")
        String language,

        @NotNull
        @Size(max = 200)
        @Schema(
                description = "Answers by question code: a LIKERT point or option value (string or number), a list of"
                        + " values for MULTI_CHOICE, text for TEXT, a number for NUMBER, YES/NO (or true/false) for YES_NO."
                        + " Leave optional questions out.")
        Map<String, JsonNode> answers,

        @Size(max = 200)
        @Schema(
                description = "Tag of the channel-tagged link the resident came from (the k of /s/{slug}?k=loket-1):"
                        + " 1–40 lower-case letters, digits or -, naming a place or medium, never a person. A tag that"
                        + " does not fit is ignored (the response is stored without one), never refused.",
                examples = "loket-1")
        String sourceTag) {}
