package io.jixiao.command.imports;

import io.jixiao.kernel.evaluation.FundSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The funds rows of a form laid out as a table. A row is its label cell and the cells after it: three amounts,
 * then 分值, 执行率 and 得分 on the total row, or a dash, the row's 执行率 and a dash on the other rows (some files
 * print only the first dash, some misread it as {@code 1}). The amounts are the first three cells, a blank cell
 * being a blank amount, except where more than three cells come before the dash: OCR then added a cell, and the
 * blank ones are dropped.
 */
final class TabularFunds {
    static final int AMOUNTS = 3;

    private TabularFunds() {
    }

    static Optional<FundSource> sourceOf(TextLine line) {
        String compact = line.compact();
        for (FundSource source : FundSource.values()) {
            if (compact.contains(source.label())) {
                return Optional.of(source);
            }
        }
        return Optional.empty();
    }

    /** The cells after the row's label, with a figure OCR ran into the label cell ({@code 其他资金 0.00}) first. */
    static List<String> valueCells(TextLine line, FundSource source) {
        List<String> cells = line.cells();
        for (int i = 0; i < cells.size(); i++) {
            String compact = OcrText.compact(cells.get(i));
            int label = compact.indexOf(source.label());
            if (label >= 0) {
                List<String> values = new ArrayList<>();
                String rest = compact.substring(label + source.label().length());
                if (OcrAmount.read(rest).isNumber()) {
                    values.add(rest);
                }
                values.addAll(cells.subList(i + 1, cells.size()));
                return values;
            }
        }
        return List.of();
    }

    /** Two digits after the point on (nearly) every amount of the table: the 万元 tables print them so. */
    static Integer fixedDecimals(List<List<String>> rowsOfCells) {
        int figures = 0;
        int twoDecimals = 0;
        for (List<String> cells : rowsOfCells) {
            for (String cell : cells) {
                OcrAmount amount = OcrAmount.read(cell);
                if (amount.exact() != null) {
                    figures++;
                    twoDecimals += amount.decimals() == 2 ? 1 : 0;
                }
            }
        }
        return figures > 0 && twoDecimals * 4 >= figures * 3 ? 2 : null;
    }

    static FundsRow row(int line, FundSource source, List<String> cells, Integer fixedDecimals) {
        List<OcrAmount> items = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            OcrAmount amount = OcrAmount.read(cells.get(i));
            if (amount.isNumber() && cutShort(amount, fixedDecimals) && i + 1 < cells.size()
                    && OcrAmount.isSplitPiece(cells.get(i + 1))) {
                OcrAmount joined = OcrAmount.joined(amount, cells.get(i + 1));
                amount = joined.candidates(fixedDecimals).isEmpty() ? amount : joined;
                i++;
            }
            items.add(amount);
        }
        int placeholder = firstOf(items, OcrAmount.Kind.PLACEHOLDER);
        List<OcrAmount> amounts = new ArrayList<>();
        int consumed;
        if (placeholder > AMOUNTS) {
            consumed = 0;
            while (consumed < placeholder && amounts.size() < AMOUNTS) {
                OcrAmount item = items.get(consumed++);
                if (item.kind() != OcrAmount.Kind.BLANK) {
                    amounts.add(item);
                }
            }
        } else {
            consumed = Math.min(placeholder < 0 ? AMOUNTS : placeholder, items.size());
            amounts.addAll(items.subList(0, consumed));
        }
        while (amounts.size() < AMOUNTS) {
            amounts.add(OcrAmount.blank());
        }
        List<OcrAmount> rest = items.subList(consumed, items.size()).stream()
                .filter(a -> a.kind() != OcrAmount.Kind.BLANK).toList();
        boolean scored = source == FundSource.TOTAL && rest.size() >= 3;
        return new FundsRow(line, source, amounts, rate(rest), scored ? rest.get(0) : null,
                scored ? rest.get(2) : null);
    }

    private static boolean cutShort(OcrAmount amount, Integer fixedDecimals) {
        if (fixedDecimals == null) {
            return false;
        }
        return amount.readings().stream().allMatch(r -> r.endsWith(".") || !r.contains(".")
                || r.length() - r.indexOf('.') - 1 < fixedDecimals);
    }

    private static int firstOf(List<OcrAmount> items, OcrAmount.Kind kind) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).kind() == kind) {
                return i;
            }
        }
        return -1;
    }

    /** After the amounts: {@code 分值 执行率 得分} (the rate is the second) or {@code — 执行率 —}. */
    private static OcrAmount rate(List<OcrAmount> filled) {
        int placeholder = firstOf(filled, OcrAmount.Kind.PLACEHOLDER);
        if (placeholder >= 0) {
            return placeholder + 1 < filled.size() ? OcrAmount.readRate(filled.get(placeholder + 1).raw()) : null;
        }
        return filled.size() >= 2 ? OcrAmount.readRate(filled.get(1).raw()) : null;
    }
}
