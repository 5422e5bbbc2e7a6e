package id.suarawarga.web.staff.program;

import io.quarkus.qute.TemplateExtension;
import java.util.Map;

/**
 * The Smart City dimensions and sub-dimensions in Indonesian for the console ({@code sc:}): the framework's
 * reference data keeps the official (partly English) names, which are shown beside these.
 */
@TemplateExtension(namespace = "sc")
public final class SmartCityWords {

    private static final Map<String, String> DIMENSIONS = Map.of(
            "GOVERNANCE", "Tata Kelola Pemerintahan",
            "BRANDING", "Citra Daerah",
            "ECONOMY", "Ekonomi",
            "LIVING", "Kualitas Hidup",
            "SOCIETY", "Masyarakat",
            "ENVIRONMENT", "Lingkungan");

    private static final Map<String, String> SUB_DIMENSIONS = Map.ofEntries(
            Map.entry("TOURISM_BRANDING", "Citra Pariwisata"),
            Map.entry("BUSINESS_BRANDING", "Citra Usaha"),
            Map.entry("CITY_APPEARANCE_BRANDING", "Wajah Kota"),
            Map.entry("INDUSTRY", "Industri"),
            Map.entry("WELFARE", "Kesejahteraan"),
            Map.entry("TRANSACTION", "Transaksi"),
            Map.entry("HARMONY", "Kerukunan"),
            Map.entry("HEALTH", "Kesehatan"),
            Map.entry("MOBILITY", "Mobilitas"));

    private SmartCityWords() {}

    /** GOVERNANCE, "Smart Governance" → "Tata Kelola Pemerintahan (Smart Governance)". */
    static String dimension(String code, String officialName) {
        String indonesian = DIMENSIONS.get(code);
        return indonesian == null ? officialName : indonesian + " (" + officialName + ")";
    }

    /** INDUSTRY, "Industry" → "Industri (Industry)"; Layanan Publik stays as it is. */
    static String subDimension(String code, String officialName) {
        String indonesian = SUB_DIMENSIONS.get(code);
        return indonesian == null ? officialName : indonesian + " (" + officialName + ")";
    }
}
