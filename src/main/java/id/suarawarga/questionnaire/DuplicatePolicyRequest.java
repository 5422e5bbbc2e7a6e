package id.suarawarga.questionnaire;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Sets a questionnaire's duplicate-device policy. */
@Schema(name = "DuplicatePolicyRequest", examples = """
        {"policy":"ALLOW"}""")
public record DuplicatePolicyRequest(@NotNull DuplicatePolicy policy) {}
