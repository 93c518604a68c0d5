package io.jixiao.command.imports;

import io.jixiao.kernel.forms.Span;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The compact content of one sheet: only the cells that hold a value, within the rows and columns the readers look
 * at, and the merged areas. All a form reader needs, at a fraction of what a full workbook model takes.
 */
final class CellGrid {
    private final String name;
    private final Map<Long, GridCell> cells = new HashMap<>();
    private final List<Span> merged = new ArrayList<>();
    private int lastRow = -1;

    CellGrid(String name) {
        this.name = name;
    }

    String name() {
        return name;
    }

    GridCell at(int row, int column) {
        return cells.get(key(row, column));
    }

    void put(int row, int column, GridCell cell) {
        cells.put(key(row, column), cell);
        lastRow = Math.max(lastRow, row);
    }

    void merge(Span area) {
        merged.add(area);
    }

    List<Span> merged() {
        return merged;
    }

    /** The last row with a value; -1 for an empty sheet. */
    int lastRow() {
        return lastRow;
    }

    /** Whether any cell in the first {@code rows} rows shows a text that passes the test. */
    boolean anyInFirstRows(int rows, java.util.function.Predicate<String> test) {
        return cells.entrySet().stream().anyMatch(e -> (e.getKey() >>> 16) < rows && test.test(e.getValue().shown()));
    }

    static long key(int row, int column) {
        return ((long) row << 16) | column;
    }
}
