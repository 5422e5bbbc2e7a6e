package id.suarawarga.publication;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Whether a questionnaire's results are shown on the public results pages. */
@Schema(name = "ResultPublicationRequest")
public record PublicationRequest(
        @Schema(
                description = "true: shown on the public results pages (cells under 5 respondents stay hidden);"
                        + " false: withdrawn.",
                examples = "true",
                required = true)
        Boolean published) {}
