package id.suarawarga.web;

import io.nayuki.qrcodegen.QrCode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/** Draws QR codes as SVG (scales to any poster) and PNG (for tools that want a bitmap). */
public final class QrCodes {

    /** The quiet zone the QR standard asks for, in modules. */
    private static final int BORDER = 4;

    private QrCodes() {}

    public static String svg(String text) {
        QrCode qr = encode(text);
        int size = qr.size + BORDER * 2;
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < qr.size; y++) {
            for (int x = 0; x < qr.size; x++) {
                if (qr.getModule(x, y)) {
                    path.append('M')
                            .append(x + BORDER)
                            .append(',')
                            .append(y + BORDER)
                            .append("h1v1h-1z");
                }
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" viewBox=\"0 0 " + size + " " + size
                + "\" shape-rendering=\"crispEdges\" role=\"img\" aria-label=\"QR: " + escape(text) + "\">"
                + "<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path d=\"" + path + "\" fill=\"#000\"/></svg>";
    }

    /** The QR code as an SVG to nest in another (a poster): a square of side {@code side} at ({@code x}, {@code y}). */
    public static String svgAt(String text, double x, double y, double side) {
        String svg = svg(text);
        return "<svg x=\"" + x + "\" y=\"" + y + "\" width=\"" + side + "\" height=\"" + side + "\""
                + svg.substring(svg.indexOf(" viewBox="));
    }

    public static byte[] png(String text, int scale) {
        QrCode qr = encode(text);
        int size = (qr.size + BORDER * 2) * scale;
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_BINARY);
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                boolean dark = qr.getModule(x / scale - BORDER, y / scale - BORDER);
                image.setRGB(x, y, dark ? 0x000000 : 0xFFFFFF);
            }
        }
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static QrCode encode(String text) {
        // MEDIUM recovers from ~15% damage: enough for a creased, taped-up poster
        return QrCode.encodeText(text, QrCode.Ecc.MEDIUM);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
    }
}
