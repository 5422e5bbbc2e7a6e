package id.suarawarga.response;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Phone numbers, e-mail addresses and NIK-like numbers in comments are masked; ordinary numbers are kept. */
class PersonalDataMaskTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Hubungi saya 081234567890 ya|Hubungi saya [nomor telepon disamarkan] ya",
                "WA: 0812-3456-7890.|WA: [nomor telepon disamarkan].",
                "nomor +62 812 3456 7890|nomor [nomor telepon disamarkan]",
                "62812345678 atau 0811.234.567|[nomor telepon disamarkan] atau [nomor telepon disamarkan]",
                "kantor (0511) 3252123|kantor [nomor telepon disamarkan]",
                "telp 0511 325 2123 jam kerja|telp [nomor telepon disamarkan] jam kerja",
                "email saya budi.santoso@gmail.com terima kasih|email saya [email disamarkan] terima kasih",
                "Siti_W+skm@mail.banjarmasinkota.go.id|[email disamarkan]",
                "NIK 6371012304850001 mohon dicek|NIK [NIK disamarkan] mohon dicek",
                "NIK 6371 0123 0485 0001|NIK [NIK disamarkan]",
                "NIK 637101.230485.0001|NIK [NIK disamarkan]",
            })
    void masksWhatIdentifiesAResident(String typed, String stored) {
        assertThat(PersonalDataMask.mask(typed)).isEqualTo(stored);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Antri 2 jam, biaya Rp 150.000 padahal gratis",
                "Loket 3 buka 08.00 sampai 16.00 pada 12-03-2024",
                "Nilai 4 dari 5, tahun 2024",
                "Rp 1.500.000.000 untuk 1200 rumah",
                "ditunggu @petugas di loket",
            })
    void keepsOrdinaryNumbersAndWords(String typed) {
        assertThat(PersonalDataMask.mask(typed)).isEqualTo(typed);
    }
}
