package id.suarawarga.insight;

import java.time.Instant;

/**
 * The last {@code days} days against the {@code days} before them: "how that changed since last month".
 *
 * @param ikmChange current minus previous IKM konversi; null unless both periods have an IKM
 */
public record PeriodChangeView(
        int days,
        Instant currentFrom,
        Instant previousFrom,
        ScoreFigures current,
        ScoreFigures previous,
        Double ikmChange) {}
