package id.suarawarga.publication;

import id.suarawarga.followup.FollowUpStatus;
import id.suarawarga.program.ProgramView;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A program's published results for residents: IKM with category, n, period and interval, each SKM element, the
 * benefit score and the follow-up actions. Scores of fewer than {@link PublicResultService#MINIMUM_RESPONSES}
 * respondents are left out ({@code suppressed}).
 */
@Schema(name = "PublicProgramResults")
public record PublicProgramResultView(
        PublicProgram program,

        @Schema(description = "Version of the questionnaire the results come from.", examples = "1")
        int questionnaireVersion,

        @Schema(description = "Whether the questionnaire still takes answers.", examples = "true")
        boolean collecting,

        @Schema(description = "First day with a counted response (region's local date); null without responses.")
        LocalDate periodFrom,

        @Schema(description = "Last day with a counted response; null without responses.")
        LocalDate periodTo,

        @Schema(description = "Responses counted (flagged responses not counted).", examples = "55")
        long responses,

        @Schema(description = "Fewest respondents a score is shown for.", examples = "5")
        int minimumResponses,

        @Schema(
                description = "true when fewer than minimumResponses answered: no score is shown, so that no answer"
                        + " can be traced to a resident.",
                examples = "false")
        boolean suppressed,

        @Schema(description = "IKM; null when suppressed or no SKM element was answered.")
        PublicIkm ikm,

        @Schema(description = "The benefit score (1–4); null when suppressed or not asked.")
        PublicBenefit benefit,

        @Schema(description = "The nine SKM elements; a score is null when fewer than 5 answered it.")
        List<PublicElement> elements,

        @Schema(description = "The follow-up actions (\"You said, we did\"), soonest due first.")
        List<PublicAction> followUp,

        @Schema(description = "When these figures were read.")
        Instant asOf) {

    /** The program. */
    @Schema(name = "PublicProgram")
    public record PublicProgram(
            @Schema(examples = "si-mantab") String slug,
            @Schema(examples = "Si Mantab") String name,
            @Schema(examples = "DPMPTSP Kota Banjarmasin") String agency,
            @Schema(examples = "63.71") String regionCode,
            @Schema(examples = "Kota Banjarmasin") String regionName,
            @Schema(examples = "2024") int year,
            ProgramView.CodeName dimension,
            ProgramView.CodeName subDimension) {}

    /** The IKM (PermenPANRB 14/2017) with its category and 95% interval on the 25–100 scale. */
    @Schema(name = "PublicIkm")
    public record PublicIkm(
            @Schema(description = "IKM konversi, 25–100 (IKM × 25), unrounded.", examples = "82.0")
            double konversi,

            @Schema(description = "Category A–D on konversi (A ≥ 88.31, B ≥ 76.61, C ≥ 65.00).", examples = "B")
            String category,

            @Schema(description = "Category label in Indonesian.", examples = "Baik")
            String categoryLabel,

            @Schema(description = "Category label in English.", examples = "Good")
            String categoryLabelEn,

            @Schema(
                    description = "Lower end of the 95% interval of konversi; null below 2 respondents.",
                    examples = "80.1")
            Double low,

            @Schema(description = "Upper end of the 95% interval of konversi.", examples = "83.9")
            Double high,

            @Schema(description = "Respondents behind the IKM.", examples = "55")
            long n,

            @Schema(description = "Fewer than 30 respondents: read with care.", examples = "false")
            boolean provisional) {}

    /** The benefit score on 1–4 with its 95% interval. */
    @Schema(name = "PublicBenefit")
    public record PublicBenefit(
            @Schema(description = "Mean benefit on 1–4.", examples = "3.41")
            double value,

            @Schema(description = "Lower end of the 95% interval.", examples = "3.3")
            Double low,

            @Schema(description = "Upper end of the 95% interval.", examples = "3.52")
            Double high,

            @Schema(description = "Respondents behind it.", examples = "55")
            long n,

            @Schema(description = "Fewer than 30 respondents.", examples = "false")
            boolean provisional) {}

    /** One SKM element (unsur). */
    @Schema(name = "PublicElement")
    public record PublicElement(
            @Schema(examples = "U3") String code,
            @Schema(examples = "Waktu Penyelesaian") String name,
            @Schema(examples = "Completion time") String nameEn,

            @Schema(description = "Respondents who answered it.", examples = "55")
            long n,

            @Schema(description = "NRR × 25 (25–100); null when suppressed.", examples = "68.4")
            Double konversi,

            @Schema(description = "Category A–D; null when suppressed.", examples = "C")
            String category,

            @Schema(description = "Fewer than 5 answered it: no score shown.", examples = "false")
            boolean suppressed) {}

    /** A follow-up action as residents see it. */
    @Schema(name = "PublicFollowUpAction")
    public record PublicAction(
            @Schema(examples = "[\"U3\"]") List<String> elements,
            @Schema(examples = "[\"Waktu Penyelesaian\"]") List<String> elementNames,
            @Schema(examples = "[\"Completion time\"]") List<String> elementNamesEn,
            @Schema(description = "What will be done.") String action,
            @Schema(description = "The unit responsible.") String responsible,
            @Schema(description = "By when.") LocalDate dueDate,

            @Schema(description = "PLANNED, IN_PROGRESS or DONE.")
            FollowUpStatus status,

            @Schema(description = "What came of it; null until reported.")
            String result) {}
}
