package io.jixiao.query.evaluation;

import io.jixiao.kernel.Refusal;
import io.jixiao.kernel.evaluation.EvaluationStatus;
import io.jixiao.kernel.evaluation.ListEvaluationsQuery;
import io.jixiao.kernel.organization.Organization;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads the list's query parameters; a blank parameter does not filter, a bad one is refused naming it. */
final class EvaluationListParameters {
    private EvaluationListParameters() {
    }

    static ListEvaluationsQuery parse(String fiscalYear, String unitId, String status, Organization organization) {
        return new ListEvaluationsQuery(year(fiscalYear), unit(unitId, organization), status(status));
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

    private static String unit(String value, Organization organization) {
        if (blank(value)) {
            return null;
        }
        String unitId = value.trim();
        if (organization.unit(unitId).isEmpty()) {
            throw invalid("unitId", value, "names no known unit", "不是已知的单位", Map.of());
        }
        return unitId;
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
