package id.suarawarga.web.staff;

import id.suarawarga.region.RegionTimeZones;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** A moment as a region's officer reads it: "6 Des 2026, 11.54 WITA", in the region's own time zone. */
public final class StaffTime {

    private static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("d MMM yyyy, HH.mm", Locale.forLanguageTag("id-ID"));

    private StaffTime() {}

    /** In the zone of {@code regionCode} (WIB when null: national events). */
    public static String dateTime(Instant at, String regionCode) {
        if (at == null) {
            return "—";
        }
        ZoneId zone = RegionTimeZones.of(regionCode);
        return DATE_TIME.format(at.atZone(zone)) + " " + RegionTimeZones.abbreviation(zone);
    }
}
