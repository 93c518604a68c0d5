package io.jixiao.query.exports;

import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;

/** An open font file: embeds its chosen face into a document as a Type0 subset. */
public final class PdfFontFile implements Closeable {
    private final Path file;
    private final TrueTypeFont face;
    private final Closeable source;

    PdfFontFile(Path file, TrueTypeFont face, Closeable source) {
        this.file = file;
        this.face = face;
        this.source = source;
    }

    public Path file() {
        return file;
    }

    public PDType0Font embedIn(PDDocument document) throws IOException {
        return PDType0Font.load(document, face, true);
    }

    @Override
    public void close() throws IOException {
        source.close();
    }
}
