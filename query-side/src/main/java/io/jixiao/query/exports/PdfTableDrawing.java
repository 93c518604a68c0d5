package io.jixiao.query.exports;

import org.apache.pdfbox.pdmodel.PDPageContentStream;

import java.io.IOException;
import java.util.List;

/** Draws one page of a laid-out table: shaded labels, cell borders, text centred vertically in each cell. */
final class PdfTableDrawing {
    private static final float LABEL_GREY = 0.93f;
    private static final float BORDER_WIDTH = 0.6f;
    /** Where the baseline sits below the top of the em box: CJK glyphs fill about 0.88 em above it. */
    private static final float ASCENT = 0.88f;

    private final PdfTableLayout layout;
    private final PDPageContentStream out;

    PdfTableDrawing(PdfTableLayout layout, PDPageContentStream out) {
        this.layout = layout;
        this.out = out;
    }

    /** The page's table with its top left corner at (x, top). */
    void draw(PdfTableLayout.Page page, float x, float top) throws IOException {
        List<PdfTableLayout.Piece> pieces = page.pieces();
        float[] heights = page.heights();
        float[] tops = new float[pieces.size() + 1];
        tops[0] = top;
        for (int i = 0; i < pieces.size(); i++) {
            tops[i + 1] = tops[i] - heights[i];
        }
        out.setLineWidth(BORDER_WIDTH);
        for (int i = 0; i < pieces.size(); i++) {
            PdfTableLayout.Piece piece = pieces.get(i);
            List<PdfCell> cells = piece.laid().row().cells();
            for (int c = 0; c < cells.size(); c++) {
                PdfCell cell = cells.get(c);
                if (cell.mergeKey() != null) {
                    continue;
                }
                List<String> lines = piece.laid().lines().get(c);
                List<String> shown = lines.subList(Math.min(piece.from(), lines.size()), Math.min(piece.to(), lines.size()));
                cell(cell, shown, x + layout.left(cell.column()), tops[i], heights[i], piece.from() > 0);
            }
        }
        for (int column = 0; column < layout.widths().length; column++) {
            for (int[] group : layout.mergedGroups(pieces, column)) {
                PdfCell cell = mergedCell(pieces.get(group[0]), column);
                cell(cell, layout.merged(pieces.get(group[0]), column), x + layout.left(column), tops[group[0]],
                        tops[group[0]] - tops[group[1]], false);
            }
        }
    }

    /** @param continued the rest of a text begun on the page before: it goes on at the top, not in the middle */
    private void cell(PdfCell cell, List<String> lines, float left, float top, float height, boolean continued)
            throws IOException {
        float width = layout.width(cell);
        if (cell.label()) {
            out.setNonStrokingColor(LABEL_GREY, LABEL_GREY, LABEL_GREY);
            out.addRect(left, top - height, width, height);
            out.fill();
            out.setNonStrokingColor(0f, 0f, 0f);
        }
        out.addRect(left, top - height, width, height);
        out.stroke();
        float size = layout.fontSize();
        float leading = layout.leading();
        float blockTop = continued ? top - layout.padY() : top - (height - lines.size() * leading) / 2;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isEmpty()) {
                continue;
            }
            float lineWidth = layout.text().width(line, size);
            float textX = switch (cell.align()) {
                case LEFT -> left + layout.padX();
                case CENTER -> left + (width - lineWidth) / 2;
                case RIGHT -> left + width - layout.padX() - lineWidth;
            };
            float baseline = blockTop - i * leading - (leading - size) / 2 - ASCENT * size;
            layout.text().show(out, line, size, textX, baseline);
        }
    }

    private static PdfCell mergedCell(PdfTableLayout.Piece piece, int column) {
        return piece.laid().row().cells().stream().filter(c -> c.column() == column && c.mergeKey() != null)
                .findFirst().orElseThrow();
    }
}
