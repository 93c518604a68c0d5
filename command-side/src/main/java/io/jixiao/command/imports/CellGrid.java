package io.jixiao.command.imports;

import io.jixiao.kernel.forms.Span;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The compact content of one sheet: only the cells that hold a value, within the rows and columns the readers look
 * at, and the merged areas. All a form reader needs, at a fraction of what a full workbook model takes.
 */
final class CellGrid {
    private final String name;
    private final CellFormats formats;
    private final Map<Long, GridCell> cells = new HashMap<>();
    private final List<Span> merged = new ArrayList<>();
    private int lastRow = -1;

    CellGrid(String name, CellFormats formats) {
        this.name = name;
        this.formats = formats;
    }

    String name() {
        return name;
    }

    GridCell at(int row, int column) {
        return cells.get(key(row, column));
    }

    /** The text a cell shows (see {@link GridCell#shown}); null for no cell. */
    String shown(int row, int column) {
        GridCell cell = at(row, column);
        return cell == null ? null : cell.shown(formats);
    }

    /** The cell as printed (see {@link GridCell#printed}); null for no cell. */
    String printed(int row, int column) {
        GridCell cell = at(row, column);
        return cell == null ? null : cell.printed(formats);
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
    boolean anyInFirstRows(int rows, Predicate<String> test) {
        return cells.entrySet().stream().anyMatch(e -> (e.getKey() >>> 16) < rows && test.test(e.getValue().shown(formats)));
    }

    static long key(int row, int column) {
        return ((long) row << 16) | column;
    }
}
