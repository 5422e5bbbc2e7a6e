package id.suarawarga.web.staff.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Every chart is well-formed SVG announced as one image with a title and a description, and escapes its texts. */
class ChartsTest {

    private static final String HOSTILE = "<script>alert('x')</script> & \"kutip\"\u0007";

    static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    /** The root is an accessible image whose name and description point at its own title and desc. */
    static Document accessible(String svg, String title) throws Exception {
        Document doc = parse(svg);
        Element root = doc.getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("svg");
        assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
        assertThat(root.getAttribute("role")).isEqualTo("img");
        String[] labelledBy = root.getAttribute("aria-labelledby").split(" ");
        assertThat(labelledBy).hasSize(2);
        Element titleElement = (Element) root.getElementsByTagName("title").item(0);
        Element desc = (Element) root.getElementsByTagName("desc").item(0);
        assertThat(titleElement.getAttribute("id")).isEqualTo(labelledBy[0]);
        assertThat(desc.getAttribute("id")).isEqualTo(labelledBy[1]);
        assertThat(titleElement.getTextContent()).isEqualTo(title);
        assertThat(desc.getTextContent()).isNotBlank();
        assertThat(svg).doesNotContain("<script");
        return doc;
    }

    static List<String> texts(Document doc) {
        NodeList nodes = doc.getElementsByTagName("text");
        List<String> texts = new java.util.ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    @Test
    void progressBarFillsTheShareReachedAndSaysSoInWords() throws Exception {
        Document doc = accessible(ProgressBar.render("kuota-1", "Kuota", 37, 50).toString(), "Kuota");
        NodeList rects = doc.getElementsByTagName("rect");
        assertThat(((Element) rects.item(0)).getAttribute("width")).isEqualTo("320");
        assertThat(((Element) rects.item(1)).getAttribute("width")).isEqualTo("236.8"); // 37/50 of 320
        assertThat(doc.getElementsByTagName("desc").item(0).getTextContent()).isEqualTo("37 dari 50 (74%), kurang 13");
        assertThat(texts(doc)).containsExactly("37/50");

        Document over = parse(ProgressBar.render("kuota-2", "Kuota", 80, 50).toString());
        assertThat(((Element) over.getElementsByTagName("rect").item(1)).getAttribute("width"))
                .isEqualTo("320");
        assertThat(over.getElementsByTagName("desc").item(0).getTextContent()).contains("target tercapai");
    }

    @Test
    void horizontalBarsScaleEachValueAndEscapeLabels() throws Exception {
        String svg = HorizontalBars.render(
                        "unsur",
                        "Nilai per unsur",
                        "deskripsi",
                        List.of(
                                new HorizontalBars.Bar("U1 " + HOSTILE, 100, "#1e6b34", "100,00 A"),
                                new HorizontalBars.Bar("U3 Waktu Penyelesaian", 62.5, "#b3261e", "62,50 D")),
                        25,
                        100,
                        List.of(65.0))
                .toString();
        Document doc = accessible(svg, "Nilai per unsur");
        NodeList rects = doc.getElementsByTagName("rect");
        assertThat(((Element) rects.item(0)).getAttribute("width")).isEqualTo("250");
        assertThat(((Element) rects.item(1)).getAttribute("width")).isEqualTo("125"); // (62.5 − 25) / 75 of 250
        assertThat(texts(doc)).contains("U1 <script>alert('x')</script> & \"kutip\"", "62,50 D");
        assertThat(doc.getElementsByTagName("line").getLength()).isEqualTo(1);
    }

    @Test
    void stackedBarSplitsTheWidthByCountsAndWritesALegend() throws Exception {
        String svg = StackedBar.render(
                        "dist-U3",
                        "U3. " + HOSTILE,
                        List.of(
                                new StackedBar.Segment("Tidak cepat", 1, "#b3261e"),
                                new StackedBar.Segment("Kurang cepat", 0, "#d9822b"),
                                new StackedBar.Segment("Cepat", 2, "#5b9bd5"),
                                new StackedBar.Segment("Sangat cepat", 1, "#1e6b34")),
                        4)
                .toString();
        Document doc = accessible(svg, "U3. <script>alert('x')</script> & \"kutip\"");
        NodeList rects = doc.getElementsByTagName("rect");
        // three bar segments (the empty one is not drawn), then four legend squares
        assertThat(rects.getLength()).isEqualTo(7);
        assertThat(((Element) rects.item(0)).getAttribute("width")).isEqualTo("80");
        assertThat(((Element) rects.item(1)).getAttribute("width")).isEqualTo("160");
        assertThat(((Element) rects.item(1)).getAttribute("x")).isEqualTo("80");
        assertThat(texts(doc)).contains("Tidak cepat: 1 (25%)", "Kurang cepat: 0 (0%)", "Cepat: 2 (50%)");
    }

    @Test
    void stackedBarWithoutAnswersSaysSo() throws Exception {
        Document doc = accessible(
                StackedBar.render("d", "Kosong", List.of(new StackedBar.Segment("Ya", 0, "#000")), 0)
                        .toString(),
                "Kosong");
        assertThat(texts(doc)).contains("belum ada jawaban");
    }

    @Test
    void lineChartBreaksAtWeeksWithoutAValue() throws Exception {
        String svg = LineChart.render(
                        "tren",
                        "IKM per minggu",
                        "IKM",
                        List.of(
                                new LineChart.Point("W27", 75.0),
                                new LineChart.Point("W28", 100.0),
                                new LineChart.Point("W29", null),
                                new LineChart.Point("W30", 75.0)),
                        25,
                        100,
                        0,
                        List.of())
                .toString();
        Document doc = accessible(svg, "IKM per minggu");
        String path = ((Element) doc.getElementsByTagName("path").item(0)).getAttribute("d");
        assertThat(path).startsWith("M").contains(" L").contains(" M");
        assertThat(path.split(" M")).hasSize(2);
        assertThat(doc.getElementsByTagName("circle").getLength()).isEqualTo(3);
        assertThat(texts(doc)).contains("W27", "W30", "100", "25");
    }

    @Test
    void lineChartWithoutDataSaysSo() throws Exception {
        Document doc = accessible(
                LineChart.render("x", "Kosong", "-", List.of(), 0, 5, 0, List.of())
                        .toString(),
                "Kosong");
        assertThat(texts(doc)).contains("belum ada data");
    }

    @Test
    void escapingLeavesNoMarkupAndNoCharacterXmlForbids() {
        assertThat(Svg.escape(HOSTILE))
                .isEqualTo("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;kutip&quot;");
        assertThat(Svg.n(12.0)).isEqualTo("12");
        assertThat(Svg.n(12.345)).isEqualTo("12.35");
        assertThat(Svg.decimal(82.5, 2)).isEqualTo("82,50");
    }
}
