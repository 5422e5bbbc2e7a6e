package id.suarawarga.importing;

/** Spreadsheet column letters: 1 is A, 27 is AA. */
public final class Columns {

    private Columns() {}

    public static String letter(int column) {
        StringBuilder letters = new StringBuilder();
        for (int n = column; n > 0; n = (n - 1) / 26) {
            letters.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return letters.toString();
    }
}
