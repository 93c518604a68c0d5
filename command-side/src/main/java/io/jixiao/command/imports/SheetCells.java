package io.jixiao.command.imports;

import io.jixiao.kernel.forms.OfficialLayout;
import io.jixiao.kernel.forms.Place;
import io.jixiao.kernel.forms.Span;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The cells of one sheet as a person sees them: a cell inside a merged area shows the area's value, and a label is
 * found by its text wherever it is, so a workbook that added a row above the table still reads. Only the first
 * {@link #MAX_ROWS} rows and {@link #MAX_COLUMNS} columns are looked at: a form is far smaller, and a sheet that is
 * not gets no more of our time.
 */
final class SheetCells {
    static final int MAX_ROWS = 2_000;
    static final int MAX_COLUMNS = 40;
    private final Sheet sheet;
    private final DataFormatter formatter = new DataFormatter(Locale.ROOT);
    private final Map<Long, CellRangeAddress> merged = new HashMap<>();
    private final int lastRow;

    SheetCells(Sheet sheet) {
        this.sheet = sheet;
        this.lastRow = Math.min(sheet.getLastRowNum(), MAX_ROWS - 1);
        for (CellRangeAddress area : sheet.getMergedRegions()) {
            for (int r = area.getFirstRow(); r <= Math.min(area.getLastRow(), lastRow); r++) {
                for (int c = area.getFirstColumn(); c <= Math.min(area.getLastColumn(), MAX_COLUMNS - 1); c++) {
                    merged.put(key(r, c), area);
                }
            }
        }
    }

    String name() {
        return sheet.getSheetName();
    }

    int lastRow() {
        return lastRow;
    }

    /** The merged area a cell lies in, or the cell alone. */
    Span spanAt(int row, int column) {
        CellRangeAddress area = merged.get(key(row, column));
        return area == null ? Span.cell(row, column)
                : new Span(area.getFirstRow(), area.getLastRow(), area.getFirstColumn(), area.getLastColumn());
    }

    /** The cell that holds what a person sees at (row, column): the top-left cell of its merged area. */
    Cell cell(int row, int column) {
        Place owner = spanAt(row, column).topLeft();
        Row r = sheet.getRow(owner.row());
        return r == null ? null : r.getCell(owner.column());
    }

    /**
     * The text shown at a place: a text cell exactly as typed, a number as Excel formats it, blank as null. Strings
     * are never trimmed: targets and actual values stay exactly as written.
     */
    String text(int row, int column) {
        Cell cell = cell(row, column);
        if (cell == null) {
            return null;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        String text = switch (type) {
            case STRING -> cell.getRichStringCellValue().getString();
            case NUMERIC, BOOLEAN -> formatter.formatCellValue(cell, null);
            default -> null;
        };
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

    private static long key(int row, int column) {
        return ((long) row << 16) | column;
    }
}
