package id.suarawarga.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Every text of the resident pages: Bahasa Indonesia here, English in {@code messages/msg_en.properties}. */
@MessageBundle(value = "msg", locale = "id")
public interface SurveyMessages {

    @Message("id")
    String lang();

    @Message("Bahasa Indonesia")
    String languageName();

    @Message("English")
    String otherLanguage();

    @Message("en")
    String otherLang();

    @Message("Catatan privasi")
    String consentHeading();

    @Message("Tanda * berarti wajib dijawab.")
    String requiredNote();

    @Message("wajib")
    String requiredMark();

    @Message("Jawab hanya jika jawaban Anda untuk pertanyaan {number} adalah: {answers}.")
    String showIfNote(int number, String answers);

    @Message("Kirim jawaban")
    String submit();

    @Message("Jangan isi kolom ini")
    String honeypotLabel();

    @Message("Ada {count} jawaban yang perlu diperbaiki:")
    String errorsHeading(int count);

    @Message("Pertanyaan ini wajib dijawab.")
    String error_REQUIRED();

    @Message("Pilih salah satu pilihan yang tersedia.")
    String error_NOT_AN_OPTION();

    @Message("Pilih satu jawaban saja.")
    String error_ONE_ANSWER_ONLY();

    @Message("Jawaban terlalu panjang: paling banyak {limit} karakter.")
    String error_TOO_LONG(String limit);

    @Message("Isi dengan angka, misalnya 12.")
    String error_NOT_A_NUMBER();

    @Message("Angka paling kecil {limit}.")
    String error_TOO_SMALL(String limit);

    @Message("Angka paling besar {limit}.")
    String error_TOO_LARGE(String limit);

    @Message("Pertanyaan ini tidak dikenal.")
    String error_UNKNOWN_QUESTION();

    @Message("Halaman perlu dimuat ulang. Jawaban Anda masih ada di bawah; silakan tekan Kirim sekali lagi.")
    String formExpired();

    @Message(
            "Saat ini sangat banyak jawaban masuk dari jaringan Anda. Jawaban Anda belum terkirim dan masih ada di bawah; silakan kirim lagi dalam satu menit.")
    String rateLimited();

    @Message(
            "Layanan sedang sibuk sebentar. Jawaban Anda belum terkirim dan masih ada di bawah; silakan tekan Kirim lagi dalam beberapa detik.")
    String unavailable();

    @Message("Layanan sedang dipulihkan")
    String unavailableTitle();

    @Message(
            "Suara Warga tidak dapat dijangkau sebentar. Jika Anda sedang mengisi survei, jawaban belum terkirim: kembali ke halaman sebelumnya dan coba lagi dalam beberapa detik.")
    String unavailableBody();

    @Message("Dengan jawaban ini survei selesai di sini. Tekan Kirim untuk mengakhiri.")
    String stopNotice();

    @Message("Terima kasih!")
    String thanksTitle();

    @Message(
            "Jawaban Anda sudah kami terima dan tersimpan. Masukan Anda membantu {agency} memperbaiki program {program}.")
    String thanksBody(String agency, String program);

    @Message("Anda boleh menutup halaman ini.")
    String thanksClose();

    @Message("Terima kasih atas minat Anda")
    String stoppedTitle();

    @Message(
            "Survei ini untuk warga berusia 18 tahun ke atas. Warga di bawah 18 tahun hanya dapat mengisi dengan persetujuan orang tua atau wali. Tidak ada jawaban yang disimpan.")
    String stoppedBody();

    @Message("Anda sudah mengisi survei ini")
    String alreadyTitle();

    @Message("Survei {program} sudah pernah diisi dari perangkat ini. Terima kasih atas partisipasi Anda!")
    String alreadyBody(String program);

    @Message("Survei tidak ditemukan")
    String notFoundTitle();

    @Message("Alamat survei ini tidak dikenal. Periksa kembali tautan atau kode QR yang Anda pindai.")
    String notFoundBody();

    @Message("Survei sudah ditutup")
    String closedTitle();

    @Message("Survei {program} sudah tidak menerima jawaban. Terima kasih atas perhatian Anda.")
    String closedBody(String program);

    @Message("Survei belum dibuka")
    String notOpenTitle();

    @Message("Survei {program} dibuka mulai {date}.")
    String notOpenBody(String program, String date);

    @Message("Maaf, terjadi gangguan")
    String errorTitle();

    @Message(
            "Permintaan Anda tidak dapat diproses. Jika Anda sedang mengisi survei, jawaban belum terkirim: kembali ke halaman sebelumnya dan coba lagi sebentar lagi.")
    String errorBody();

    @Message("Suara Warga")
    String siteName();

    // issue #20: what is masked in free text (PersonalDataMask)
    @Message("Jangan tulis nomor telepon, email, atau NIK: bila tertulis, kami samarkan sebelum jawaban disimpan.")
    String textPrivacyNote();

    // ---- issue #18: corrections, shared phones, kiosks, a plainer form ----

    @Message("Tanpa nama, NIK, atau nomor HP.")
    String noticeLine1();

    @Message("Hanya untuk memperbaiki layanan.")
    String noticeLine2();

    @Message("Sukarela: boleh berhenti kapan saja.")
    String noticeLine3();

    @Message("Baca pemberitahuan lengkap")
    String noticeMore();

    @Message("Tidak tahu / tidak berlaku")
    String dontKnow();

    @Message("Jawaban sudah terkirim")
    String sentTitle();

    @Message("Survei {program} sudah diisi dari HP ini, dan jawabannya sudah kami terima. Terima kasih!")
    String sentBody(String program);

    @Message("HP ini sudah dipakai mengisi survei ini. Apakah Anda orang yang berbeda?")
    String otherPersonQuestion();

    @Message("Ya, saya orang yang berbeda: mulai mengisi")
    String otherPersonYes();

    @Message("Jika Anda sudah mengisi, tidak perlu mengisi lagi. Anda boleh menutup halaman ini.")
    String otherPersonNo();

    @Message("Anda mengisi sebagai orang yang berbeda dari pengisi sebelumnya di HP ini.")
    String otherPersonNote();

    @Message("Ada orang lain yang ingin mengisi dari HP ini?")
    String thanksOther();

    @Message("Mode kiosk: setelah Anda selesai, formulir kembali kosong untuk warga berikutnya.")
    String kioskNote();

    @Message("Responden berikutnya")
    String kioskNext();

    @Message("Halaman ini kembali ke formulir kosong dalam {seconds} detik.")
    String kioskNextSoon(int seconds);

    @Message("Isian terlalu panjang")
    String tooLargeTitle();

    @Message(
            "Isian Anda terlalu panjang untuk dikirim, jadi belum tersimpan. Kembali ke halaman sebelumnya, persingkat komentar, lalu kirim lagi.")
    String tooLargeBody();
}
