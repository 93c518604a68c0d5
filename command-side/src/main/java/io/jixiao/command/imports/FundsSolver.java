package io.jixiao.command.imports;

import io.jixiao.kernel.evaluation.FundLine;
import io.jixiao.kernel.evaluation.FundSource;
import io.jixiao.kernel.evaluation.Funds;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Settles the funds table with the form's own arithmetic: the three sources add up to the total in every column,
 * and a row's printed 执行率 is its 全年执行数 over its 全年预算数. A figure OCR left with several readings (cut
 * short, a bracket for a zero) is taken only when exactly one of its readings fits every relation; a table whose
 * clean-looking figures break a relation is reported, since one of them must be misread.
 */
final class FundsSolver {
    /** Rates are printed from amounts in 元, rounded or cut to two decimals; recomputing from 万元 adds 0.01. */
    private static final BigDecimal RATE_TOLERANCE = new BigDecimal("0.015");
    private static final long MOST_COMBINATIONS = 2_000_000;
    private static final FundSource[] SOURCES = FundSource.values();

    private final Slot[][] slots = new Slot[SOURCES.length][FundsRow.COLUMNS.size()];
    private final BigDecimal[] rates = new BigDecimal[SOURCES.length];
    private final int[] lines = new int[SOURCES.length];
    private final Problems problems;

    private FundsSolver(Map<FundSource, FundsRow> rows, Integer fixedDecimals, Problems problems) {
        this.problems = problems;
        for (FundSource source : SOURCES) {
            FundsRow row = rows.get(source);
            int s = source.ordinal();
            lines[s] = row == null ? 0 : row.line();
            rates[s] = row == null || row.rate() == null ? null : row.rate().exact();
            for (int c = 0; c < slots[s].length; c++) {
                slots[s][c] = row == null ? Slot.absent() : Slot.of(row.amounts().get(c), fixedDecimals);
            }
        }
    }

    static Funds solve(Map<FundSource, FundsRow> rows, Integer fixedDecimals, Problems problems) {
        for (FundSource source : SOURCES) {
            if (!rows.containsKey(source)) {
                problems.add(null, "funds." + source.apiName(), "the funds row " + source.label() + " was not found",
                        "未找到资金行" + source.label());
            }
        }
        return new FundsSolver(rows, fixedDecimals, problems).solve();
    }

    private Funds solve() {
        pruneByRates();
        List<int[]> open = new ArrayList<>();
        long combinations = 1;
        for (int s = 0; s < slots.length; s++) {
            for (int c = 0; c < slots[s].length; c++) {
                if (slots[s][c].values().size() > 1) {
                    open.add(new int[] {s, c});
                    combinations *= slots[s][c].values().size();
                }
            }
        }
        List<BigDecimal[]> solutions = combinations <= MOST_COMBINATIONS ? solutions(open) : null;
        if (solutions != null && solutions.isEmpty()) {
            reportBrokenRelations(open);
        }
        Funds funds = Funds.BLANK;
        for (FundSource source : SOURCES) {
            int s = source.ordinal();
            BigDecimal[] values = new BigDecimal[slots[s].length];
            for (int c = 0; c < values.length; c++) {
                values[c] = settle(s, c, open, solutions);
            }
            funds = funds.with(source, new FundLine(values[0], values[1], values[2]));
        }
        return funds;
    }

    private BigDecimal settle(int s, int c, List<int[]> open, List<BigDecimal[]> solutions) {
        Slot slot = slots[s][c];
        String where = SOURCES[s].label() + " " + FundsRow.COLUMNS_ZH.get(c);
        String field = "funds." + SOURCES[s].apiName() + "." + FundsRow.COLUMNS.get(c);
        if (slot.missing()) {
            return null;
        }
        if (slot.unreadable()) {
            problems.add(lines[s], field, where + " reads '" + slot.raw() + "', which is not a figure",
                    where + "为“" + slot.raw() + "”,无法识别为数字");
            return null;
        }
        if (slot.values().size() <= 1) {
            return slot.values().isEmpty() ? null : slot.values().get(0);
        }
        int index = indexOf(open, s, c);
        List<BigDecimal> possible = solutions == null ? slot.values()
                : solutions.stream().map(v -> v[index]).distinct().toList();
        if (possible.size() == 1) {
            return possible.get(0);
        }
        String choices = possible.isEmpty() ? "none of its readings fits the other figures"
                : "the other figures allow " + listed(possible);
        problems.add(lines[s], field, where + " reads '" + slot.raw() + "' (cut off or damaged); " + choices,
                where + "为“" + slot.raw() + "”(被截断或损坏),无法确定");
        return null;
    }

    private static String listed(List<BigDecimal> values) {
        List<String> shown = values.stream().limit(4).map(BigDecimal::toPlainString).toList();
        return String.join(", ", shown) + (values.size() > 4 ? " … (" + values.size() + " values)" : "");
    }

    private static int indexOf(List<int[]> open, int s, int c) {
        for (int i = 0; i < open.size(); i++) {
            if (open.get(i)[0] == s && open.get(i)[1] == c) {
                return i;
            }
        }
        return -1;
    }

    /** A row whose 全年预算数 is known narrows its 全年执行数 to the readings its printed rate allows. */
    private void pruneByRates() {
        for (int s = 0; s < slots.length; s++) {
            Slot adjusted = slots[s][1];
            Slot executed = slots[s][2];
            if (rates[s] == null || adjusted.values().size() != 1 || executed.values().size() <= 1) {
                continue;
            }
            BigDecimal budget = adjusted.values().get(0);
            int row = s;
            List<BigDecimal> fitting = executed.values().stream().filter(e -> rateFits(e, budget, rates[row])).toList();
            if (!fitting.isEmpty()) {
                slots[s][2] = executed.narrowedTo(fitting);
            }
        }
    }

    private List<BigDecimal[]> solutions(List<int[]> open) {
        List<BigDecimal[]> found = new ArrayList<>();
        BigDecimal[] chosen = new BigDecimal[open.size()];
        search(open, 0, chosen, found);
        return found;
    }

    private void search(List<int[]> open, int depth, BigDecimal[] chosen, List<BigDecimal[]> found) {
        if (depth == open.size()) {
            if (brokenRelations(open, chosen).isEmpty()) {
                found.add(chosen.clone());
            }
            return;
        }
        int[] at = open.get(depth);
        for (BigDecimal value : slots[at[0]][at[1]].values()) {
            chosen[depth] = value;
            search(open, depth + 1, chosen, found);
        }
    }

    private BigDecimal value(int s, int c, List<int[]> open, BigDecimal[] chosen) {
        Slot slot = slots[s][c];
        if (slot.values().size() > 1) {
            return chosen[indexOf(open, s, c)];
        }
        return slot.values().isEmpty() ? null : slot.values().get(0);
    }

    private boolean known(int s, int c) {
        return !slots[s][c].missing() && !slots[s][c].unreadable();
    }

    /** Every relation the figures break, as words; relations touching an unreadable figure are not checked. */
    private List<String> brokenRelations(List<int[]> open, BigDecimal[] chosen) {
        List<String> broken = new ArrayList<>();
        for (int c = 0; c < FundsRow.COLUMNS.size(); c++) {
            int column = c;
            boolean checkable = IntStream.range(0, slots.length).allMatch(s -> known(s, column));
            BigDecimal total = value(0, c, open, chosen);
            if (!checkable || total == null) {
                continue;
            }
            BigDecimal sum = BigDecimal.ZERO;
            List<String> parts = new ArrayList<>();
            for (int s = 1; s < slots.length; s++) {
                BigDecimal part = value(s, c, open, chosen);
                sum = sum.add(part == null ? BigDecimal.ZERO : part);
                parts.add(part == null ? "blank" : part.toPlainString());
            }
            if (sum.compareTo(total) != 0) {
                broken.add(FundsRow.COLUMNS_ZH.get(c) + ": 年度资金总额 " + total.toPlainString() + " ≠ "
                        + String.join(" + ", parts));
            }
        }
        for (int s = 0; s < slots.length; s++) {
            if (rates[s] == null || !known(s, 1) || !known(s, 2)) {
                continue;
            }
            BigDecimal budget = value(s, 1, open, chosen);
            BigDecimal executed = value(s, 2, open, chosen);
            if (budget != null && executed != null && budget.signum() > 0 && !rateFits(executed, budget, rates[s])) {
                broken.add(SOURCES[s].label() + ": " + executed.toPlainString() + " / " + budget.toPlainString()
                        + " is not the printed 执行率 " + rates[s].toPlainString() + "%");
            }
        }
        return broken;
    }

    /** Names the relations broken when every figure takes its first reading. */
    private void reportBrokenRelations(List<int[]> open) {
        BigDecimal[] first = new BigDecimal[open.size()];
        for (int i = 0; i < open.size(); i++) {
            first[i] = slots[open.get(i)[0]][open.get(i)[1]].values().get(0);
        }
        List<String> broken = brokenRelations(open, first);
        int line = Arrays.stream(lines).filter(l -> l > 0).min().orElse(0);
        problems.add(line == 0 ? null : line, "funds", "the funds figures do not agree ("
                        + String.join("; ", broken) + "); a figure is misread",
                "资金表数字不一致(" + String.join(";", broken) + "),有数字识别错误");
    }

    private static boolean rateFits(BigDecimal executed, BigDecimal budget, BigDecimal printedRate) {
        BigDecimal rate = executed.multiply(BigDecimal.valueOf(100)).divide(budget, 6, RoundingMode.HALF_UP);
        return rate.subtract(printedRate).abs().compareTo(RATE_TOLERANCE) <= 0;
    }

    /** What a cell can hold: nothing (blank), one or more figures, or something unreadable. */
    private record Slot(List<BigDecimal> values, boolean unreadable, boolean missing, String raw) {
        static Slot absent() {
            return new Slot(List.of(), false, true, "");
        }

        static Slot of(OcrAmount amount, Integer fixedDecimals) {
            return switch (amount.kind()) {
                case BLANK -> new Slot(List.of(), false, false, "");
                case PLACEHOLDER, UNREADABLE -> new Slot(List.of(), true, false, amount.raw());
                case NUMBER -> {
                    List<BigDecimal> candidates = amount.candidates(fixedDecimals);
                    yield new Slot(candidates, candidates.isEmpty(), false, amount.raw());
                }
            };
        }

        Slot narrowedTo(List<BigDecimal> kept) {
            return new Slot(List.copyOf(kept), unreadable, missing, raw);
        }
    }
}
