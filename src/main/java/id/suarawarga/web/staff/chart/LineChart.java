package id.suarawarga.web.staff.chart;

import io.quarkus.qute.RawString;
import java.util.List;

/** A value per period (responses or IKM per week) as a line; a period without a value breaks the line. */
public final class LineChart {

    /** One period: its short label (e.g. W27) and value, null when there is none. */
    public record Point(String label, Double value) {}

    private static final double WIDTH = 320;
    private static final double HEIGHT = 150;
    private static final double LEFT = 34;
    private static final double RIGHT = 312;
    private static final double TOP = 10;
    private static final double BOTTOM = 122;

    private LineChart() {}

    /**
     * @param digits decimals of the axis labels
     * @param guides dashed horizontal lines (e.g. category thresholds)
     */
    public static RawString render(
            String id,
            String title,
            String description,
            List<Point> points,
            double min,
            double max,
            int digits,
            List<Double> guides) {
        StringBuilder svg = Svg.open(id, WIDTH, HEIGHT, title, description);
        Svg.line(svg, LEFT, BOTTOM, RIGHT, BOTTOM, "#5c6773", null);
        Svg.line(svg, LEFT, TOP, LEFT, BOTTOM, "#5c6773", null);
        Svg.text(svg, LEFT - 4, y(max, min, max) + 4, "end", "ax", Svg.decimal(max, digits));
        Svg.text(svg, LEFT - 4, y(min, min, max) + 4, "end", "ax", Svg.decimal(min, digits));
        for (Double guide : guides) {
            Svg.line(svg, LEFT, y(guide, min, max), RIGHT, y(guide, min, max), "#b8c2cc", "stroke-dasharray=\"3 3\"");
        }
        if (points.isEmpty()) {
            Svg.text(svg, (LEFT + RIGHT) / 2, (TOP + BOTTOM) / 2, "middle", "val", "belum ada data");
            return new RawString(svg.append("</svg>").toString());
        }
        StringBuilder path = new StringBuilder();
        boolean penDown = false;
        for (int i = 0; i < points.size(); i++) {
            Double value = points.get(i).value();
            if (value == null) {
                penDown = false;
                continue;
            }
            path.append(penDown ? " L" : (path.length() == 0 ? "M" : " M"))
                    .append(Svg.n(x(i, points.size())))
                    .append(' ')
                    .append(Svg.n(y(value, min, max)));
            penDown = true;
        }
        if (path.length() > 0) {
            svg.append("<path d=\"").append(path).append("\" fill=\"none\" stroke=\"#0a4a82\" stroke-width=\"2\"/>");
        }
        for (int i = 0; i < points.size(); i++) {
            Double value = points.get(i).value();
            if (value != null) {
                svg.append("<circle cx=\"")
                        .append(Svg.n(x(i, points.size())))
                        .append("\" cy=\"")
                        .append(Svg.n(y(value, min, max)))
                        .append("\" r=\"3\" fill=\"#0a4a82\"/>");
            }
        }
        // first and last labels always; in between only as many as fit a phone's width
        int step = Math.max(1, (int) Math.ceil(points.size() / 6.0));
        for (int i = 0; i < points.size(); i++) {
            if (i == 0 || i == points.size() - 1 || (i % step == 0 && points.size() - 1 - i >= step / 2.0)) {
                String anchor =
                        points.size() == 1 ? "middle" : i == 0 ? "start" : i == points.size() - 1 ? "end" : "middle";
                Svg.text(
                        svg,
                        x(i, points.size()),
                        BOTTOM + 16,
                        anchor,
                        "ax",
                        points.get(i).label());
            }
        }
        return new RawString(svg.append("</svg>").toString());
    }

    private static double x(int index, int count) {
        return count == 1 ? (LEFT + RIGHT) / 2 : LEFT + 6 + (RIGHT - LEFT - 12) * index / (count - 1);
    }

    private static double y(double value, double min, double max) {
        double clamped = Math.max(min, Math.min(max, value));
        return BOTTOM - (clamped - min) / (max - min) * (BOTTOM - TOP);
    }
}
