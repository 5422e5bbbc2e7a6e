package id.suarawarga.publication;

import java.util.Map;

/** The SKM elements' and categories' names in English, beside the regulation's Indonesian (for the public pages). */
public final class ElementNames {

    private static final Map<String, String> ELEMENTS = Map.of(
            "U1", "Requirements",
            "U2", "Systems, mechanisms and procedures",
            "U3", "Completion time",
            "U4", "Cost/tariff",
            "U5", "Service products as specified",
            "U6", "Staff competence",
            "U7", "Staff conduct",
            "U8", "Facilities and infrastructure",
            "U9", "Handling of complaints, suggestions and feedback");

    private static final Map<String, String> CATEGORIES = Map.of(
            "A", "Very good",
            "B", "Good",
            "C", "Less than good",
            "D", "Not good");

    private ElementNames() {}

    /** U3 → "Completion time"; the code itself when it is no SKM element. */
    public static String english(String element) {
        return ELEMENTS.getOrDefault(element, element);
    }

    /** A category letter's label in English (B → "Good"). */
    public static String categoryEnglish(String category) {
        return category == null ? null : CATEGORIES.getOrDefault(category, category);
    }
}
