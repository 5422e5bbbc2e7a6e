package id.suarawarga.web.staff.chart;

import java.util.Locale;

/** Building blocks of the server-rendered charts: XML escaping, coordinates, numbers as people read them. */
final class Svg {

    private static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");

    private Svg() {}

    /** Text for an XML text node or attribute value: every markup character escaped. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    // characters XML 1.0 forbids (control characters) are dropped, so the SVG always parses
                    if (c >= 0x20 || c == '\n' || c == '\t' || c == '\r') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** A coordinate: dot decimal, at most two digits, whatever the JVM's locale. */
    static String n(double value) {
        return String.format(Locale.ROOT, "%.2f", value).replaceAll("\\.?0+$", "");
    }

    /** A number as an Indonesian reader writes it: decimal comma, {@code digits} decimals. */
    static String decimal(double value, int digits) {
        return String.format(INDONESIAN, "%,." + digits + "f", value);
    }

    /** Opening tag of a chart: scales to its container's width, announced as one image with a title. */
    static StringBuilder open(String id, double width, double height, String title, String description) {
        StringBuilder svg = new StringBuilder(1024);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" viewBox=\"0 0 ")
                .append(n(width))
                .append(' ')
                .append(n(height))
                .append("\" width=\"100%\" preserveAspectRatio=\"xMinYMin meet\"")
                .append(" aria-labelledby=\"")
                .append(id)
                .append("-t ")
                .append(id)
                .append("-d\">")
                .append("<title id=\"")
                .append(id)
                .append("-t\">")
                .append(escape(title))
                .append("</title>")
                .append("<desc id=\"")
                .append(id)
                .append("-d\">")
                .append(escape(description))
                .append("</desc>");
        return svg;
    }

    static void text(StringBuilder svg, double x, double y, String anchor, String cssClass, String text) {
        svg.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y)).append('"');
        if (anchor != null) {
            svg.append(" text-anchor=\"").append(anchor).append('"');
        }
        if (cssClass != null) {
            svg.append(" class=\"").append(cssClass).append('"');
        }
        svg.append('>').append(escape(text)).append("</text>");
    }

    static void rect(StringBuilder svg, double x, double y, double width, double height, String fill) {
        svg.append("<rect x=\"")
                .append(n(x))
                .append("\" y=\"")
                .append(n(y))
                .append("\" width=\"")
                .append(n(Math.max(0, width)))
                .append("\" height=\"")
                .append(n(height))
                .append("\" fill=\"")
                .append(fill)
                .append("\"/>");
    }

    static void line(StringBuilder svg, double x1, double y1, double x2, double y2, String stroke, String extra) {
        svg.append("<line x1=\"")
                .append(n(x1))
                .append("\" y1=\"")
                .append(n(y1))
                .append("\" x2=\"")
                .append(n(x2))
                .append("\" y2=\"")
                .append(n(y2))
                .append("\" stroke=\"")
                .append(stroke)
                .append('"')
                .append(extra == null ? "" : " " + extra)
                .append("/>");
    }
}
