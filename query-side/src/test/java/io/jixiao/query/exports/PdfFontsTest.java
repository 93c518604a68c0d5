package io.jixiao.query.exports;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PdfFontsTest {
    private static final Path ZENHEI = Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc");

    @TempDir
    Path dir;

    @Test
    void withoutConfigurationTheFirstInstalledDebianFontIsUsed() throws IOException {
        PdfFonts fonts = new PdfFonts("", "");
        assertThat(fonts.file()).isEqualTo(ZENHEI);
        try (PdfFontFile file = fonts.open(); PDDocument document = new PDDocument()) {
            PDType0Font font = file.embedIn(document);
            assertThat(font.getName()).isEqualTo("WenQuanYiZenHei");
        }
    }

    @Test
    void knownLocationsAreTriedInOrder() {
        PdfFonts fonts = new PdfFonts(null, null, List.of(dir.resolve("missing.ttc"), ZENHEI));
        assertThat(fonts.file()).isEqualTo(ZENHEI);
    }

    @Test
    void aFaceOfACollectionIsChosenByFamilyOrPostScriptName() throws IOException {
        assertThat(faceOf(new PdfFonts(ZENHEI.toString(), "WenQuanYi Zen Hei Mono"))).isEqualTo("WenQuanYiZenHeiMono");
        assertThat(faceOf(new PdfFonts(ZENHEI.toString(), "wenquanyizenheisharp"))).isEqualTo("WenQuanYiZenHeiSharp");
    }

    @Test
    void anUnknownFaceIsRefusedNamingTheFacesThereAre() {
        assertThatThrownBy(() -> new PdfFonts(ZENHEI.toString(), "SimSun").open())
                .isInstanceOf(PdfFontMissing.class)
                .hasMessageContaining("no face named SimSun").hasMessageContaining("WenQuanYiZenHeiMono");
    }

    @Test
    void nothingInstalledSaysWhatToInstallInEnglishAndChinese() {
        PdfFonts fonts = new PdfFonts(null, null, List.of(dir.resolve("a.ttc"), dir.resolve("b.ttf")));
        assertThatThrownBy(fonts::open).isInstanceOfSatisfying(PdfFontMissing.class, e -> {
            assertThat(e.code()).isEqualTo("PDF_FONT_MISSING");
            assertThat(e.getMessage()).contains("fonts-wqy-zenhei", "jixiao.pdf.font", dir.resolve("a.ttc").toString());
            assertThat(e.messageZh()).contains("未找到", "中文字体", "fonts-wqy-zenhei", "jixiao.pdf.font");
        });
    }

    @Test
    void aConfiguredFontThatIsNotThereIsNotReplacedByAnother() {
        assertThatThrownBy(() -> new PdfFonts(dir.resolve("gone.ttf").toString(), "").file())
                .isInstanceOf(PdfFontMissing.class).hasMessageContaining("gone.ttf").hasMessageContaining("no such file");
    }

    @Test
    void aFileThatIsNoFontIsRefused() throws IOException {
        Path notAFont = Files.writeString(dir.resolve("notes.ttf"), "not a font");
        assertThatThrownBy(() -> new PdfFonts(notAFont.toString(), "").open())
                .isInstanceOf(PdfFontMissing.class).hasMessageContaining("unreadable");
    }

    @Test
    void anOpenTypeFontWithCffOutlinesIsRefused() throws IOException {
        Path cff = Files.write(dir.resolve("NotoSansCJK-Regular.otf"), new byte[] {'O', 'T', 'T', 'O', 0, 1, 0, 0});
        assertThatThrownBy(() -> new PdfFonts(cff.toString(), "").open())
                .isInstanceOf(PdfFontMissing.class).hasMessageContaining("CFF");
    }

    @Test
    void aFontWithoutChineseGlyphsIsRefused() throws IOException {
        Path latin = dir.resolve("LiberationSans-Regular.ttf");
        try (InputStream in = PDDocument.class.getResourceAsStream("/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf")) {
            Files.copy(in, latin);
        }
        assertThatThrownBy(() -> new PdfFonts(latin.toString(), "").open())
                .isInstanceOfSatisfying(PdfFontMissing.class, e -> {
                    assertThat(e.getMessage()).contains("no Chinese glyphs");
                    assertThat(e.messageZh()).contains("不含中文字形");
                });
    }

    private static String faceOf(PdfFonts fonts) throws IOException {
        try (PdfFontFile file = fonts.open(); PDDocument document = new PDDocument()) {
            return file.embedIn(document).getName();
        }
    }
}
