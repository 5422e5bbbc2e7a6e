package id.suarawarga.auth;

import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Who the caller is and what they may see. */
@Schema(name = "CurrentUserView")
public record CurrentUserView(
        String name,
        String displayName,
        Set<String> roles,
        @Schema(description = "Empty for national callers.") Set<String> regionCodes,
        @Schema(description = "Only for program owners.") List<Long> programIds) {}
