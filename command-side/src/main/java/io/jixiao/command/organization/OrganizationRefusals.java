package io.jixiao.command.organization;

import io.jixiao.kernel.Refusal;
import io.jixiao.kernel.Refusal.Kind;

import java.util.LinkedHashMap;
import java.util.Map;

/** The refusals of organization commands, worded once. */
final class OrganizationRefusals {
    private OrganizationRefusals() {
    }

    static Refusal invalid(String field, String message, String messageZh) {
        return new Refusal(Kind.INVALID_INPUT, Refusal.invalidCode(field), message, messageZh,
                Map.of("field", field));
    }

    static Refusal invalid(String field, String message, String messageZh, Map<String, Object> more) {
        Map<String, Object> details = new LinkedHashMap<>(more);
        details.put("field", field);
        return new Refusal(Kind.INVALID_INPUT, Refusal.invalidCode(field), message, messageZh, details);
    }

    static Refusal forbidden(String code, String message, String messageZh) {
        return new Refusal(Kind.FORBIDDEN, code, message, messageZh, Map.of());
    }

    static Refusal nothingChanges(String message, String messageZh) {
        return new Refusal(Kind.CONFLICT, "NOTHING_CHANGES", message, messageZh, Map.of());
    }

    static Refusal conflict(String code, String message, String messageZh, Map<String, Object> details) {
        return new Refusal(Kind.CONFLICT, code, message, messageZh, details);
    }

    static Refusal unitNotFound(String unitId) {
        return new Refusal(Kind.NOT_FOUND, "UNIT_NOT_FOUND", "No unit " + unitId + ".", "单位 " + unitId + " 不存在。",
                Map.of("unitId", String.valueOf(unitId)));
    }

    static Refusal personNotFound(String personId) {
        return new Refusal(Kind.NOT_FOUND, "PERSON_NOT_FOUND", "No person " + personId + ".",
                "人员 " + personId + " 不存在。", Map.of("personId", String.valueOf(personId)));
    }
}
