package id.suarawarga.publication;

import id.suarawarga.common.csv.CsvCells;
import java.util.List;
import java.util.StringJoiner;

/**
 * The public results as CSV (UTF-8 with a byte-order mark, so a spreadsheet opens the Indonesian names right):
 * exactly the figures of the JSON, suppressed cells empty. Every cell goes through {@link CsvCells}.
 */
public final class PublicResultCsv {

    private static final String BOM = "\uFEFF";

    private PublicResultCsv() {}

    /** One row per program: region, year, program, agency, dimension, n, IKM konversi and interval, benefit. */
    public static String region(PublicRegionResultView view) {
        StringBuilder csv = new StringBuilder(BOM);
        line(
                csv,
                List.of(
                        "region_code",
                        "region",
                        "year",
                        "program",
                        "agency",
                        "dimension",
                        "sub_dimension",
                        "responses",
                        "suppressed",
                        "ikm_konversi",
                        "category",
                        "ikm_low",
                        "ikm_high",
                        "benefit",
                        "benefit_low",
                        "benefit_high"));
        for (PublicRegionResultView.ProgramResult p : view.programs()) {
            var ikm = p.ikm();
            var benefit = p.benefit();
            line(
                    csv,
                    java.util.Arrays.asList(
                            view.regionCode(),
                            view.regionName(),
                            view.year(),
                            p.name(),
                            p.agency(),
                            p.dimension().name(),
                            p.subDimension().name(),
                            p.responses(),
                            p.suppressed(),
                            ikm == null ? null : round(ikm.konversi()),
                            ikm == null ? null : ikm.category(),
                            ikm == null ? null : round(ikm.low()),
                            ikm == null ? null : round(ikm.high()),
                            benefit == null ? null : round(benefit.value()),
                            benefit == null ? null : round(benefit.low()),
                            benefit == null ? null : round(benefit.high())));
        }
        return csv.toString();
    }

    /** One row per figure of a program: the IKM, the benefit score and each element (actions: in the JSON). */
    public static String program(PublicProgramResultView view) {
        StringBuilder csv = new StringBuilder(BOM);
        line(csv, List.of("measure", "code", "name", "n", "value", "low", "high", "category", "suppressed"));
        var ikm = view.ikm();
        line(
                csv,
                java.util.Arrays.asList(
                        "IKM",
                        "IKM",
                        "Indeks Kepuasan Masyarakat (25-100)",
                        view.responses(),
                        ikm == null ? null : round(ikm.konversi()),
                        ikm == null ? null : round(ikm.low()),
                        ikm == null ? null : round(ikm.high()),
                        ikm == null ? null : ikm.category(),
                        view.suppressed() || ikm == null));
        var benefit = view.benefit();
        line(
                csv,
                java.util.Arrays.asList(
                        "BENEFIT",
                        "MANFAAT",
                        "Skor manfaat (1-4)",
                        benefit == null ? null : benefit.n(),
                        benefit == null ? null : round(benefit.value()),
                        benefit == null ? null : round(benefit.low()),
                        benefit == null ? null : round(benefit.high()),
                        null,
                        benefit == null));
        for (PublicProgramResultView.PublicElement e : view.elements()) {
            line(
                    csv,
                    java.util.Arrays.asList(
                            "ELEMENT",
                            e.code(),
                            e.name(),
                            e.n(),
                            e.konversi() == null ? null : round(e.konversi()),
                            null,
                            null,
                            e.category(),
                            e.suppressed()));
        }
        return csv.toString();
    }

    private static void line(StringBuilder csv, List<?> cells) {
        StringJoiner row = new StringJoiner(",");
        cells.forEach(c -> row.add(CsvCells.cell(c)));
        csv.append(row).append("\r\n");
    }

    private static Double round(Double value) {
        return value == null ? null : Math.round(value * 100) / 100.0;
    }
}
