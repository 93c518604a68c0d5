package io.jixiao.query.dashboard;

import java.math.BigDecimal;
import java.time.Instant;

/** How figures are written into documents and answers: decimal strings, never binary floating point. */
public final class Numbers {
    private Numbers() {
    }

    /** Scores, rates and amounts: at least two decimals ("8.00"); more digits are kept, never rounded away. */
    public static String decimal(BigDecimal value) {
        if (value == null) {
            return null;
        }
        return (value.scale() < 2 ? value.setScale(2) : value).toPlainString();
    }

    /** Weights as forms print them ("10"). */
    public static String weight(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }

    public static BigDecimal parse(String value) {
        return value == null ? null : new BigDecimal(value);
    }

    public static String time(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    public static Instant instant(String value) {
        return value == null ? null : Instant.parse(value);
    }
}
