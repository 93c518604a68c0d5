package io.jixiao.kernel.checks;

import io.jixiao.kernel.evaluation.AmountUnit;
import io.jixiao.kernel.evaluation.Indicator;

import java.math.BigDecimal;

/** Building blocks of check messages: figures shown as the unit typed them, indicators by name. */
final class Findings {
    private Findings() {
    }

    static CheckResult form(CheckCode code, String field, String message, String messageZh) {
        return new CheckResult(code.name(), message, messageZh, null, field);
    }

    static CheckResult indicator(CheckCode code, Indicator indicator, String field, String message,
                                 String messageZh) {
        return new CheckResult(code.name(), message, messageZh, indicator.indicatorId(), field);
    }

    /** An amount stored in 元, in the unit the form was filled in: "400000 元", "26.95 万元". */
    static String amount(BigDecimal yuan, AmountUnit unit) {
        return unit.fromYuan(yuan).toPlainString() + " " + unit.label();
    }

    static String number(BigDecimal value) {
        return value == null ? "-" : value.stripTrailingZeros().toPlainString();
    }

    /** A score as the forms print it, with 2 decimals. */
    static String points(BigDecimal value) {
        return value == null ? "-" : value.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    static String name(Indicator indicator) {
        return blank(indicator.name()) ? indicator.indicatorId() : indicator.name();
    }

    static String quoted(String text) {
        return text == null ? "(blank)" : "\u201c" + text + "\u201d";
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
