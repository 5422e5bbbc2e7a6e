package id.suarawarga.round;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A round to create or the new state of one: its name, year and days (both included, in the region's time zone). */
@Schema(name = "RoundRequest", examples = """
        {"name":"Tahap 1","year":2024,"startsOn":"2024-03-01","endsOn":"2024-06-30"}""")
public record RoundRequest(
        @NotBlank @Size(max = 60) @Schema(description = "Name of the round (tahap).", examples = "Tahap 1")
        String name,

        @NotNull
        @Min(2017)
        @Max(2100)
        @Schema(description = "Evaluation year; both days must fall in it.", examples = "2024")
        Integer year,

        @NotNull
        @Schema(description = "First day of the round, included (region's local date).", examples = "2024-03-01")
        LocalDate startsOn,

        @NotNull
        @Schema(description = "Last day of the round, included (region's local date).", examples = "2024-06-30")
        LocalDate endsOn) {}
