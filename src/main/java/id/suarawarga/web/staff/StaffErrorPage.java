package id.suarawarga.web.staff;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.Response;

/**
 * Errors under {@code /dasbor} as a staff page: a mistyped address, a missing right or an expired form is said in
 * an officer's words, in the dashboard's look, with a way back; never the residents' "check the QR code" page.
 * Needs no signed-in identity (it may be drawn where none was resolved), so the header shows no name.
 */
public final class StaffErrorPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance error(int status, String heading, String body);
    }

    private StaffErrorPage() {}

    /** Whether errors on this path are for staff. */
    public static boolean isStaffPath(String path) {
        return path != null && (path.equals("/dasbor") || path.startsWith("/dasbor/"));
    }

    public static Response render(int status) {
        String heading;
        String body;
        switch (status) {
            case 400, 404, 405 -> {
                heading = "Halaman tidak ditemukan";
                body = "Alamat ini tidak ada di dasbor, atau halaman itu bukan untuk akun Anda. Periksa alamatnya, atau"
                        + " kembali ke ringkasan dan pilih dari menu.";
            }
            case 403 -> {
                heading = "Tidak dapat dibuka";
                body =
                        "Akun Anda tidak berhak membuka atau mengubah ini, atau formulirnya sudah kedaluwarsa. Muat ulang"
                                + " halaman sebelumnya lalu coba lagi; jika perlu akses, hubungi admin daerah Anda.";
            }
            case 409, 422 -> {
                heading = "Belum bisa disimpan";
                body = "Perubahan ini tidak cocok dengan keadaan data sekarang (mungkin orang lain baru mengubahnya)."
                        + " Muat ulang halaman lalu coba lagi.";
            }
            case 413 -> {
                heading = "Berkas terlalu besar";
                body =
                        "Berkas yang diunggah melebihi batas ukuran, jadi tidak ada yang disimpan. Bagi berkasnya menjadi"
                                + " beberapa bagian (misalnya per bulan) lalu unggah satu per satu. (File too large: split it and"
                                + " upload the parts one by one.)";
            }
            case 503 -> {
                heading = "Sedang ada gangguan";
                body = "Layanan sedang dipulihkan. Tidak ada yang hilang; coba lagi dalam satu menit.";
            }
            default -> {
                heading = "Maaf, terjadi gangguan";
                body =
                        "Permintaan Anda belum dapat diproses. Coba lagi sebentar lagi; jika terus terjadi, laporkan waktu"
                                + " kejadiannya ke admin daerah Anda.";
            }
        }
        return Response.fromResponse(StaffPages.page(Templates.error(status, heading, body)))
                .status(status)
                .build();
    }
}
