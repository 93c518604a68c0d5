package io.jixiao.command.imports;

import io.jixiao.command.imports.Figures.Figure;
import io.jixiao.kernel.evaluation.AmountUnit;
import io.jixiao.kernel.evaluation.FundLine;
import io.jixiao.kernel.evaluation.FundSource;
import io.jixiao.kernel.evaluation.Funds;
import io.jixiao.kernel.forms.ExportFacts;
import io.jixiao.kernel.forms.OfficialLayout;
import io.jixiao.kernel.forms.Place;

import java.math.BigDecimal;
import java.util.Optional;

/** Reads the funds table: its amount unit from the 项目资金 label, then the four rows found by their labels. */
final class FundsTableReader {
    /** Rows a foreign form may put between the header and the last funds row (a wrapped header, say). */
    private static final int ROW_SLACK = 2;
    private final SheetCells cells;
    private final SheetProblems problems;

    /** What the table says; {@code unit} is null when no unit could be established (a problem says why). */
    record FundsTable(boolean found, AmountUnit unit, Funds funds, BigDecimal budgetWeight, Place budgetWeightPlace) {
        static FundsTable missing() {
            return new FundsTable(false, null, Funds.BLANK, null, null);
        }
    }

    private FundsTableReader(SheetCells cells, SheetProblems problems) {
        this.cells = cells;
        this.problems = problems;
    }

    static FundsTable read(SheetCells cells, SheetProblems problems, ExportFacts facts, int fromRow) {
        return new FundsTableReader(cells, problems).read(facts, fromRow);
    }

    private FundsTable read(ExportFacts facts, int fromRow) {
        Optional<Place> header = cells.find(OfficialLayout.INITIAL_BUDGET, fromRow);
        if (header.isEmpty()) {
            problems.sheet(null, "The funds table (header 年初预算数) was not found.", "未找到资金表（表头“年初预算数”）。");
            return FundsTable.missing();
        }
        int headerRow = header.get().row();
        int initialColumn = header.get().column();
        Optional<Place> adjusted = column(OfficialLayout.ADJUSTED_BUDGET, headerRow);
        Optional<Place> executed = column(OfficialLayout.EXECUTED, headerRow);
        if (adjusted.isEmpty() || executed.isEmpty()) {
            return FundsTable.missing();
        }
        int lastRow = headerRow + FundSource.values().length + ROW_SLACK;
        AmountUnit unit = unit(facts, lastRow);
        int scale = unit == null ? Figures.scaleOf(AmountUnit.TEN_THOUSAND_YUAN) : Figures.scaleOf(unit);
        Funds funds = Funds.BLANK;
        Integer totalRow = null;
        for (FundSource source : FundSource.values()) {
            Optional<Integer> row = rowOf(source, headerRow + 1, lastRow, initialColumn);
            if (row.isEmpty()) {
                problems.sheet(null, "The funds row " + OfficialLayout.fundsRowLabel(source) + " is missing.",
                        "资金表缺少“" + OfficialLayout.fundsRowLabel(source) + "”行。");
                continue;
            }
            int r = row.get();
            totalRow = source == FundSource.TOTAL ? Integer.valueOf(r) : totalRow;
            funds = funds.with(source, new FundLine(amount(r, initialColumn, scale),
                    amount(r, adjusted.get().column(), scale), amount(r, executed.get().column(), scale)));
        }
        Optional<Place> weightHeader = cells.findInRow(OfficialLayout.WEIGHT, headerRow);
        Place weightPlace = totalRow == null || weightHeader.isEmpty() ? null
                : new Place(totalRow, weightHeader.get().column());
        BigDecimal weight = weightPlace == null ? null : points(weightPlace);
        return new FundsTable(true, unit, funds, weight, weight == null ? null : weightPlace);
    }

    private Optional<Place> column(String label, int headerRow) {
        Optional<Place> place = cells.findInRow(label, headerRow);
        if (place.isEmpty()) {
            problems.sheet(headerRow + 1, "The funds table has no column " + label + " in row " + (headerRow + 1) + ".",
                    "资金表第 " + (headerRow + 1) + " 行缺少“" + label + "”列。");
        }
        return place;
    }

    /**
     * The unit the 项目资金 label names. A label without a unit falls back on our export's facts; a unit we do not
     * know (千元) is a problem even then, since every amount would be read in the wrong unit.
     */
    private AmountUnit unit(ExportFacts facts, int lastRow) {
        Optional<Place> label = cells.find(OfficialLayout::isFundsLabel, 0, lastRow);
        if (label.isPresent()) {
            String text = cells.text(label.get().row(), label.get().column());
            Optional<AmountUnit> unit = OfficialLayout.amountUnitIn(text);
            if (unit.isPresent()) {
                return unit.get();
            }
            if (!OfficialLayout.normalized(text).equals(OfficialLayout.FUNDS)) {
                problems.at(label.get(), "Unknown amount unit in \"" + text + "\": the form must say 万元 or 元.",
                        "金额单位无法识别（“" + text + "”）：应为 万元 或 元。");
                return null;
            }
        }
        if (facts != null && facts.amountUnit() != null) {
            return facts.amountUnit();
        }
        String message = "The amount unit is missing: label the funds table 项目资金（万元） or 项目资金（元）.";
        String messageZh = "缺少金额单位：资金表应标明 项目资金（万元） 或 项目资金（元）。";
        if (label.isPresent()) {
            problems.at(label.get(), message, messageZh);
        } else {
            problems.sheet(null, message, messageZh);
        }
        return null;
    }

    private Optional<Integer> rowOf(FundSource source, int firstRow, int lastRow, int beforeColumn) {
        String label = OfficialLayout.fundsRowLabel(source);
        for (int r = firstRow; r <= Math.min(lastRow, cells.lastRow()); r++) {
            for (int c = 0; c < beforeColumn; c++) {
                if (OfficialLayout.sameLabel(cells.text(r, c), label)) {
                    return Optional.of(r);
                }
            }
        }
        return Optional.empty();
    }

    private BigDecimal amount(int row, int column, int scale) {
        Place place = new Place(row, column);
        Figure figure = Figures.read(cells.cell(row, column), scale);
        if (figure instanceof Figures.NotANumber text) {
            problems.at(place, "The amount cell holds text (\"" + text.text() + "\"), not a number.",
                    "金额单元格为文字（“" + text.text() + "”），应为数字。");
            return null;
        }
        if (figure instanceof Figures.Number number) {
            if (number.value().signum() < 0) {
                problems.at(place, "The amount " + number.value().toPlainString() + " is negative.",
                        "金额 " + number.value().toPlainString() + " 为负数。");
            }
            return number.value();
        }
        return null;
    }

    private BigDecimal points(Place place) {
        Figure figure = Figures.read(cells.cell(place.row(), place.column()), Figures.POINTS_SCALE);
        return figure instanceof Figures.Number number ? number.value() : null;
    }
}
