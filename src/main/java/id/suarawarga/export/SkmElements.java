package id.suarawarga.export;

import java.util.Map;

/** The names of the nine SKM elements (unsur) of PermenPANRB 14/2017, for report headings. */
final class SkmElements {

    private static final Map<String, String> NAMES = Map.of(
            "U1", "Persyaratan",
            "U2", "Sistem, Mekanisme, dan Prosedur",
            "U3", "Waktu Penyelesaian",
            "U4", "Biaya/Tarif",
            "U5", "Produk Spesifikasi Jenis Pelayanan",
            "U6", "Kompetensi Pelaksana",
            "U7", "Perilaku Pelaksana",
            "U8", "Sarana dan Prasarana",
            "U9", "Penanganan Pengaduan, Saran dan Masukan");

    private SkmElements() {}

    static String name(String code) {
        return NAMES.getOrDefault(code, code);
    }
}
