package id.suarawarga.followup;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A questionnaire's follow-up plan: the weakest elements to act on, and the actions so far. */
@Schema(name = "FollowUpPlan")
public record FollowUpPlanView(
        @Schema(description = "The questionnaire.", examples = "1")
        long questionnaireId,

        @Schema(description = "The weakest SKM elements (lowest score first, up to three); empty without scores.")
        List<Suggestion> weakestElements,

        @Schema(description = "The actions, soonest due first.")
        List<FollowUpView> actions) {

    /** A weak element suggested for action, with its score. */
    @Schema(name = "FollowUpSuggestion")
    public record Suggestion(
            @Schema(description = "Element code.", examples = "U3")
            String element,

            @Schema(description = "Element name (Indonesian).", examples = "Waktu Penyelesaian")
            String name,

            @Schema(description = "The element's NRR × 25 (25–100).", examples = "68.4")
            double konversi,

            @Schema(description = "Its quality category A–D.", examples = "C")
            String category,

            @Schema(description = "Respondents who answered it.", examples = "55")
            long n) {}
}
