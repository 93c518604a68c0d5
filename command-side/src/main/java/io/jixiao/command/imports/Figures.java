package io.jixiao.command.imports;

import io.jixiao.kernel.evaluation.AmountUnit;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Figures taken from cells exactly. Excel keeps a number as a binary double and shows at most 15 significant
 * digits; we take those 15 digits (so 0.1 + 0.2 is 0.3, not 0.30000000000000004) and then round half-up to the
 * precision the form has: money to the 分 (2 decimals in 元, 6 in 万元), points to 2 decimals. Digits beyond that
 * are residue of Excel arithmetic and never printed on the form. Every amount below the kernel's limit of 10
 * trillion 元 has at most 15 significant digits at that precision, so a figure we wrote comes back as it was.
 * A number typed as text ("4,514.45", full-width digits) reads the same; a dash is a blank cell.
 */
final class Figures {
    static final int POINTS_SCALE = 2;
    private static final MathContext EXCEL_DIGITS = new MathContext(15, RoundingMode.HALF_EVEN);
    private static final Pattern NUMBER = Pattern.compile("[+-]?\\d+(\\.\\d+)?");
    private static final Pattern DASH = Pattern.compile("[-—–_－]+");

    private Figures() {
    }

    /** What a cell holds as a figure: nothing, a number, or text that is not a number. */
    sealed interface Figure permits Blank, Number, NotANumber {
    }

    record Blank() implements Figure {
    }

    record Number(BigDecimal value) implements Figure {
    }

    record NotANumber(String text) implements Figure {
    }

    static int scaleOf(AmountUnit unit) {
        return unit == AmountUnit.TEN_THOUSAND_YUAN ? 6 : 2;
    }

    /** A formula counts by its cached result, as Excel shows it; an error shows its formula (or the error). */
    static Figure read(GridCell cell, int scale) {
        if (cell == null) {
            return new Blank();
        }
        return switch (cell.kind()) {
            case NUMBER -> new Number(exact(BigDecimal.valueOf(cell.number()).round(EXCEL_DIGITS), scale));
            case TEXT -> fromText(cell.text(), scale);
            case BOOLEAN -> new NotANumber(cell.text());
            case ERROR -> new NotANumber(cell.formula() != null ? "=" + cell.formula() : cell.text());
        };
    }

    static Figure fromText(String text, int scale) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("[\\s,\\u00a0]", "");
        if (plain.isEmpty() || DASH.matcher(plain).matches()) {
            return new Blank();
        }
        if (!NUMBER.matcher(plain).matches()) {
            return new NotANumber(text);
        }
        return new Number(exact(new BigDecimal(plain), scale));
    }

    /** At least 2 decimals, as the forms print money and points ("15.00"); more only where the figure has them. */
    private static BigDecimal exact(BigDecimal value, int scale) {
        BigDecimal rounded = value.setScale(scale, RoundingMode.HALF_UP).stripTrailingZeros();
        return rounded.scale() < 2 ? rounded.setScale(2) : rounded;
    }
}
