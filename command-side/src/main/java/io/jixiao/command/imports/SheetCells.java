package io.jixiao.command.imports;

import io.jixiao.kernel.forms.OfficialLayout;
import io.jixiao.kernel.forms.Place;
import io.jixiao.kernel.forms.Span;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The cells of one sheet as a person sees them: a cell inside a merged area shows the area's value, and a label is
 * found by its text wherever it is, so a workbook that added a row above the table still reads. Only the first
 * {@link #MAX_COLUMNS} columns are looked at (a form is far narrower), and only as many rows as the workbook limits
 * let a sheet have.
 */
final class SheetCells {
    static final int MAX_COLUMNS = 40;
    private final CellGrid grid;
    private final Map<Long, Span> merged = new HashMap<>();
    private final int lastRow;

    SheetCells(CellGrid grid, int maxRows) {
        this.grid = grid;
        int last = grid.lastRow();
        for (Span area : grid.merged()) {
            last = Math.max(last, Math.min(area.lastRow(), maxRows - 1));
        }
        this.lastRow = last;
        long covered = 0;
        for (Span area : grid.merged()) {
            for (int r = area.firstRow(); r <= Math.min(area.lastRow(), lastRow); r++) {
                for (int c = area.firstColumn(); c <= Math.min(area.lastColumn(), MAX_COLUMNS - 1); c++) {
                    merged.put(CellGrid.key(r, c), area);
                    covered++;
                }
            }
            // areas that do not overlap cover each cell once; overlapping ones could make this loop endless
            if (covered > (long) (lastRow + 1) * MAX_COLUMNS) {
                throw WorkbookLimitReached.onSheet(grid.name(), null, "has merged areas that overlap, which Excel "
                        + "does not allow.", "有相互重叠的合并单元格（Excel 不允许），");
            }
        }
    }

    String name() {
        return grid.name();
    }

    int lastRow() {
        return lastRow;
    }

    /** The merged area a cell lies in, or the cell alone. */
    Span spanAt(int row, int column) {
        Span area = merged.get(CellGrid.key(row, column));
        return area == null ? Span.cell(row, column) : area;
    }

    /** The cell that holds what a person sees at (row, column): the top-left cell of its merged area. */
    GridCell cell(int row, int column) {
        Place owner = spanAt(row, column).topLeft();
        return grid.at(owner.row(), owner.column());
    }

    /**
     * The text shown at a place: a text cell exactly as typed, a number as Excel formats it, blank as null. Strings
     * are never trimmed: targets and actual values stay exactly as written.
     */
    String text(int row, int column) {
        Place owner = spanAt(row, column).topLeft();
        String text = grid.shown(owner.row(), owner.column());
        return text == null || text.isBlank() ? null : text;
    }

    /** The first place, row by row, whose text satisfies the test, within rows [fromRow, toRow]. */
    Optional<Place> find(Predicate<String> test, int fromRow, int toRow) {
        for (int r = Math.max(0, fromRow); r <= Math.min(toRow, lastRow); r++) {
            Optional<Place> found = findInRow(test, r);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    Optional<Place> find(String label, int fromRow) {
        return find(text -> OfficialLayout.sameLabel(text, label), fromRow, lastRow);
    }

    Optional<Place> findInRow(Predicate<String> test, int row) {
        for (int c = 0; c < MAX_COLUMNS; c++) {
            if (spanAt(row, c).firstColumn() == c && test.test(text(row, c))) {
                return Optional.of(new Place(row, c));
            }
        }
        return Optional.empty();
    }

    Optional<Place> findInRow(String label, int row) {
        return findInRow(text -> OfficialLayout.sameLabel(text, label), row);
    }

    /** Where the value of a label lies, by the layout's rule: right of the label's merged area or just below it. */
    Place valueOf(Place label, OfficialLayout.Direction direction) {
        Span span = spanAt(label.row(), label.column());
        return direction == OfficialLayout.Direction.RIGHT
                ? new Place(span.firstRow(), span.lastColumn() + 1)
                : new Place(span.lastRow() + 1, span.firstColumn());
    }
}
