package id.suarawarga.region;

import java.time.ZoneId;

/**
 * Indonesia's three time zones by Kemendagri province code (the first two digits of a region's code): WIB for
 * Sumatra, Java and West/Central Kalimantan; WITA for Bali, Nusa Tenggara, South/East/North Kalimantan and Sulawesi;
 * WIT for Maluku and Papua. So a Banjarmasin (63.71) officer reads times in WITA, as on their wall clock.
 */
public final class RegionTimeZones {

    public static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    public static final ZoneId WITA = ZoneId.of("Asia/Makassar");
    public static final ZoneId WIT = ZoneId.of("Asia/Jayapura");

    private RegionTimeZones() {}

    /** The zone of a region's code such as {@code 63.71}; WIB when the code is null or not known. */
    public static ZoneId of(String regionCode) {
        if (regionCode == null || regionCode.length() < 2) {
            return WIB;
        }
        int province;
        try {
            province = Integer.parseInt(regionCode.substring(0, 2));
        } catch (NumberFormatException e) {
            return WIB;
        }
        if (province == 51
                || province == 52
                || province == 53
                || (province >= 63 && province <= 65)
                || (province >= 71 && province <= 76)) {
            return WITA;
        }
        if (province == 81 || province == 82 || province >= 91) {
            return WIT;
        }
        return WIB;
    }

    /** WIB, WITA or WIT. */
    public static String abbreviation(ZoneId zone) {
        return zone.equals(WITA) ? "WITA" : zone.equals(WIT) ? "WIT" : "WIB";
    }
}
