package io.jixiao.query.evaluation;

import java.math.BigDecimal;

/** How figures are written into the read model: decimal strings, never binary floating point. */
final class Decimals {
    private Decimals() {
    }

    /** An amount as it is, in plain notation (no exponent); it already carries the form's decimals. */
    static String amount(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }

    /** Scores and rates: at least two decimals ("8.00"), never rounded here, so no digit is hidden. */
    static String score(BigDecimal value) {
        if (value == null) {
            return null;
        }
        return (value.scale() < 2 ? value.setScale(2) : value).toPlainString();
    }

    /** Weights as the form prints them ("10"). */
    static String weight(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }
}
