package io.jixiao.query.exports;

import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.Closeable;
import java.io.IOException;

/** One open font face: knows which characters it has, and embeds itself into a document as a Type0 subset. */
public final class PdfFontFile implements Closeable {
    private final String source;
    private final TrueTypeFont face;
    private final CmapLookup characters;
    private final Closeable input;

    PdfFontFile(String source, TrueTypeFont face, CmapLookup characters, Closeable input) {
        this.source = source;
        this.face = face;
        this.characters = characters;
        this.input = input;
    }

    /** Where the face was read from: a file's path, or the bundled font. */
    public String source() {
        return source;
    }

    public boolean has(int codePoint) {
        return characters.getGlyphId(codePoint) != 0;
    }

    public PDType0Font embedIn(PDDocument document) throws IOException {
        return PDType0Font.load(document, face, true);
    }

    @Override
    public void close() throws IOException {
        input.close();
    }
}
