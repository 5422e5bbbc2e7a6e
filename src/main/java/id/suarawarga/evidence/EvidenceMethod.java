package id.suarawarga.evidence;

import id.suarawarga.score.ScoreFilter;
import java.util.ArrayList;
import java.util.List;

/** The "Metode" of the evidence pack in Bahasa Indonesia: how every figure in it was computed. */
final class EvidenceMethod {

    private EvidenceMethod() {}

    static List<EvidencePack.Method> lines(ScoreFilter filter) {
        List<EvidencePack.Method> lines = new ArrayList<>();
        lines.add(new EvidencePack.Method(
                "Dasar",
                "Survei Kepuasan Masyarakat menurut PermenPANRB 14/2017 (sembilan unsur U1–U9, nilai 1–4) dan"
                        + " pertanyaan manfaat program (survei dampak Gerakan Menuju 100 Smart City)."));
        lines.add(new EvidencePack.Method(
                "Rumus IKM",
                "NRR per unsur = jumlah nilai unsur ÷ jumlah responden yang menjawab unsur itu. IKM = Σ NRR × 1/9"
                        + " (tepat sepersembilan, bukan 0,11 yang dibulatkan). IKM konversi = IKM × 25 (skala"
                        + " 25–100). Nilai disimpan tanpa pembulatan; pembulatan dua desimal hanya untuk tampilan."));
        lines.add(new EvidencePack.Method(
                "Mutu pelayanan",
                "Pada IKM konversi yang dibulatkan dua desimal: ≥ 88,31 A (Sangat Baik); ≥ 76,61 B (Baik);"
                        + " ≥ 65,00 C (Kurang Baik); di bawahnya D (Tidak Baik)."));
        lines.add(new EvidencePack.Method(
                "Skor manfaat",
                "Rata-rata jawaban pertanyaan manfaat pada skala 1–4 (pertanyaan berskala 5 diubah ke 1–4:"
                        + " 1 + (nilai − 1) × 3/4)."));
        lines.add(new EvidencePack.Method(
                "Selang kepercayaan 95%",
                "Rata-rata tiap responden atas unsur yang dijawabnya, lalu selang t-Student dari rata-rata itu"
                        + " (× 25 untuk IKM konversi), dengan koreksi populasi terbatas bila populasi sasaran program"
                        + " diketahui. Tidak ada selang di bawah 2 responden."));
        lines.add(new EvidencePack.Method(
                "Penggabungan",
                "Subdimensi, dimensi dan daerah menggabungkan responden semua programnya (jawaban per unsur dan per"
                        + " pertanyaan manfaat dijumlahkan), jadi setiap program berbobot sebanyak respondennya; IKM dan"
                        + " skor manfaat gabungan dihitung dengan rumus yang sama. Angka ini sama dengan API evaluasi"
                        + " (/api/v1/scores/regions/{kode}/{tahun})."));
        lines.add(new EvidencePack.Method(
                "Kuota",
                "50 responden per subdimensi (satu program per subdimensi); nilai dengan n < 30 bersifat sementara."));
        lines.add(new EvidencePack.Method(
                "Jawaban yang ditandai",
                "Jawaban yang ditandai mencurigakan (misalnya terlalu cepat atau berulang dari perangkat yang sama)"
                        + " tidak dihitung, kecuali petugas meninjaunya dan menyatakannya dihitung. Tidak ada jawaban"
                        + " yang dihapus."));
        lines.add(new EvidencePack.Method(
                "Periode dan kanal",
                "Periode = tanggal jawaban pertama dan terakhir yang dihitung, dalam zona waktu daerah. Kanal: Tautan"
                        + " atau QR (WEB), Aplikasi (API), Tablet di loket (KIOSK), Petugas lapangan (ENUMERATOR),"
                        + " Formulir kertas (PAPER), Impor berkas (IMPORT)."));
        lines.add(new EvidencePack.Method(
                "Perlindungan data",
                "Berkas ini hanya memuat angka gabungan per program: tanpa jawaban perorangan, komentar atau rincian"
                        + " profil responden, jadi tidak ada sel kecil yang perlu disembunyikan. Rincian profil di"
                        + " laporan SKM menyembunyikan sel di bawah 5 responden."));
        lines.add(new EvidencePack.Method(
                "Tahap",
                filter.round() == null
                        ? "Semua jawaban tahun ini (tanpa pembatasan tahap)."
                        : "Hanya jawaban yang masuk pada " + filter.round().name() + ": "
                                + filter.round().startsOn()
                                + " s.d. " + filter.round().endsOn() + " (kedua hari termasuk, zona waktu "
                                + filter.round().timeZone() + ")."));
        return lines;
    }
}
