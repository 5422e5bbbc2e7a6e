package id.suarawarga.questionnaire;

/**
 * What a question measures, for scoring and reporting: an SKM element (U1–U9, PermenPANRB 14/2017), an impact
 * aspect of the program, a respondent-profile attribute, or the suggestion box.
 */
public enum QuestionTag {
    U1("Persyaratan"),
    U2("Sistem, Mekanisme, dan Prosedur"),
    U3("Waktu Penyelesaian"),
    U4("Biaya/Tarif"),
    U5("Produk Spesifikasi Jenis Pelayanan"),
    U6("Kompetensi Pelaksana"),
    U7("Perilaku Pelaksana"),
    U8("Sarana dan Prasarana"),
    U9("Penanganan Pengaduan, Saran dan Masukan"),
    BENEFIT("Manfaat"),
    ACCESS("Kemudahan akses"),
    RECOMMENDATION("Kesediaan merekomendasikan"),
    SUSTAINABILITY("Keberlanjutan"),
    PARTICIPATION("Partisipasi"),
    PROFILE_SEX("Jenis kelamin"),
    PROFILE_AGE("Usia"),
    PROFILE_EDUCATION("Pendidikan"),
    PROFILE_OCCUPATION("Pekerjaan"),
    PROFILE_SERVICE("Layanan yang diterima"),
    SUGGESTION("Saran");

    private final String indonesianName;

    QuestionTag(String indonesianName) {
        this.indonesianName = indonesianName;
    }

    /** What the element or aspect is called in reports, e.g. U3 → "Waktu Penyelesaian" (PermenPANRB 14/2017). */
    public String indonesianName() {
        return indonesianName;
    }

    /** The Indonesian name of a tag given by its code; the code itself when it is no tag. */
    public static String nameOf(String code) {
        for (QuestionTag tag : values()) {
            if (tag.name().equals(code)) {
                return tag.indonesianName;
            }
        }
        return code;
    }

    public boolean isSkmElement() {
        return name().length() == 2 && name().charAt(0) == 'U';
    }

    public boolean isImpact() {
        return this == BENEFIT
                || this == ACCESS
                || this == RECOMMENDATION
                || this == SUSTAINABILITY
                || this == PARTICIPATION;
    }

    public boolean isProfile() {
        return name().startsWith("PROFILE_");
    }

    /** Tags that may feed a score (on a Likert question). */
    public boolean isScorable() {
        return isSkmElement() || isImpact();
    }

    /** Tags a questionnaire may hold at most once. */
    public boolean isUniquePerQuestionnaire() {
        return isSkmElement() || isProfile();
    }
}
