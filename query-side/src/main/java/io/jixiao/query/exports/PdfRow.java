package io.jixiao.query.exports;

import java.util.List;

/**
 * One row of a printed table. Rows of the same {@code section} that continue on a new page are preceded there by
 * the section's {@code header} row again (null: nothing is repeated).
 */
record PdfRow(List<PdfCell> cells, String section, boolean header) {
    PdfRow {
        cells = List.copyOf(cells);
    }

    static PdfRow of(String section, PdfCell... cells) {
        return new PdfRow(List.of(cells), section, false);
    }

    static PdfRow headerOf(String section, PdfCell... cells) {
        return new PdfRow(List.of(cells), section, true);
    }
}
