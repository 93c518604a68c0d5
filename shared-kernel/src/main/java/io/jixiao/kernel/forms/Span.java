package io.jixiao.kernel.forms;

/** A rectangle of cells, inclusive on every side, 0-based: where a label or a value is merged over. */
public record Span(int firstRow, int lastRow, int firstColumn, int lastColumn) {

    public Span {
        if (firstRow < 0 || firstColumn < 0 || lastRow < firstRow || lastColumn < firstColumn) {
            throw new IllegalArgumentException("Not a rectangle of cells: rows " + firstRow + "-" + lastRow
                    + ", columns " + firstColumn + "-" + lastColumn);
        }
    }

    public static Span cell(int row, int column) {
        return new Span(row, row, column, column);
    }

    public static Span row(int row, int firstColumn, int lastColumn) {
        return new Span(row, row, firstColumn, lastColumn);
    }

    public static Span column(int column, int firstRow, int lastRow) {
        return new Span(firstRow, lastRow, column, column);
    }

    public Place topLeft() {
        return new Place(firstRow, firstColumn);
    }

    /** A single cell needs no merging (and a spreadsheet refuses to merge one). */
    public boolean isMerged() {
        return lastRow > firstRow || lastColumn > firstColumn;
    }

    public int columnCount() {
        return lastColumn - firstColumn + 1;
    }
}
