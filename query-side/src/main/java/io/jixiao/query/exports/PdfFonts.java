package io.jixiao.query.exports;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.OpenTypeFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The Chinese fonts the printable form embeds: {@code jixiao.pdf.font} when set (a .ttf or .ttc, with
 * {@code jixiao.pdf.font-name} choosing a face of a collection), then the font bundled in the jar (a subset of
 * WenQuanYi Micro Hei, Apache-2.0: {@code fonts/NOTICE.txt} beside this class), which also draws whatever the
 * configured font lacks. So a PDF prints on any machine, fonts installed or not. Noto CJK and other CFF-outline
 * fonts cannot be configured: PDFBox cannot embed them as a Type0 subset.
 */
@Component
public class PdfFonts {
    static final String BUNDLED = "fonts/WenQuanYiMicroHei-GBK.ttf";
    private static final int CHINESE_PROBE = '绩';

    private final Path configured;
    private final String faceName;

    @Autowired
    public PdfFonts(@Value("${jixiao.pdf.font:}") String font, @Value("${jixiao.pdf.font-name:}") String fontName) {
        this(font == null || font.isBlank() ? null : Path.of(font.trim()), fontName);
    }

    /** @param configured a font file to prefer, or null for the bundled font alone */
    public PdfFonts(Path configured, String faceName) {
        this.configured = configured;
        this.faceName = faceName == null || faceName.isBlank() ? null : faceName.trim();
    }

    /** The bundled font alone, whatever is installed or configured. */
    public static PdfFonts bundled() {
        return new PdfFonts((Path) null, null);
    }

    /** Opens the faces for one document, the configured one first. Throws {@link PdfFontMissing} if it is unusable. */
    public PdfFontSet open() {
        if (configured == null) {
            return new PdfFontSet(List.of(openBundled()));
        }
        PdfFontFile preferred = openConfigured();
        try {
            return new PdfFontSet(List.of(preferred, openBundled()));
        } catch (RuntimeException e) {
            closeQuietly(preferred, e);
            throw e;
        }
    }

    /** Parsed anew for every document (a parsed font is not safe to share), from bytes read once. */
    private static PdfFontFile openBundled() {
        try {
            TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(BundledBytes.FONT));
            return new PdfFontFile("the bundled font " + BUNDLED, font, font.getUnicodeCmapLookup(false), font);
        } catch (IOException e) {
            throw new UncheckedIOException("The bundled font " + BUNDLED + " cannot be read", e);
        }
    }

    private PdfFontFile openConfigured() {
        if (!Files.isRegularFile(configured)) {
            throw PdfFontMissing.unusable(configured, "no such file", "文件不存在", null);
        }
        try {
            String tag = tag(configured);
            if (tag.equals("OTTO")) {
                throw cffOutlines(configured);
            }
            return tag.equals("ttcf") ? fromCollection(configured) : fromSingleFont(configured);
        } catch (IOException e) {
            throw PdfFontMissing.unusable(configured, "unreadable (" + e.getMessage() + ")", "无法读取", e);
        }
    }

    private PdfFontFile fromCollection(Path file) throws IOException {
        TrueTypeCollection collection = new TrueTypeCollection(file.toFile());
        try {
            List<TrueTypeFont> faces = new ArrayList<>();
            List<String> names = new ArrayList<>();
            collection.processAllFonts(face -> {
                faces.add(face);
                names.add(face.getName());
            });
            TrueTypeFont chosen = null;
            for (TrueTypeFont face : faces) {
                if (faceName == null || matches(face, faceName)) {
                    chosen = face;
                    break;
                }
            }
            if (chosen == null) {
                throw PdfFontMissing.unusable(file, "it has no face named " + faceName + " (faces: " + names + ")",
                        "字体集中没有名为 " + faceName + " 的字体（现有：" + names + "）", null);
            }
            return new PdfFontFile(file.toString(), chosen, chineseCharacters(file, chosen), collection);
        } catch (IOException | RuntimeException e) {
            collection.close();
            throw e;
        }
    }

    private PdfFontFile fromSingleFont(Path file) throws IOException {
        RandomAccessReadBufferedFile input = new RandomAccessReadBufferedFile(file.toFile());
        TrueTypeFont font;
        try {
            font = new TTFParser().parse(input);
        } catch (IOException | RuntimeException e) {
            input.close();
            throw e;
        }
        try {
            return new PdfFontFile(file.toString(), font, chineseCharacters(file, font), font);
        } catch (IOException | RuntimeException e) {
            font.close();
            throw e;
        }
    }

    /** The face's Unicode characters, if it can be embedded and has Chinese ones. */
    private static CmapLookup chineseCharacters(Path file, TrueTypeFont font) throws IOException {
        if (font instanceof OpenTypeFont otf && otf.isPostScript()) {
            throw cffOutlines(file);
        }
        CmapLookup characters = font.getUnicodeCmapLookup(false);
        if (characters == null || characters.getGlyphId(CHINESE_PROBE) == 0) {
            throw PdfFontMissing.unusable(file, "it has no Chinese glyphs", "不含中文字形", null);
        }
        return characters;
    }

    private static PdfFontMissing cffOutlines(Path file) {
        return PdfFontMissing.unusable(file, "its outlines are CFF, which PDFBox cannot embed as a subset",
                "其字形为 CFF 轮廓，PDFBox 无法以子集方式嵌入", null);
    }

    private static boolean matches(TrueTypeFont face, String wanted) throws IOException {
        String postScript = face.getName();
        String family = face.getNaming() == null ? null : face.getNaming().getFontFamily();
        return wanted.equalsIgnoreCase(postScript) || wanted.equalsIgnoreCase(family);
    }

    /** The file's first four bytes: "ttcf" for a collection, "OTTO" for CFF outlines, else TrueType. */
    private static String tag(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new String(in.readNBytes(4), StandardCharsets.ISO_8859_1);
        }
    }

    private static void closeQuietly(PdfFontFile face, RuntimeException failure) {
        try {
            face.close();
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }

    /** Read on first use, so a start without PDFs never holds the 3 MB. */
    private static final class BundledBytes {
        static final byte[] FONT = read();

        private static byte[] read() {
            try (InputStream in = PdfFonts.class.getResourceAsStream(BUNDLED)) {
                if (in == null) {
                    throw new IllegalStateException("The bundled font " + BUNDLED + " is not on the class path");
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException("The bundled font " + BUNDLED + " cannot be read", e);
            }
        }
    }
}
