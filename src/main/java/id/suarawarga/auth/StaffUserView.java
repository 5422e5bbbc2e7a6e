package id.suarawarga.auth;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A staff account as shown to admins; the password hash never leaves the service. */
@Schema(name = "StaffUserView")
public record StaffUserView(
        long id,
        String username,
        String displayName,
        StaffRole role,
        @Schema(description = "Null for national accounts.") String regionCode,
        List<Long> programIds,
        boolean active,

        @Schema(description = "Set while the account is locked after repeated failed sign-ins.")
        Instant lockedUntil,

        Instant createdAt,

        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(
                description =
                        "Only in the answer that created the account without a password: shown once, never stored.")
        String generatedPassword) {

    static StaffUserView of(StaffUser user, String generatedPassword) {
        return new StaffUserView(
                user.id,
                user.username,
                user.displayName,
                user.role,
                user.region == null ? null : user.region.code,
                user.programIds.stream().sorted().toList(),
                user.active,
                user.lockedUntil,
                user.createdAt,
                generatedPassword);
    }
}
