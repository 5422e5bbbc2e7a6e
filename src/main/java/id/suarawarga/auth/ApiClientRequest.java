package id.suarawarga.auth;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Creates an evaluation API client. */
@Schema(name = "ApiClientRequest", examples = """
        {"name":"Evaluasi Smart City 2024 (Komdigi)","regions":["63.71"]}""")
public record ApiClientRequest(
        @NotBlank @Size(max = 120) String name,

        @NotEmpty @Size(max = 600) @Schema(description = "Kemendagri codes of the regions the client may read.")
        List<
                        @NotNull
                        @Pattern(regexp = "[0-9]{2}\\.[0-9]{2}", message = "must be a Kemendagri code such as 63.71")
                        String>
                regions) {}
