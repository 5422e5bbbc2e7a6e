package id.suarawarga.auth;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Changes a staff account; absent fields stay as they are. Role and region are fixed: create another account. */
@Schema(name = "StaffUserUpdateRequest", examples = """
        {"displayName":"Dinas Kesehatan Kota","active":true,"programIds":[12,13]}""")
public record StaffUserUpdateRequest(
        @Size(min = 1, max = 120) String displayName,

        @Schema(description = "False disables sign-in at once (existing sessions end at their next request).")
        Boolean active,

        @Size(max = 500) List<@NotNull Long> programIds,

        @Schema(
                description =
                        "A new password (12 to 72 characters, at most 72 bytes in UTF-8); also ends the user's sessions and lifts a sign-in delay.")
        @Size(min = 12, max = 72)
        String password) {}
