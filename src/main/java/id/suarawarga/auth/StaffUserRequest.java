package id.suarawarga.auth;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Creates a staff account. Without a password one is generated and shown once in the answer. */
@Schema(name = "StaffUserRequest", examples = """
        {"username":"dinkes.banjarmasin","displayName":"Dinas Kesehatan","role":"PROGRAM_OWNER","regionCode":"63.71","programIds":[12]}""")
public record StaffUserRequest(
        @NotBlank
        @Pattern(
                regexp = "[A-Za-z0-9][A-Za-z0-9._@-]{2,59}",
                message = "must be 3–60 letters, digits or . _ @ -, starting with a letter or digit")
        String username,

        @NotBlank @Size(max = 120) String displayName,
        @NotNull StaffRole role,

        @Schema(
                description =
                        "Kemendagri code of the user's region; omit for national admins and evaluators (national admins only).")
        @Pattern(regexp = "[0-9]{2}\\.[0-9]{2}", message = "must be a Kemendagri code such as 63.71")
        String regionCode,

        @Schema(description = "Programs a PROGRAM_OWNER runs or an ENUMERATOR collects for (all in the user's region).")
        @Size(max = 500)
        List<@NotNull Long> programIds,

        @Schema(description = "12 to 72 characters (at most 72 bytes in UTF-8); omit to have one generated.")
        @Size(min = 12, max = 72)
        String password) {}
