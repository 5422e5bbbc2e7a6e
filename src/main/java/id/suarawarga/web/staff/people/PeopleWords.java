package id.suarawarga.web.staff.people;

import id.suarawarga.auth.StaffRole;

/** Roles, states and confirmations of the people and keys pages in words a region's officer uses. */
final class PeopleWords {

    private PeopleWords() {}

    static String roleLabel(StaffRole role, String regionCode) {
        if (role == null) {
            return "";
        }
        return switch (role) {
            case ADMIN -> regionCode == null ? "Admin nasional" : "Admin daerah";
            case PROGRAM_OWNER -> "Pemilik program (OPD)";
            case EVALUATOR -> regionCode == null ? "Evaluator nasional" : "Evaluator daerah";
            case ENUMERATOR -> "Petugas lapangan";
        };
    }

    /** The role a form names; null (said at the field) when it names none. */
    static StaffRole role(String value) {
        if (value == null) {
            return null;
        }
        for (StaffRole role : StaffRole.values()) {
            if (role.name().equals(value.strip())) {
                return role;
            }
        }
        return null;
    }

    /** The confirmation after a change ({@code ?disimpan=}), or null. */
    static String saved(String what) {
        if (what == null) {
            return null;
        }
        return switch (what) {
            case "ubah" -> "Perubahan tersimpan.";
            case "aktif" -> "Akun diaktifkan lagi: orang ini bisa masuk.";
            case "nonaktif" -> "Akun dinonaktifkan: orang ini tidak bisa masuk lagi (sesi yang terbuka berakhir).";
            case "kunci" -> "Kunci API dicabut: sistem yang memakainya tidak bisa mengambil data lagi.";
            case "sandi" -> "Kata sandi Anda sudah diganti. Pakai kata sandi baru saat masuk berikutnya.";
            default -> null;
        };
    }

    /** A page number as people type it (from 1); anything else is the first page. */
    static int pageNumber(String page) {
        try {
            int value = page == null ? 1 : Integer.parseInt(page.strip());
            return value >= 1 && value <= 100_000 ? value : 1;
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
