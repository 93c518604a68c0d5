package io.jixiao.query.dashboard;

import io.jixiao.kernel.Refusal;

import java.util.Map;

/** Query parameters of the dashboards and comparisons; a missing or malformed one is refused naming it. */
public final class Parameters {
    private Parameters() {
    }

    public static int year(String field, String value) {
        if (value == null || value.isBlank()) {
            throw invalid(field, value, "is required: a year such as 2024", "必填,为年份,如 2024");
        }
        try {
            int year = Integer.parseInt(value.trim());
            if (year < 1900 || year > 9999) {
                throw new NumberFormatException(value);
            }
            return year;
        } catch (NumberFormatException e) {
            throw invalid(field, value, "must be a year such as 2024", "须为年份,如 2024");
        }
    }

    public static Refusal invalid(String field, String value, String rule, String ruleZh) {
        return new Refusal(Refusal.Kind.INVALID_INPUT, "INVALID_PARAMETER",
                "Parameter " + field + " '" + (value == null ? "" : value) + "' " + rule,
                "参数 " + field + "「" + (value == null ? "" : value) + "」" + ruleZh,
                Map.of("field", field, "value", String.valueOf(value)));
    }
}
