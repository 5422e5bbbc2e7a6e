package id.suarawarga.score.stats;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The Krejcie–Morgan sample-size table (Educational and Psychological Measurement 30, 1970, Table 1), which the
 * SKM regulation points to, shipped as {@code score/krejcie-morgan.csv} (N = 10 … 1 000 000).
 *
 * <p>The rule for a population between rows: take the row of the smallest tabulated N ≥ the population, so the
 * sample is never smaller than the table's for that population (the required sample grows with N). Below the
 * first row the population itself is the answer (everyone); above the last row, the last row's 384, the
 * formula's limit (384.1) for an unbounded population.
 */
public final class KrejcieMorgan {

    /** The classpath resource holding the table: a header line, then {@code population,sample} rows. */
    public static final String RESOURCE = "score/krejcie-morgan.csv";

    /** χ² for 1 degree of freedom at 95%, as the paper gives it. */
    public static final double CHI_SQUARE = 3.841;
    /** The assumed population proportion, which maximises the sample. */
    public static final double PROPORTION = 0.5;
    /** The degree of accuracy (margin) as a proportion. */
    public static final double MARGIN = 0.05;

    /** One table row: a population N and the sample S it needs. */
    public record Row(long population, long sample) {}

    private static final class Shipped {
        static final KrejcieMorgan TABLE = load();
    }

    private final List<Row> rows;

    private KrejcieMorgan(List<Row> rows) {
        this.rows = List.copyOf(rows);
    }

    /** The table shipped with the service, read once. */
    public static KrejcieMorgan table() {
        return Shipped.TABLE;
    }

    public List<Row> rows() {
        return rows;
    }

    /**
     * The sample the table requires for a population of {@code population} (≥ 1): the row of the smallest
     * tabulated N ≥ population, never more than the population itself, and 384 beyond the last row.
     */
    public long requiredSample(long population) {
        if (population < 1) {
            throw new IllegalArgumentException("A population has at least one member, got " + population);
        }
        for (Row row : rows) {
            if (row.population() >= population) {
                return Math.min(row.sample(), population);
            }
        }
        return rows.get(rows.size() - 1).sample();
    }

    /**
     * The formula the table was built from, unrounded: s = χ²NP(1 − P) / (d²(N − 1) + χ²P(1 − P)), with
     * χ² = 3.841, P = 0.5, d = 0.05. The table's entries are this value rounded to the nearest whole number.
     */
    public static double formula(long population) {
        if (population < 1) {
            throw new IllegalArgumentException("A population has at least one member, got " + population);
        }
        double pq = PROPORTION * (1 - PROPORTION);
        return CHI_SQUARE * population * pq / (MARGIN * MARGIN * (population - 1) + CHI_SQUARE * pq);
    }

    private static KrejcieMorgan load() {
        try (InputStream in = KrejcieMorgan.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + RESOURCE);
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                    .lines()
                    .toList());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }

    /** Reads the CSV lines and checks the table's shape, so a damaged file fails loudly at first use. */
    static KrejcieMorgan parse(List<String> lines) {
        if (lines.isEmpty() || !lines.get(0).strip().equals("population,sample")) {
            throw new IllegalStateException(RESOURCE + " must start with the header population,sample");
        }
        List<Row> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.split(",");
            if (cells.length != 2) {
                throw new IllegalStateException(RESOURCE + ": not a population,sample row: " + line);
            }
            Row row = new Row(Long.parseLong(cells[0].strip()), Long.parseLong(cells[1].strip()));
            Row previous = rows.isEmpty() ? null : rows.get(rows.size() - 1);
            if (row.sample() < 1
                    || row.sample() > row.population()
                    || previous != null
                            && (row.population() <= previous.population() || row.sample() < previous.sample())) {
                throw new IllegalStateException(
                        RESOURCE + ": rows must grow in N, S must not shrink and S ≤ N: " + line);
            }
            rows.add(row);
        }
        if (rows.isEmpty()) {
            throw new IllegalStateException(RESOURCE + " has no rows");
        }
        return new KrejcieMorgan(rows);
    }
}
