package id.suarawarga.insight;

import id.suarawarga.questionnaire.QuestionTag;
import java.util.EnumMap;
import java.util.Map;

/** What each SKM element (PermenPANRB 14/2017) and impact aspect is called, in Bahasa Indonesia. */
public final class ElementNames {

    private static final Map<QuestionTag, String> NAMES = new EnumMap<>(QuestionTag.class);

    static {
        NAMES.put(QuestionTag.U1, "Persyaratan");
        NAMES.put(QuestionTag.U2, "Sistem, Mekanisme, dan Prosedur");
        NAMES.put(QuestionTag.U3, "Waktu Penyelesaian");
        NAMES.put(QuestionTag.U4, "Biaya/Tarif");
        NAMES.put(QuestionTag.U5, "Produk Spesifikasi Jenis Pelayanan");
        NAMES.put(QuestionTag.U6, "Kompetensi Pelaksana");
        NAMES.put(QuestionTag.U7, "Perilaku Pelaksana");
        NAMES.put(QuestionTag.U8, "Sarana dan Prasarana");
        NAMES.put(QuestionTag.U9, "Penanganan Pengaduan, Saran dan Masukan");
        NAMES.put(QuestionTag.BENEFIT, "Manfaat");
        NAMES.put(QuestionTag.ACCESS, "Kemudahan akses");
        NAMES.put(QuestionTag.RECOMMENDATION, "Kesediaan merekomendasikan");
        NAMES.put(QuestionTag.SUSTAINABILITY, "Keberlanjutan");
        NAMES.put(QuestionTag.PARTICIPATION, "Partisipasi");
    }

    private ElementNames() {}

    /** The name of an element or aspect by its tag (e.g. U3 → Waktu Penyelesaian); the tag itself when unknown. */
    public static String of(String tag) {
        try {
            return NAMES.getOrDefault(QuestionTag.valueOf(tag), tag);
        } catch (IllegalArgumentException e) {
            return tag;
        }
    }
}
