package io.jixiao.command.imports;

/**
 * A category label printed in the indicator table, and the rows it can belong to: the row it is printed in
 * ({@code firstRow == lastRow}); the two rows it is wrapped over ({@code straddles}: it belongs to both); or the two
 * rows it is printed between, when OCR ran them together ({@code !straddles}: it belongs to one of them or both).
 * A category cell holding text that is no label has {@code label} null and the text in {@code unreadable}.
 */
record LevelMark(int level, String label, String unreadable, int firstRow, int lastRow, boolean straddles) {

    static LevelMark on(int level, String label, int row) {
        return new LevelMark(level, label, null, row, row, true);
    }

    static LevelMark spanning(int level, String label, int firstRow, int lastRow) {
        return new LevelMark(level, label, null, firstRow, lastRow, true);
    }

    static LevelMark between(int level, String label, int firstRow, int lastRow) {
        return new LevelMark(level, label, null, firstRow, lastRow, false);
    }

    static LevelMark garbled(int level, String text, int row) {
        return new LevelMark(level, null, text, row, row, true);
    }

    boolean certain() {
        return straddles || firstRow == lastRow;
    }
}
