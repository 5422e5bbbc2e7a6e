package id.suarawarga.followup;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A follow-up action as created or replaced: which elements, what, who, by when, its status and result. */
@Schema(name = "FollowUpRequest")
public record FollowUpRequest(
        @Schema(
                description =
                        "The SKM elements (unsur) the action answers, U1 to U9; at least one. The weakest elements"
                                + " are suggested by GET …/follow-up-actions.",
                examples = "[\"U3\", \"U9\"]",
                required = true)
        List<String> elements,

        @Schema(
                description = "What will be done, in a sentence or two (1 to 1000 characters).",
                examples = "Menambah satu loket pengambilan dokumen pada jam sibuk (08.00–11.00).",
                required = true)
        String action,

        @Schema(
                description = "The unit or position responsible (1 to 200 characters); a unit, not a person's name.",
                examples = "Bidang Pelayanan DPMPTSP",
                required = true)
        String responsible,

        @Schema(description = "By when (ISO date).", examples = "2024-11-30", required = true)
        LocalDate dueDate,

        @Schema(
                description = "PLANNED (direncanakan), IN_PROGRESS (berjalan) or DONE (selesai).",
                examples = "PLANNED",
                required = true)
        FollowUpStatus status,

        @Schema(
                description = "What came of it (up to 2000 characters); required once the status is DONE.",
                examples = "Waktu tunggu rata-rata turun dari 45 menjadi 20 menit.")
        String result) {

    public static final int MAX_ACTION = 1000;
    public static final int MAX_RESPONSIBLE = 200;
    public static final int MAX_RESULT = 2000;
}
