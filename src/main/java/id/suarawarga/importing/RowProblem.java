package id.suarawarga.importing;

/**
 * What is wrong with one row of an import, in both languages.
 *
 * @param row      the row number as the spreadsheet shows it (the header is row 1)
 * @param column   the column's letter (A, B …), or null for the whole row
 * @param header   the column's header
 * @param question the question code, or null
 */
public record RowProblem(int row, String column, String header, String question, String detailId, String detailEn) {}
