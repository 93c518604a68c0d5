package io.jixiao.query.exports;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PdfFontsTest {
    /** Two faces of WenQuanYi Micro Hei with only 绩, 效 and 䶵 (made by src/test/fonts/make-test-font.sh). */
    static final Path TWO_FACES = testFont();

    /** Characters of GBK that WenQuanYi Micro Hei itself does not have (two symbols, two IPA letters). */
    private static final String[] NOT_IN_WENQUANYI_MICRO_HEI = {"☉", "♁", "ɑ", "ɡ"};

    @TempDir
    Path dir;

    @Test
    void withoutConfigurationTheBundledFontAloneIsUsed() throws IOException {
        try (PdfFontSet fonts = new PdfFonts("", "").open()) {
            assertThat(fonts.faces()).singleElement().satisfies(face -> {
                assertThat(face.source()).contains("bundled", "WenQuanYiMicroHei-GBK.ttf");
                assertThat(nameOf(face)).isEqualTo("WenQuanYiMicroHei");
            });
        }
    }

    @Test
    void theBundledFontHasEveryCharacterOfGbkAndGb2312AndThePunctuationOfAForm() throws IOException {
        try (PdfFontSet fonts = PdfFonts.bundled().open()) {
            PdfFontFile bundled = fonts.faces().get(0);
            List<Integer> characters = new ArrayList<>(doubleByteCharacters("GBK"));
            characters.addAll(doubleByteCharacters("GB2312"));
            assertThat(characters).hasSizeGreaterThan(21_000 + 7_000);
            // The user-defined areas of GBK decode to private-use characters, which have no standard glyph.
            assertThat(characters.stream().filter(c -> Character.getType(c) != Character.PRIVATE_USE)
                    .filter(c -> !bundled.has(c)).distinct().map(Character::toString))
                    .as("characters of GBK or GB2312 the bundled font lacks")
                    .containsExactlyInAnyOrder(NOT_IN_WENQUANYI_MICRO_HEI);
            assertThat("财政项目支出绩效自评表（2024年度）≥≤＞＜％‰℃㎡①②ⅠⅡ—…·「」【】《》“”‘’、，。；：？！□ABCabc0129.%()[]/-+~"
                    .codePoints().filter(c -> !bundled.has(c)).mapToObj(Character::toString)).isEmpty();
            assertThat(bundled.has(0x4DB5)).as("䶵, CJK Extension A, is outside the subset").isFalse();
        }
    }

    @Test
    void theBundledFontTravelsWithItsLicenceAndWhereItCameFrom() throws IOException {
        String notice = resource("fonts/NOTICE.txt");
        assertThat(notice).contains("WenQuanYi Micro Hei", "0.2.0-beta", "fonts-wqy-microhei 0.2.0-beta-3.1",
                "Apache License, Version 2.0", "make-bundled-font.sh", "pyftsubset");
        assertThat(resource("fonts/LICENSE-Apache-2.0.txt")).contains("Apache License", "Version 2.0, January 2004");
        assertThat(Path.of("src/main/fonts/make-bundled-font.sh")).content()
                .contains("pyftsubset", "wqy-microhei.ttc", "--font-number=0", "decode('gbk')");
    }

    @Test
    void aConfiguredFontComesFirstAndTheBundledFontDrawsWhatItLacks() throws IOException {
        try (PdfFontSet fonts = new PdfFonts(TWO_FACES.toString(), "").open()) {
            assertThat(fonts.faces()).extracting(PdfFontFile::source)
                    .containsExactly(TWO_FACES.toString(), "the bundled font " + PdfFonts.BUNDLED);
            assertThat(nameOf(fonts.faces().get(0))).isEqualTo("WenQuanYiMicroHei");
        }
    }

    @Test
    void aFaceOfACollectionIsChosenByFamilyOrPostScriptName() throws IOException {
        assertThat(preferredFace(new PdfFonts(TWO_FACES.toString(), "WenQuanYi Micro Hei Mono")))
                .isEqualTo("WenQuanYiMicroHeiMono");
        assertThat(preferredFace(new PdfFonts(TWO_FACES.toString(), "wenquanyimicroheimono")))
                .isEqualTo("WenQuanYiMicroHeiMono");
    }

    @Test
    void anUnknownFaceIsRefusedNamingTheFacesThereAre() {
        assertThatThrownBy(() -> new PdfFonts(TWO_FACES.toString(), "SimSun").open())
                .isInstanceOf(PdfFontMissing.class)
                .hasMessageContaining("no face named SimSun").hasMessageContaining("WenQuanYiMicroHeiMono");
    }

    @Test
    void aConfiguredFontThatIsNotThereIsNotReplacedByTheBundledOne() {
        assertThatThrownBy(() -> new PdfFonts(dir.resolve("gone.ttf").toString(), "").open())
                .isInstanceOfSatisfying(PdfFontMissing.class, e -> {
                    assertThat(e.code()).isEqualTo("PDF_FONT_MISSING");
                    assertThat(e.getMessage()).contains("gone.ttf", "no such file", "jixiao.pdf.font",
                            "remove the setting to print with the bundled font");
                    assertThat(e.messageZh()).contains("文件不存在", "jixiao.pdf.font", "内置字体");
                });
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

    private static String preferredFace(PdfFonts fonts) throws IOException {
        try (PdfFontSet set = fonts.open()) {
            return nameOf(set.faces().get(0));
        }
    }

    private static String nameOf(PdfFontFile face) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDType0Font font = face.embedIn(document);
            return font.getName();
        }
    }

    /** Every character a two-byte code of the charset decodes to. */
    private static List<Integer> doubleByteCharacters(String charset) {
        CharsetDecoder decoder = Charset.forName(charset).newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        List<Integer> characters = new ArrayList<>();
        for (int lead = 0x81; lead <= 0xFE; lead++) {
            for (int trail = 0x40; trail <= 0xFE; trail++) {
                try {
                    CharBuffer decoded = decoder.decode(ByteBuffer.wrap(new byte[] {(byte) lead, (byte) trail}));
                    decoded.codePoints().forEach(characters::add);
                } catch (CharacterCodingException e) {
                    // not a character of this charset
                }
            }
        }
        return characters;
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = PdfFonts.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Path testFont() {
        try {
            return Path.of(PdfFontsTest.class.getResource("fonts/two-faces.ttc").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
