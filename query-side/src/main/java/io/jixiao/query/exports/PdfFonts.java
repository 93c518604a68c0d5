package io.jixiao.query.exports;

import org.apache.fontbox.ttf.OpenTypeFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the Chinese TrueType font the printable form embeds: {@code jixiao.pdf.font} (a .ttf or .ttc, with
 * {@code jixiao.pdf.font-name} choosing a face of a collection) or else the first installed of {@link #DEBIAN}.
 * Looked up when a PDF is made, not at startup, so an installation without fonts still runs and answers 503
 * ({@link PdfFontMissing}) only for PDFs. Noto CJK is not listed: its outlines are CFF, which PDFBox cannot
 * embed as a Type0 subset.
 */
@Component
public class PdfFonts {
    public static final List<Path> DEBIAN = List.of(
            Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"),
            Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
            Path.of("/usr/share/fonts/truetype/arphic/uming.ttc"),
            Path.of("/usr/share/fonts/truetype/arphic/ukai.ttc"),
            Path.of("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"));
    private static final int CHINESE_PROBE = '绩';

    private final Path configured;
    private final String faceName;
    private final List<Path> known;

    @Autowired
    public PdfFonts(@Value("${jixiao.pdf.font:}") String font, @Value("${jixiao.pdf.font-name:}") String fontName) {
        this(font == null || font.isBlank() ? null : Path.of(font.trim()), fontName, DEBIAN);
    }

    /** @param configured a font file that must be used, or null to take the first of {@code known} that exists */
    public PdfFonts(Path configured, String faceName, List<Path> known) {
        this.configured = configured;
        this.faceName = faceName == null || faceName.isBlank() ? null : faceName.trim();
        this.known = List.copyOf(known);
    }

    /** The Debian locations only. */
    public static PdfFonts installed() {
        return new PdfFonts(null, null, DEBIAN);
    }

    /** The font file that will be used. */
    public Path file() {
        if (configured != null) {
            if (!Files.isRegularFile(configured)) {
                throw PdfFontMissing.unusable(configured, "no such file", "文件不存在", null);
            }
            return configured;
        }
        return known.stream().filter(Files::isRegularFile).findFirst()
                .orElseThrow(() -> PdfFontMissing.nothingInstalled(known));
    }

    /** Opens the font for one document; close it after the document is saved (the subset is read on save). */
    public PdfFontFile open() {
        Path file = file();
        try {
            String tag = tag(file);
            if (tag.equals("OTTO")) {
                throw cffOutlines(file);
            }
            return tag.equals("ttcf") ? fromCollection(file) : fromSingleFont(file);
        } catch (IOException e) {
            throw PdfFontMissing.unusable(file, "unreadable (" + e.getMessage() + ")", "无法读取", e);
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
            checkUsable(file, chosen);
            return new PdfFontFile(file, chosen, collection);
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
            checkUsable(file, font);
            return new PdfFontFile(file, font, font);
        } catch (RuntimeException e) {
            font.close();
            throw e;
        }
    }

    private static void checkUsable(Path file, TrueTypeFont font) throws IOException {
        if (font instanceof OpenTypeFont otf && otf.isPostScript()) {
            throw cffOutlines(file);
        }
        if (font.getUnicodeCmapLookup(false) == null
                || font.getUnicodeCmapLookup(false).getGlyphId(CHINESE_PROBE) == 0) {
            throw PdfFontMissing.unusable(file, "it has no Chinese glyphs", "不含中文字形", null);
        }
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
}
