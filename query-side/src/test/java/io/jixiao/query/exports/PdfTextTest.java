package io.jixiao.query.exports;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PdfTextTest {
    private static final float SIZE = 10;
    private static PdfFontSet fonts;
    private static PDDocument document;
    private static PdfText text;

    @BeforeAll
    static void font() throws IOException {
        fonts = PdfFonts.bundled().open();
        document = new PDDocument();
        text = new PdfText(document, fonts);
    }

    @AfterAll
    static void close() throws IOException {
        document.close();
        fonts.close();
    }

    @Test
    void chineseWrapsBetweenAnyTwoCharactersAndNoLineIsWiderThanTheBox() {
        String goal = "对单位内部信息化资源进行监管、控制、溯源、定位、报告、问责确保合法权益不受侵害";
        float box = chars(7);
        List<String> lines = text.wrap(goal, SIZE, box);
        assertThat(lines).hasSizeGreaterThan(5).allSatisfy(line -> assertThat(text.width(line, SIZE)).isLessThanOrEqualTo(box));
        assertThat(String.join("", lines)).isEqualTo(goal);
        assertThat(lines.get(0)).isEqualTo("对单位内部信息");
    }

    @Test
    void figuresAndLatinWordsStayWholeWhereTheyFit() {
        float box = text.width("完成率≥90.00", SIZE);
        assertThat(text.wrap("完成率≥90.00(%)", SIZE, box)).containsExactly("完成率", "≥90.00(%)");
        assertThat(text.wrap("security level three", SIZE, text.width("security level", SIZE)))
                .containsExactly("security level", "three");
    }

    @Test
    void aWordLongerThanTheBoxIsBrokenBetweenCharacters() {
        List<String> lines = text.wrap("https://example.org/a/very/long/path", SIZE, text.width("https://exam", SIZE));
        assertThat(lines).hasSizeGreaterThan(2);
        assertThat(String.join("", lines)).isEqualTo("https://example.org/a/very/long/path");
    }

    @Test
    void aClosingMarkNeverStartsALineAndAnOpeningMarkNeverEndsOne() {
        assertThat(text.wrap("一二三四，五六", SIZE, chars(4))).containsExactly("一二三", "四，五六");
        assertThat(text.wrap("一二三（四）", SIZE, chars(4))).containsExactly("一二三", "（四）");
        assertThat(text.wrap("一二三四。」五", SIZE, chars(4))).containsExactly("一二三", "四。」五");
    }

    @Test
    void lineBreaksAreKeptControlsBecomeSpacesAndCharactersNoFaceHasAWhiteSquare() {
        assertThat(text.wrap("第一行\n第二行", SIZE, chars(10))).containsExactly("第一行", "第二行");
        assertThat(text.printable("a\tb\r\nc")).isEqualTo("a b\nc");
        assertThat(text.printable("满意度😀，䶵?")).isEqualTo("满意度□，□?");
        assertThat(text.wrap(null, SIZE, chars(3))).containsExactly("");
    }

    @Test
    void eachCharacterIsDrawnInTheFirstFaceThatHasItAndWhatNoFaceHasAsAWhiteSquare() throws IOException {
        PdfFonts monoThenBundled = new PdfFonts(PdfFontsTest.TWO_FACES, "WenQuanYi Micro Hei Mono");
        assertThat(drawn(monoThenBundled, "绩效A自评䶵😀")).containsExactly(
                "绩 WenQuanYiMicroHeiMono", "效 WenQuanYiMicroHeiMono", "A WenQuanYiMicroHei", "自 WenQuanYiMicroHei",
                "评 WenQuanYiMicroHei", "䶵 WenQuanYiMicroHeiMono", "□ WenQuanYiMicroHei");
        assertThat(drawn(PdfFonts.bundled(), "绩效A䶵")).containsExactly(
                "绩 WenQuanYiMicroHei", "效 WenQuanYiMicroHei", "A WenQuanYiMicroHei", "□ WenQuanYiMicroHei");
    }

    @Test
    void aFaceNeverUsedIsNotEmbedded() throws IOException {
        byte[] pdf = page(new PdfFonts(PdfFontsTest.TWO_FACES, "WenQuanYi Micro Hei Mono"), "ABC 123");
        assertThat(new PdfInspection(pdf).fonts()).extracting(f -> f.getName().replaceFirst("^[A-Z]{6}\\+", ""))
                .containsExactly("WenQuanYiMicroHei");
    }

    /** Each character of a line drawn on a page with the fonts, and the font drawing it, read back from the PDF. */
    private static List<String> drawn(PdfFonts fonts, String line) throws IOException {
        return new PdfInspection(page(fonts, line)).glyphs().stream().map(g -> g.text() + " " + g.font()).toList();
    }

    private static byte[] page(PdfFonts fonts, String line) throws IOException {
        try (PdfFontSet set = fonts.open(); PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage();
            pdf.addPage(page);
            PdfText drawing = new PdfText(pdf, set);
            try (PDPageContentStream out = new PDPageContentStream(pdf, page)) {
                drawing.show(out, drawing.printable(line), SIZE, 50, 700);
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            pdf.save(bytes);
            return bytes.toByteArray();
        }
    }

    private static float chars(int count) {
        return text.width("国".repeat(count), SIZE);
    }
}
