package io.jixiao.command.web;

import io.jixiao.kernel.Refusal;
import io.jixiao.kernel.Refusal.Kind;

import java.math.BigDecimal;
import java.util.Map;
import java.util.regex.Pattern;

/** Reads the plain values of a request body, naming the field in every refusal. */
public final class RequestValues {
    private static final Pattern DECIMAL = Pattern.compile("-?\\d{1,16}(\\.\\d{1,6})?");
    private static final Pattern GROUPED = Pattern.compile("-?\\d{1,3}(,\\d{3})+(\\.\\d{1,6})?");

    private RequestValues() {
    }

    /** A decimal string such as {@code "758.02"} (thousands separators allowed); null stays null. */
    public static BigDecimal decimal(String field, String value) {
        if (value == null) {
            return null;
        }
        String text = value.strip();
        if (GROUPED.matcher(text).matches()) {
            text = text.replace(",", "");
        }
        if (!DECIMAL.matcher(text).matches()) {
            throw invalid(field, field + " must be a decimal number such as \"758.02\", not \"" + shorten(value) + "\".",
                    field + " 应为数字（如 \"758.02\"），而不是 \"" + shorten(value) + "\"。");
        }
        return new BigDecimal(text);
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

    public static <T> T required(String field, T value) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            throw invalid(field, field + " is required.", field + " 为必填项。");
        }
        return value;
    }

    public static Refusal invalid(String field, String message, String messageZh) {
        return new Refusal(Kind.INVALID_INPUT, "INVALID_INPUT", message, messageZh, Map.of("field", field));
    }

    private static String shorten(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "…" : value;
    }
}
