package id.suarawarga.field;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A paper sheet typed in by staff (or a transcription tool): its batch, its number and its answers. */
@Schema(name = "PaperSheetRequest", examples = """
        {"batch":"pasar-kamis","sheet":7,"answers":{"USIA":"25_34","U1":3,"U2":4,"U3":3,"U4":4,"U5":3,"U6":4,
         "U7":4,"U8":3,"U9":2}}""")
public record PaperSheetRequest(
        @Schema(description = "The stack the sheet came in: 1-40 letters, digits or hyphens (case does not matter).")
        String batch,

        @Schema(description = "The number in the sheet's response number box, unique within its batch (1-999999).")
        Integer sheet,

        @NotNull
        @Size(max = 200)
        @Schema(description = "Answers by question code, as in the public API (option values, not printed numbers).")
        Map<String, JsonNode> answers) {}
