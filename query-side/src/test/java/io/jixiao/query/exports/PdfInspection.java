package io.jixiao.query.exports;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** What a reader of a rendered PDF finds in it: text per page, fonts, glyph positions; and copies for a person to look at. */
final class PdfInspection {
    static final Path OUT = Path.of("target/pdf");

    private final byte[] pdf;

    PdfInspection(byte[] pdf) {
        this.pdf = pdf;
    }

    /**
     * One glyph as the text extraction places it, in PDF user space (origin bottom left), with the font drawing it
     * (its name without the subset tag).
     */
    record Glyph(int page, String text, float x, float baseline, float width, float size, String font) {
        /** Overlaps another glyph's em box by more than half a point both ways. */
        boolean overlaps(Glyph other) {
            float overlapX = Math.min(x + width, other.x + other.width) - Math.max(x, other.x);
            float overlapY = Math.min(baseline + 0.85f * size, other.baseline + 0.85f * other.size)
                    - Math.max(baseline - 0.12f * size, other.baseline - 0.12f * other.size);
            return page == other.page && overlapX > 0.5f && overlapY > 0.5f;
        }
    }

    int pageCount() {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String text() {
        return text(1, Integer.MAX_VALUE);
    }

    String page(int number) {
        return text(number, number);
    }

    List<PDFont> fonts() {
        List<PDFont> fonts = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return fonts;
    }

    List<Glyph> glyphs() {
        List<Glyph> glyphs = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    float pageHeight = getCurrentPage().getMediaBox().getHeight();
                    for (TextPosition p : positions) {
                        glyphs.add(new Glyph(getCurrentPageNo(), p.getUnicode(), p.getXDirAdj(),
                                pageHeight - p.getYDirAdj(), p.getWidthDirAdj(), p.getFontSizeInPt(),
                                p.getFont().getName().replaceFirst("^[A-Z]{6}\\+", "")));
                    }
                }
            };
            stripper.getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return glyphs;
    }

    /** Saves the PDF and its first page as PNG under target/pdf, for a person to look at. */
    void save(String name) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            Files.createDirectories(OUT);
            try (var old = Files.newDirectoryStream(OUT, name + "*")) {
                for (Path file : old) {
                    Files.delete(file);
                }
            }
            Files.write(OUT.resolve(name + ".pdf"), pdf);
            PDFRenderer renderer = new PDFRenderer(document);
            for (int page = 0; page < document.getNumberOfPages(); page++) {
                BufferedImage image = renderer.renderImageWithDPI(page, 110);
                ImageIO.write(image, "png", OUT.resolve(name + "-p" + (page + 1) + ".png").toFile());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String text(int from, int to) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setStartPage(from);
            stripper.setEndPage(to);
            StringWriter out = new StringWriter();
            stripper.writeText(document, out);
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
