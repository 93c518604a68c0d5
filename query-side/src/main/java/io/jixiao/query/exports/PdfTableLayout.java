package io.jixiao.query.exports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Lays a table out on pages: cells wrapped to their width, rows as tall as their tallest cell, merged cells at
 * least as tall as their text, and page breaks that move a row to the next page whole where it fits there and
 * otherwise split it between lines. A section continued on a new page starts with its header row again.
 */
final class PdfTableLayout {
    /** A row that would leave fewer lines than this at the bottom of a page moves to the next page instead. */
    private static final int MIN_LINES_BEFORE_BREAK = 2;

    private final float[] widths;
    private final PdfText text;
    private final float fontSize;
    private final float leading;
    private final float padX;
    private final float padY;

    PdfTableLayout(float[] widths, PdfText text, float fontSize, float leading, float padX, float padY) {
        this.widths = widths.clone();
        this.text = text;
        this.fontSize = fontSize;
        this.leading = leading;
        this.padX = padX;
        this.padY = padY;
    }

    /** A row with the lines of each cell. {@code lineCount}: lines of its tallest unmerged cell, at least 1. */
    record Laid(PdfRow row, List<List<String>> lines, int lineCount) {
    }

    /** Lines {@code from} (inclusive) to {@code to} of a row's unmerged cells, on one page. */
    record Piece(Laid laid, int from, int to) {
    }

    /** One page of the table: its pieces and the height of each. */
    record Page(List<Piece> pieces, float[] heights) {
        float height() {
            float sum = 0;
            for (float h : heights) {
                sum += h;
            }
            return sum;
        }
    }

    float[] widths() {
        return widths.clone();
    }

    float fontSize() {
        return fontSize;
    }

    float leading() {
        return leading;
    }

    float padX() {
        return padX;
    }

    float padY() {
        return padY;
    }

    PdfText text() {
        return text;
    }

    float left(int column) {
        float x = 0;
        for (int i = 0; i < column; i++) {
            x += widths[i];
        }
        return x;
    }

    float width(PdfCell cell) {
        return left(cell.column() + cell.span()) - left(cell.column());
    }

    Laid lay(PdfRow row) {
        List<List<String>> lines = new ArrayList<>();
        int count = 1;
        for (PdfCell cell : row.cells()) {
            List<String> cellLines = text.wrap(cell.text(), fontSize, width(cell) - 2 * padX);
            lines.add(cellLines);
            if (cell.mergeKey() == null) {
                count = Math.max(count, cellLines.size());
            }
        }
        return new Laid(row, lines, count);
    }

    /** The rows on pages: the first page has {@code firstCapacity} points of height, later ones {@code nextCapacity}. */
    List<Page> paginate(List<PdfRow> rows, float firstCapacity, float nextCapacity) {
        Map<String, Laid> headers = new HashMap<>();
        List<Page> pages = new ArrayList<>();
        List<Piece> page = new ArrayList<>();
        int repeated = 0;
        float capacity = firstCapacity;
        for (PdfRow row : rows) {
            Laid laid = lay(row);
            if (row.header() && row.section() != null) {
                headers.put(row.section(), laid);
            }
            int from = 0;
            while (from < laid.lineCount()) {
                Piece rest = new Piece(laid, from, laid.lineCount());
                boolean pageHasContent = page.size() > repeated;
                if (fits(page, rest, capacity)) {
                    page.add(rest);
                    break;
                }
                List<Piece> fresh = repeatedHeader(headers, laid);
                boolean movable = pageHasContent && fits(fresh, rest, nextCapacity);
                int split = movable ? 0 : linesThatFit(page, laid, from, capacity);
                if (split >= MIN_LINES_BEFORE_BREAK || (!pageHasContent && split > 0)) {
                    page.add(new Piece(laid, from, from + split));
                    from += split;
                } else if (!pageHasContent) {
                    // Only a merged text taller than a whole page gets here; print it clipped rather than loop.
                    page.add(rest);
                    break;
                }
                pages.add(close(page, repeated));
                page = new ArrayList<>(repeatedHeader(headers, laid));
                repeated = page.size();
                capacity = nextCapacity;
            }
        }
        if (page.size() > repeated || pages.isEmpty()) {
            pages.add(close(page, repeated));
        }
        return pages;
    }

    /** The height of each piece on one page, merged cells included. */
    float[] heights(List<Piece> pieces) {
        float[] heights = new float[pieces.size()];
        TreeSet<Integer> mergedColumns = new TreeSet<>();
        for (int i = 0; i < pieces.size(); i++) {
            Piece piece = pieces.get(i);
            heights[i] = (piece.to() - piece.from()) * leading + 2 * padY;
            piece.laid().row().cells().stream().filter(c -> c.mergeKey() != null)
                    .forEach(c -> mergedColumns.add(c.column()));
        }
        // Inner categories first: growing the last row of a level-2 group also grows its level-1 group.
        for (int column : mergedColumns.descendingSet()) {
            for (int[] group : mergedGroups(pieces, column)) {
                float sum = 0;
                for (int i = group[0]; i < group[1]; i++) {
                    sum += heights[i];
                }
                float needed = merged(pieces.get(group[0]), column).size() * leading + 2 * padY;
                if (sum < needed) {
                    heights[group[1] - 1] += needed - sum;
                }
            }
        }
        return heights;
    }

    /** Runs [start, end) of consecutive pieces whose cell in {@code column} has the same merge key. */
    List<int[]> mergedGroups(List<Piece> pieces, int column) {
        List<int[]> groups = new ArrayList<>();
        int i = 0;
        while (i < pieces.size()) {
            String key = mergeKey(pieces.get(i), column);
            int end = i + 1;
            while (key != null && end < pieces.size() && key.equals(mergeKey(pieces.get(end), column))) {
                end++;
            }
            if (key != null) {
                groups.add(new int[] {i, end});
            }
            i = end;
        }
        return groups;
    }

    /** The lines of the merged cell starting at {@code column} in a piece. */
    List<String> merged(Piece piece, int column) {
        List<PdfCell> cells = piece.laid().row().cells();
        for (int i = 0; i < cells.size(); i++) {
            if (cells.get(i).column() == column && cells.get(i).mergeKey() != null) {
                return piece.laid().lines().get(i);
            }
        }
        return List.of();
    }

    private static String mergeKey(Piece piece, int column) {
        for (PdfCell cell : piece.laid().row().cells()) {
            if (cell.column() == column) {
                return cell.mergeKey();
            }
        }
        return null;
    }

    private Page close(List<Piece> page, int repeated) {
        List<Piece> pieces = new ArrayList<>(page);
        // A header left last on a page heads nothing there; the next page repeats it anyway.
        if (pieces.size() > Math.max(repeated, 1) && pieces.get(pieces.size() - 1).laid().row().header()) {
            pieces.remove(pieces.size() - 1);
        }
        return new Page(List.copyOf(pieces), heights(pieces));
    }

    private static List<Piece> repeatedHeader(Map<String, Laid> headers, Laid laid) {
        Laid header = laid.row().section() == null || laid.row().header() ? null : headers.get(laid.row().section());
        return header == null ? List.of() : List.of(new Piece(header, 0, header.lineCount()));
    }

    private int linesThatFit(List<Piece> page, Laid laid, int from, float capacity) {
        for (int lines = laid.lineCount() - from - 1; lines > 0; lines--) {
            if (fits(page, new Piece(laid, from, from + lines), capacity)) {
                return lines;
            }
        }
        return 0;
    }

    private boolean fits(List<Piece> page, Piece next, float capacity) {
        List<Piece> candidate = new ArrayList<>(page);
        candidate.add(next);
        float total = 0;
        for (float h : heights(candidate)) {
            total += h;
        }
        return total <= capacity + 0.01f;
    }
}
