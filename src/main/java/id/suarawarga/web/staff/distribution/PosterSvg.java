package id.suarawarga.web.staff.distribution;

import id.suarawarga.web.QrCodes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Draws the printable poster (A4) and the counter's table card (A6) as one SVG each, sized in millimetres: the
 * program, its agency, the QR code, the short link and how long answering takes, in Bahasa Indonesia with a line of
 * English. Vector, so a print shop can enlarge it to a banner without blur; any browser prints it.
 */
public final class PosterSvg {

    /** The two printed formats. */
    public enum Format {
        /** An A4 poster for a wall or notice board. */
        POSTER(210, 297, 1.0),
        /** An A6 card that stands on a service counter. */
        CARD(105, 148, 0.5);

        final int width;
        final int height;
        final double scale;

        Format(int width, int height, double scale) {
            this.width = width;
            this.height = height;
            this.scale = scale;
        }

        /** The format a query parameter names ({@code kartu} → card); the poster otherwise. */
        public static Format of(String name) {
            return "kartu".equals(name) ? CARD : POSTER;
        }

        public String slug() {
            return this == CARD ? "kartu" : "poster";
        }
    }

    /** What the poster says. {@code tag} is printed small so staff can tell the posters of two counters apart. */
    public record Content(String program, String agency, String region, String link, int minutes, String tag) {}

    private static final String BLUE = "#0a4a82";

    private PosterSvg() {}

    public static String draw(Content c, Format f) {
        double s = f.scale;
        double w = f.width;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"")
                .append(f.width)
                .append("mm\" height=\"")
                .append(f.height)
                .append("mm\" viewBox=\"0 0 ")
                .append(f.width)
                .append(' ')
                .append(f.height)
                .append("\" font-family=\"DejaVu Sans, Arial, Helvetica, sans-serif\" role=\"img\" aria-label=\"")
                .append(escape("Poster survei " + c.program()))
                .append("\">");
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>");
        // the heading band
        svg.append(rect(0, 0, w, 46 * s, BLUE));
        svg.append(text(w / 2, 16 * s, 7 * s, "#fff", false, "SURVEI KEPUASAN WARGA"));
        svg.append(text(w / 2, 31 * s, 13 * s, "#fff", true, "Bagaimana layanan kami?"));
        svg.append(text(w / 2, 40 * s, 5.5 * s, "#dbe7f3", false, "How was our service? Tell us."));
        // the program, wrapped to fit
        double y = 62 * s;
        for (String line : wrap(c.program(), 26, 2)) {
            svg.append(text(w / 2, y, 11 * s, "#1b1b1b", true, line));
            y += 12.5 * s;
        }
        for (String line : wrap(c.agency(), 44, 2)) {
            svg.append(text(w / 2, y, 6.5 * s, "#4a4a4a", false, line));
            y += 8 * s;
        }
        // the QR code, as large as fits
        double side = 112 * s;
        double qrY = Math.max(y + 2 * s, 92 * s);
        svg.append(QrCodes.svgAt(c.link(), (w - side) / 2, qrY, side));
        y = qrY + side + 9 * s;
        svg.append(text(w / 2, y, 6.5 * s, "#1b1b1b", true, "Pindai kode QR dengan kamera HP, atau buka:"));
        y += 10 * s;
        svg.append(text(w / 2, y, shortLinkSize(c.link(), s), BLUE, true, withoutScheme(c.link())));
        y += 11 * s;
        svg.append(text(w / 2, y, 6 * s, "#1b1b1b", false, "± " + c.minutes() + " menit · tanpa nama, tanpa nomor HP"));
        y += 7.5 * s;
        svg.append(text(
                w / 2,
                y,
                4.8 * s,
                "#4a4a4a",
                false,
                "Scan with your phone camera · about " + c.minutes() + " minutes · anonymous"));
        // the footer
        double foot = f.height - 10 * s;
        svg.append(rect(0, foot - 8 * s, w, 18 * s, "#eef1f4"));
        svg.append(text(w / 2, foot, 4.8 * s, "#4a4a4a", false, c.region() + " · Suara Warga"));
        if (c.tag() != null) {
            svg.append("<text x=\"")
                    .append(round(w - 4 * s))
                    .append("\" y=\"")
                    .append(round(f.height - 3 * s))
                    .append("\" font-size=\"")
                    .append(round(3.2 * s))
                    .append("\" fill=\"#6a6a6a\" text-anchor=\"end\">")
                    .append(escape("kode: " + c.tag()))
                    .append("</text>");
        }
        return svg.append("</svg>").toString();
    }

    /** Long links get a smaller type so they stay on one line. */
    private static double shortLinkSize(String link, double s) {
        int length = withoutScheme(link).length();
        return (length <= 34 ? 8 : length <= 44 ? 6.5 : 5) * s;
    }

    static String withoutScheme(String link) {
        return link.replaceFirst("^https?://", "");
    }

    /** Words into at most {@code lines} lines of about {@code width} characters; an ellipsis when cut. */
    static List<String> wrap(String text, int width, int lines) {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        String[] words = text.strip().split("\\s+");
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                if (out.size() == lines - 1) {
                    out.add(line + " …");
                    return out;
                }
                out.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        if (line.length() > 0) {
            out.add(line.toString());
        }
        return out;
    }

    private static String rect(double x, double y, double width, double height, String fill) {
        return "<rect x=\"" + round(x) + "\" y=\"" + round(y) + "\" width=\"" + round(width) + "\" height=\""
                + round(height) + "\" fill=\"" + fill + "\"/>";
    }

    private static String text(double x, double y, double size, String fill, boolean bold, String content) {
        return "<text x=\"" + round(x) + "\" y=\"" + round(y) + "\" font-size=\"" + round(size) + "\" fill=\"" + fill
                + "\" text-anchor=\"middle\"" + (bold ? " font-weight=\"700\"" : "") + ">" + escape(content)
                + "</text>";
    }

    private static String round(double value) {
        return String.format(Locale.ROOT, "%.2f", value).replaceAll("\\.?0+$", "");
    }

    static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
