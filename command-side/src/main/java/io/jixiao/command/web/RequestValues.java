package io.jixiao.command.web;

import io.jixiao.kernel.Refusal;
import io.jixiao.kernel.Refusal.Kind;

import java.util.Map;

/**
 * Reads the plain values of a request body that are not figures of a form, naming the field in every refusal.
 * Figures of a form are read by the kernel's {@link io.jixiao.kernel.evaluation.InputRules}, as the preview reads
 * them.
 */
public final class RequestValues {
    private RequestValues() {
    }

    public static long expectedVersion(Long value) {
        if (value == null) {
            throw invalid("expectedVersion", "expectedVersion is required: the version of the form you edited.",
                    "缺少 expectedVersion（您所修改的表单版本号）。");
        }
        if (value < 0) {
            throw invalid("expectedVersion", "expectedVersion cannot be negative.", "expectedVersion 不能为负数。");
        }
        return value;
    }

    /** 400 {@code INVALID_<FIELD>} ({@link Refusal#invalidCode}) with the field in the details. */
    public static Refusal invalid(String field, String message, String messageZh) {
        return new Refusal(Kind.INVALID_INPUT, Refusal.invalidCode(field), message, messageZh, Map.of("field", field));
    }
}
