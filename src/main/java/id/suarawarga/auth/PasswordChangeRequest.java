package id.suarawarga.auth;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The signed-in person's own new password, with the current one as proof. */
@Schema(
        name = "PasswordChangeRequest",
        description = "The signed-in person's new password, with the current one as proof.")
public record PasswordChangeRequest(
        @NotBlank @Size(max = 200) @Schema(description = "The password the person signs in with now.")
        String currentPassword,

        @NotBlank
        @Size(min = 12, max = 200)
        @Schema(description = "At least 12 characters; not the user name, not the current password.")
        String newPassword) {}
