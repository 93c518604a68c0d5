package io.jixiao.query.evaluation;

import io.jixiao.kernel.Refusal;
import io.jixiao.kernel.evaluation.EvaluationStatus;
import io.jixiao.kernel.evaluation.ListEvaluationsQuery;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads the list's query parameters; a blank parameter does not filter, a bad one is refused naming it. The unit
 * comes already checked by {@link io.jixiao.query.access.ReadPolicy#listedUnit}.
 */
final class EvaluationListParameters {
    private EvaluationListParameters() {
    }

    /** {@code checkedUnitId} null lists every unit. */
    static ListEvaluationsQuery parse(String fiscalYear, String checkedUnitId, String status) {
        return new ListEvaluationsQuery(year(fiscalYear), checkedUnitId, status(status));
    }

    private static Integer year(String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            throw invalid("fiscalYear", value, "must be a year such as 2024", "须为年份,如 2024", Map.of());
        }
    }

    private static EvaluationStatus status(String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return EvaluationStatus.valueOf(value.trim());
        } catch (IllegalArgumentException e) {
            throw invalid("status", value, "must be one of " + Arrays.toString(EvaluationStatus.values()),
                    "须为以下之一:" + Arrays.toString(EvaluationStatus.values()),
                    Map.of("allowed", Arrays.stream(EvaluationStatus.values()).map(Enum::name).toList()));
        }
    }

    private static Refusal invalid(String field, String value, String rule, String ruleZh, Map<String, Object> more) {
        Map<String, Object> details = new LinkedHashMap<>(more);
        details.put("field", field);
        details.put("value", value);
        return new Refusal(Refusal.Kind.INVALID_INPUT, "INVALID_PARAMETER",
                "Parameter " + field + " '" + value + "' " + rule,
                "参数 " + field + "「" + value + "」" + ruleZh, details);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
