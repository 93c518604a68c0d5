package io.jixiao.query.exports;

import io.jixiao.kernel.evaluation.AmountUnit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Figures as the printed form shows them. A blank figure is an empty cell. */
final class PdfFigures {
    private PdfFigures() {
    }

    /** An amount in the form's own unit, 2 decimals, thousands grouped: 4,514.45 (万元) or 15,475,823.00 (元). */
    static String amount(BigDecimal yuan, AmountUnit unit) {
        if (yuan == null) {
            return "";
        }
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(unit.fromYuan(yuan).setScale(2, RoundingMode.HALF_UP));
    }

    /** Weights and scores with at least 2 decimals and every decimal the figure has: 10.00, 8.00, 2.125. */
    static String points(BigDecimal value) {
        if (value == null) {
            return "";
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 2 ? stripped.setScale(2) : stripped).toPlainString();
    }

    static String percent(BigDecimal percent) {
        return percent == null ? "" : points(percent) + "%";
    }
}
