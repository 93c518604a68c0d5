package io.jixiao.command.imports;

import io.jixiao.command.imports.Figures.Figure;
import io.jixiao.kernel.evaluation.IndicatorInput;
import io.jixiao.kernel.forms.OfficialLayout;
import io.jixiao.kernel.forms.Place;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the indicator table: columns found by their headers, one indicator per row down to the 总分 row. A category
 * merged over several rows belongs to each of them; a row with nothing but categories is no indicator.
 */
final class IndicatorTableReader {
    private static final List<String> HEADERS = List.of(OfficialLayout.LEVEL1, OfficialLayout.LEVEL2,
            OfficialLayout.INDICATOR_NAME, OfficialLayout.TARGET, OfficialLayout.ACTUAL_VALUE, OfficialLayout.WEIGHT,
            OfficialLayout.SCORE, OfficialLayout.DEVIATION);
    private final SheetCells cells;
    private final SheetProblems problems;
    private final SheetProblems completeness;
    private final Map<String, Integer> columns = new LinkedHashMap<>();

    /**
     * The indicators in sheet order; {@code weightTotalPlace} is the 总分 row's 分值 cell, where a wrong weight total is
     * reported (null when the sheet has no 总分 row).
     */
    record IndicatorTable(boolean found, List<IndicatorInput> indicators, Place weightTotalPlace) {
        static IndicatorTable missing() {
            return new IndicatorTable(false, List.of(), null);
        }
    }

    private IndicatorTableReader(SheetCells cells, SheetProblems problems, SheetProblems completeness) {
        this.cells = cells;
        this.problems = problems;
        this.completeness = completeness;
    }

    /** {@code completeness} takes the problems an untouched export of ours is spared (see FormFingerprint). */
    static IndicatorTable read(SheetCells cells, SheetProblems problems, SheetProblems completeness, int fromRow) {
        return new IndicatorTableReader(cells, problems, completeness).read(fromRow);
    }

    private IndicatorTable read(int fromRow) {
        Optional<Place> header = cells.find(OfficialLayout.LEVEL1, fromRow);
        if (header.isEmpty()) {
            problems.sheet(null, "The indicator table (header 一级指标) was not found.", "未找到绩效指标表（表头“一级指标”）。");
            return IndicatorTable.missing();
        }
        int headerRow = header.get().row();
        for (String label : HEADERS) {
            Optional<Place> place = cells.findInRow(label, headerRow);
            if (place.isEmpty()) {
                problems.sheet(headerRow + 1, "The indicator table has no column " + label + " in row "
                        + (headerRow + 1) + ".", "绩效指标表第 " + (headerRow + 1) + " 行缺少“" + label + "”列。");
            } else {
                columns.put(label, place.get().column());
            }
        }
        if (columns.size() < HEADERS.size()) {
            return IndicatorTable.missing();
        }
        List<IndicatorInput> indicators = new ArrayList<>();
        int firstRow = cells.spanAt(headerRow, header.get().column()).lastRow() + 1;
        for (int r = firstRow; r <= cells.lastRow(); r++) {
            if (cells.findInRow(OfficialLayout.TOTAL, r).isPresent()) {
                return new IndicatorTable(true, indicators, new Place(r, columns.get(OfficialLayout.WEIGHT)));
            }
            if (endsTable(r)) {
                break;
            }
            if (!blank(r)) {
                indicators.add(indicator(r));
            }
        }
        return new IndicatorTable(true, indicators, null);
    }

    /** Without a 总分 row the table still ends where the grade or the signature lines begin. */
    private boolean endsTable(int row) {
        return cells.findInRow(OfficialLayout.GRADE, row).isPresent()
                || cells.findInRow(text -> text != null && (startsWith(text, OfficialLayout.PROJECT_LEAD)
                || startsWith(text, OfficialLayout.FINANCE_LEAD)), row).isPresent();
    }

    private static boolean startsWith(String text, String label) {
        String wanted = OfficialLayout.normalized(label).replace(":", "");
        return OfficialLayout.normalized(text).startsWith(wanted);
    }

    private boolean blank(int row) {
        for (String label : List.of(OfficialLayout.INDICATOR_NAME, OfficialLayout.TARGET, OfficialLayout.ACTUAL_VALUE,
                OfficialLayout.WEIGHT, OfficialLayout.SCORE, OfficialLayout.DEVIATION)) {
            if (cells.text(row, columns.get(label)) != null) {
                return false;
            }
        }
        return true;
    }

    private IndicatorInput indicator(int row) {
        String name = text(row, OfficialLayout.INDICATOR_NAME);
        if (name == null) {
            completeness.at(place(row, OfficialLayout.INDICATOR_NAME), "The indicator in row " + (row + 1)
                    + " has no name (三级指标).", "第 " + (row + 1) + " 行的指标缺少名称（三级指标）。");
        }
        BigDecimal weight = points(row, OfficialLayout.WEIGHT);
        BigDecimal score = points(row, OfficialLayout.SCORE);
        if (weight != null && score != null && score.compareTo(weight) > 0) {
            problems.at(place(row, OfficialLayout.SCORE), "The score " + score.toPlainString()
                    + " is above the weight " + weight.toPlainString() + ".",
                    "得分 " + score.toPlainString() + " 高于分值 " + weight.toPlainString() + "。");
        }
        return new IndicatorInput(text(row, OfficialLayout.LEVEL1), text(row, OfficialLayout.LEVEL2), name,
                text(row, OfficialLayout.TARGET), weight, text(row, OfficialLayout.ACTUAL_VALUE), score,
                text(row, OfficialLayout.DEVIATION));
    }

    private String text(int row, String column) {
        return cells.text(row, columns.get(column));
    }

    private BigDecimal points(int row, String column) {
        Place place = place(row, column);
        Figure figure = Figures.read(cells.cell(row, place.column()), Figures.POINTS_SCALE);
        if (figure instanceof Figures.NotANumber text) {
            problems.at(place, "The " + column + " cell holds text (\"" + text.text() + "\"), not a number.",
                    column + "单元格为文字（“" + text.text() + "”），应为数字。");
            return null;
        }
        if (figure instanceof Figures.Number number) {
            if (number.value().signum() < 0) {
                problems.at(place, "The " + column + " " + number.value().toPlainString() + " is negative.",
                        column + " " + number.value().toPlainString() + " 为负数。");
            }
            return number.value();
        }
        return null;
    }

    private Place place(int row, String column) {
        return new Place(row, columns.get(column));
    }
}
