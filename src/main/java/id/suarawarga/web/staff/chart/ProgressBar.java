package id.suarawarga.web.staff.chart;

import io.quarkus.qute.RawString;

/** How far a count is toward a target (responses toward the quota or the required sample), as an inline SVG bar. */
public final class ProgressBar {

    private static final double WIDTH = 320;
    private static final double HEIGHT = 22;

    private ProgressBar() {}

    /** {@code value} of {@code target}; a bar that reached its target is green, one on its way blue. */
    public static RawString render(String id, String title, long value, long target) {
        double share = target <= 0 ? 1 : Math.min(1, (double) value / target);
        String words = value + " dari " + target + " (" + Svg.decimal(target <= 0 ? 100 : 100.0 * value / target, 0)
                + "%)" + (value >= target ? ", target tercapai" : ", kurang " + (target - value));
        StringBuilder svg = Svg.open(id, WIDTH, HEIGHT, title, words);
        svg.append("<rect x=\"0\" y=\"2\" width=\"")
                .append(Svg.n(WIDTH))
                .append("\" height=\"18\" rx=\"4\" fill=\"#e3e8ee\"/>");
        svg.append("<rect x=\"0\" y=\"2\" width=\"")
                .append(Svg.n(WIDTH * share))
                .append("\" height=\"18\" rx=\"4\" fill=\"")
                .append(value >= target ? "#1e6b34" : "#0a4a82")
                .append("\"/>");
        Svg.text(
                svg,
                share > 0.5 ? WIDTH * share - 6 : WIDTH * share + 6,
                15.5,
                share > 0.5 ? "end" : "start",
                share > 0.5 ? "on" : "off",
                value + "/" + target);
        return new RawString(svg.append("</svg>").toString());
    }
}
