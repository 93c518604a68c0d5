package io.jixiao.query.exports;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/**
 * The faces one document prints with, in order of preference: each character is drawn in the first face that has
 * it. Close it after the document is saved (the subsets are read on save).
 */
public final class PdfFontSet implements Closeable {
    private final List<PdfFontFile> faces;

    PdfFontSet(List<PdfFontFile> faces) {
        this.faces = List.copyOf(faces);
    }

    public List<PdfFontFile> faces() {
        return faces;
    }

    @Override
    public void close() throws IOException {
        IOException failure = null;
        for (PdfFontFile face : faces) {
            try {
                face.close();
            } catch (IOException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
