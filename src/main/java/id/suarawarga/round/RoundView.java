package id.suarawarga.round;

import id.suarawarga.region.RegionTimeZones;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A round as the API shows it, with the instants its days cover in the region's time zone. */
@Schema(name = "Round", examples = """
        {"id":3,"regionCode":"63.71","year":2024,"name":"Tahap 1","startsOn":"2024-03-01","endsOn":"2024-06-30",
         "timeZone":"Asia/Makassar","from":"2024-02-29T16:00:00Z","until":"2024-06-30T16:00:00Z"}""")
public record RoundView(
        long id,
        String regionCode,
        int year,
        String name,
        LocalDate startsOn,
        LocalDate endsOn,
        String timeZone,
        Instant from,
        Instant until) {

    static RoundView of(EvaluationRound round) {
        return of(round.id, round.region.code, round.year, round.name, round.startsOn, round.endsOn);
    }

    static RoundView of(long id, String regionCode, int year, String name, LocalDate startsOn, LocalDate endsOn) {
        ZoneId zone = RegionTimeZones.of(regionCode);
        return new RoundView(
                id,
                regionCode,
                year,
                name,
                startsOn,
                endsOn,
                zone.getId(),
                startsOn.atStartOfDay(zone).toInstant(),
                endsOn.plusDays(1).atStartOfDay(zone).toInstant());
    }

    /** The round's days in words, e.g. "1 Mar 2024 – 30 Jun 2024". */
    public String days() {
        java.time.format.DateTimeFormatter f =
                java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", java.util.Locale.forLanguageTag("id"));
        return startsOn.format(f) + " – " + endsOn.format(f);
    }
}
