package io.jixiao.query.exports;

/**
 * One cell of a printed table row, {@code span} grid columns wide from {@code column}. A cell with a
 * {@code mergeKey} is drawn as one cell together with the cells of the same key directly above and below it in
 * the same column (the merged category cells of the official form); its text is never split across pages.
 *
 * @param label a heading or row label, shaded
 */
record PdfCell(int column, int span, String text, Align align, String mergeKey, boolean label) {
    enum Align { LEFT, CENTER, RIGHT }

    static PdfCell label(int column, int span, String text) {
        return new PdfCell(column, span, text, Align.CENTER, null, true);
    }

    static PdfCell value(int column, int span, String text, Align align) {
        return new PdfCell(column, span, text, align, null, false);
    }

    PdfCell merged(String key) {
        return new PdfCell(column, span, text, align, key, label);
    }
}
