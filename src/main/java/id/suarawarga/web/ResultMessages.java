package id.suarawarga.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Every text of the public results pages: Bahasa Indonesia here, English in {@code messages/hasil_en.properties}. */
@MessageBundle(value = "hasil", locale = "id")
public interface ResultMessages {

    @Message("English")
    String otherLanguage();

    @Message("en")
    String otherLang();

    @Message("Hasil survei warga")
    String siteTitle();

    @Message("Hasil survei: {name}")
    String programTitle(String name);

    @Message("{agency} · {region} · tahun {year}")
    String programMeta(String agency, String region, int year);

    @Message("Indeks Kepuasan Masyarakat (IKM)")
    String ikmHeading();

    @Message("dari 100")
    String outOf100();

    @Message("Mutu pelayanan")
    String category();

    @Message("{n} warga menjawab")
    String respondents(long n);

    @Message("Periode: {from} s.d. {to}.")
    String period(String from, String to);

    @Message("Survei masih berjalan; angka dapat berubah.")
    String stillOpen();

    @Message("Dengan keyakinan 95%, nilai sebenarnya antara {low} dan {high}.")
    String interval(String low, String high);

    @Message("Sementara: kurang dari 30 warga menjawab, jadi nilai ini masih dapat banyak berubah.")
    String provisional();

    @Message("Belum ada nilai yang ditampilkan: nilai baru diumumkan setelah paling sedikit {min} warga menjawab, agar"
            + " jawaban seseorang tidak dapat dikenali.")
    String suppressed(int min);

    @Message("Belum ada jawaban tentang unsur pelayanan.")
    String noIkm();

    @Message("Skor manfaat program")
    String benefitHeading();

    @Message("dari 4")
    String outOf4();

    @Message("Seberapa besar manfaat program yang dirasakan warga (1 = tidak bermanfaat, 4 = sangat bermanfaat).")
    String benefitHelp();

    @Message("Antara {low} dan {high} (keyakinan 95%, {n} warga).")
    String benefitInterval(String low, String high, long n);

    @Message("Nilai per unsur pelayanan")
    String elementsHeading();

    @Message("Skala 25–100. Mutu: A Sangat Baik (mulai 88,31) · B Baik (mulai 76,61) · C Kurang Baik (mulai 65,00) ·"
            + " D Tidak Baik.")
    String elementsHelp();

    @Message("kurang dari {min} jawaban")
    String elementSuppressed(int min);

    @Message("Anda berkata, kami lakukan")
    String followUpHeading();

    @Message("Rencana tindak lanjut {agency} untuk unsur yang nilainya paling rendah.")
    String followUpIntro(String agency);

    @Message("Rencana tindak lanjut belum diumumkan.")
    String followUpNone();

    @Message("Unsur")
    String followUpElements();

    @Message("Penanggung jawab")
    String followUpResponsible();

    @Message("Target selesai")
    String followUpDue();

    @Message("Hasil")
    String followUpResult();

    @Message("Direncanakan")
    String status_PLANNED();

    @Message("Sedang berjalan")
    String status_IN_PROGRESS();

    @Message("Selesai")
    String status_DONE();

    @Message("Unduh data")
    String downloads();

    @Message("Semua hasil {region} tahun {year}")
    String regionLink(String region, int year);

    @Message("Hasil survei warga {region} tahun {year}")
    String regionTitle(String region, int year);

    @Message("Kepuasan warga terhadap program Smart City, menurut Survei Kepuasan Masyarakat (PermenPANRB 14/2017)."
            + " Pilih program untuk melihat nilai per unsur dan tindak lanjutnya.")
    String regionIntro();

    @Message("Belum ada hasil yang diumumkan untuk tahun ini.")
    String regionEmpty();

    @Message("IKM")
    String ikmShort();

    @Message("Hasil tidak ditemukan")
    String notFoundTitle();

    @Message("Hasil survei ini tidak ada atau belum diumumkan. Periksa kembali tautannya.")
    String notFoundBody();

    @Message("Lihat hasil survei")
    String thanksResults();
}
