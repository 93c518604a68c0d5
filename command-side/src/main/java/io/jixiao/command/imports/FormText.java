package io.jixiao.command.imports;

import io.jixiao.kernel.evaluation.FundSource;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One form's text cut into its parts, as printed: header, funds rows, the goal text, the indicator rows with the
 * category labels printed among them, and the 总分 row. Nothing is completed from the rest of the file yet.
 */
record FormText(FormBlock block, HeaderText header, Map<FundSource, FundsRow> funds, Integer fixedDecimals,
                List<String> goalPieces, List<String> goalCells, int goalLine,
                List<IndicatorRow> rows, List<LevelMark> marks, TabularIndicators.TotalLine total) {

    private static final int LONGEST_HEADING_CELL = 10;
    private static final int FUNDS_ROWS_WITHIN = 6;

    static FormText read(FormBlock block, UnitNames units, Problems problems) {
        int anchor = block.indexOf(l -> l.mentions("年度资金总额"), 0);
        TextLine anchorLine = block.lines().get(anchor);
        return anchorLine.isRunTogether() ? runTogether(block, anchor, units, problems)
                : tabular(block, anchor, units, problems);
    }

    private static FormText tabular(FormBlock block, int anchor, UnitNames units, Problems problems) {
        Map<FundSource, FundsRow> funds = new EnumMap<>(FundSource.class);
        Map<FundSource, TextLine> fundLines = new EnumMap<>(FundSource.class);
        int lastFunds = anchor;
        for (int i = anchor; i < Math.min(block.lines().size(), anchor + FUNDS_ROWS_WITHIN); i++) {
            TextLine line = block.lines().get(i);
            FundSource source = TabularFunds.sourceOf(line).orElse(null);
            if (source != null && !fundLines.containsKey(source)) {
                fundLines.put(source, line);
                lastFunds = i;
            }
        }
        List<List<String>> cells = new ArrayList<>();
        fundLines.forEach((source, line) -> cells.add(TabularFunds.valueCells(line, source)));
        Integer fixedDecimals = TabularFunds.fixedDecimals(cells);
        fundLines.forEach((source, line) -> funds.put(source,
                TabularFunds.row(line.number(), source, TabularFunds.valueCells(line, source), fixedDecimals)));
        HeaderText header = TabularHeader.read(block, anchor, lastFunds, units);
        int heading = block.indexOf(l -> l.mentions("一级指标") || l.mentions("三级指标"), lastFunds + 1);
        if (heading < 0) {
            problems.add(block.lines().get(lastFunds).number(), "indicators",
                    "the indicator table heading (一级指标 …) was not found", "未找到绩效指标表头");
            heading = lastFunds;
        }
        List<String> pieces = new ArrayList<>();
        List<String> goalCells = new ArrayList<>();
        int goalLine = block.lines().get(Math.min(lastFunds + 1, block.lines().size() - 1)).number();
        for (TextLine line : block.lines().subList(lastFunds + 1, heading)) {
            boolean headingOnly = (line.mentions("预期") || line.mentions("成情况"))
                    && line.nonEmptyCells().stream().allMatch(c -> c.length() <= LONGEST_HEADING_CELL);
            if (!line.isBlank() && !headingOnly) {
                pieces.addAll(line.tokens());
                goalCells.addAll(line.nonEmptyCells());
                goalLine = line.number();
            }
        }
        TabularIndicators.Result indicators = TabularIndicators.read(
                block.lines().subList(heading + 1, block.lines().size()), 0);
        return new FormText(block, header, funds, fixedDecimals, pieces, goalCells, goalLine, indicators.rows(),
                indicators.marks(), indicators.total());
    }

    private static FormText runTogether(FormBlock block, int anchor, UnitNames units, Problems problems) {
        TextLine line = block.lines().get(anchor);
        RunTogetherLine page = new RunTogetherLine(line);
        Map<FundSource, FundsRow> funds = page.funds(problems);
        List<List<String>> figures = new ArrayList<>();
        funds.values().forEach(row -> figures.add(row.amounts().stream().map(OcrAmount::raw).toList()));
        List<ScrambledIndicators.Token> tokens = new ArrayList<>();
        page.indicatorTokens().forEach(t -> tokens.add(new ScrambledIndicators.Token(t, line.number())));
        int next = anchor + 1;
        for (; next < block.lines().size(); next++) {
            TextLine continuation = block.lines().get(next);
            if (continuation.cells().size() > 1 || continuation.mentions("总分")) {
                break;
            }
            continuation.tokens().forEach(t -> tokens.add(new ScrambledIndicators.Token(t, continuation.number())));
        }
        ScrambledIndicators.Result scrambled = ScrambledIndicators.read(tokens);
        if (scrambled.failure() != null) {
            problems.add(line.number(), "indicators", scrambled.failure(), "本行中连在一起的指标行无法区分");
        }
        TabularIndicators.Result rest = TabularIndicators.read(block.lines().subList(next, block.lines().size()),
                scrambled.rows().size());
        List<IndicatorRow> rows = new ArrayList<>(scrambled.rows());
        rows.addAll(rest.rows());
        List<LevelMark> marks = new ArrayList<>(scrambled.marks());
        marks.addAll(rest.marks());
        return new FormText(block, page.header(units), funds, TabularFunds.fixedDecimals(figures),
                page.goalPieces(), List.of(), line.number(), rows, marks, rest.total());
    }
}
