package id.suarawarga.questionnaire;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Text shown to residents: Bahasa Indonesia always, English optionally. */
@Schema(name = "LocalizedText", examples = """
        {"id":"Bagaimana pendapat Saudara tentang kecepatan waktu dalam memberikan pelayanan?",
         "en":"How do you rate the speed of the service?"}""")
public record LocalizedText(
        @NotBlank @Size(max = 4000) @Schema(description = "Bahasa Indonesia (required).")
        String id,

        @Size(max = 4000)
        @Schema(
                description =
                        "English (optional; when the questionnaire has an English title, every text needs it to publish).")
        String en) {

    public static LocalizedText of(String id, String en) {
        return id == null ? null : new LocalizedText(id, en == null || en.isBlank() ? null : en);
    }
}
