package id.suarawarga.web.staff.chart;

import io.quarkus.qute.RawString;
import java.util.List;

/** How the answers to one question split over its options: one stacked bar and a legend with counts and shares. */
public final class StackedBar {

    /** One option's share of the bar. */
    public record Segment(String label, long count, String colour) {}

    private static final double WIDTH = 320;
    private static final double BAR = 22;
    private static final double LEGEND_ROW = 18;

    private StackedBar() {}

    /** {@code total} is what shares are taken of: those who answered (a multiple choice may add up to more). */
    public static RawString render(String id, String title, List<Segment> segments, long total) {
        long sum = segments.stream().mapToLong(Segment::count).sum();
        StringBuilder words = new StringBuilder(total + " menjawab");
        segments.forEach(s -> words.append("; ").append(s.label()).append(": ").append(s.count()));
        double height = BAR + 8 + LEGEND_ROW * segments.size();
        StringBuilder svg = Svg.open(id, WIDTH, height, title, words.toString());
        if (sum == 0) {
            Svg.rect(svg, 0, 0, WIDTH, BAR, "#e3e8ee");
            Svg.text(svg, WIDTH / 2, 15, "middle", "val", "belum ada jawaban");
        }
        double x = 0;
        for (Segment segment : segments) {
            double width = sum == 0 ? 0 : WIDTH * segment.count() / sum;
            if (width > 0) {
                Svg.rect(svg, x, 0, width, BAR, segment.colour());
                if (width >= 26) {
                    Svg.text(svg, x + width / 2, 15.5, "middle", "on", String.valueOf(segment.count()));
                }
            }
            x += width;
        }
        for (int i = 0; i < segments.size(); i++) {
            Segment segment = segments.get(i);
            double top = BAR + 8 + i * LEGEND_ROW;
            Svg.rect(svg, 0, top + 2, 12, 12, segment.colour());
            String share = total == 0 ? "" : " (" + Svg.decimal(100.0 * segment.count() / total, 0) + "%)";
            Svg.text(svg, 18, top + 12.5, null, "lbl", segment.label() + ": " + segment.count() + share);
        }
        return new RawString(svg.append("</svg>").toString());
    }
}
