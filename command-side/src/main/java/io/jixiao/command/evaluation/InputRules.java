package io.jixiao.command.evaluation;

import java.math.BigDecimal;

/**
 * Bounds on what a person can type into a form, checked where the change is decided so every path (HTTP,
 * import, demo data) is held to them.
 */
final class InputRules {
    /** 10 trillion 元: more than any budget line of a Chinese local government. */
    private static final BigDecimal MAX_AMOUNT_YUAN = new BigDecimal("10000000000000");
    private static final BigDecimal MAX_WEIGHT = new BigDecimal("100");

    private InputRules() {
    }

    static String text(String field, String value, int maxLength) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.length() > maxLength) {
            throw Refusals.invalid(field, field + " is longer than " + maxLength + " characters.",
                    field + " 超过 " + maxLength + " 个字符。");
        }
        for (int i = 0; i < trimmed.length(); i++) {
            char c = trimmed.charAt(i);
            if (Character.isISOControl(c) && c != '\n' && c != '\t') {
                throw Refusals.invalid(field, field + " contains a control character.", field + " 含有控制字符。");
            }
        }
        return trimmed.isEmpty() ? null : trimmed;
    }

    static String requiredText(String field, String value, int maxLength) {
        String text = text(field, value, maxLength);
        if (text == null) {
            throw Refusals.invalid(field, field + " is required.", field + " 为必填项。");
        }
        return text;
    }

    static BigDecimal amount(String field, BigDecimal yuan) {
        if (yuan == null) {
            return null;
        }
        if (yuan.signum() < 0) {
            throw Refusals.invalid(field, field + " cannot be negative.", field + " 不能为负数。");
        }
        if (yuan.compareTo(MAX_AMOUNT_YUAN) > 0) {
            throw Refusals.invalid(field, field + " is implausibly large.", field + " 金额过大，不合常理。");
        }
        return yuan;
    }

    static BigDecimal weight(String field, BigDecimal weight) {
        if (weight == null) {
            return null;
        }
        if (weight.signum() < 0 || weight.compareTo(MAX_WEIGHT) > 0) {
            throw Refusals.invalid(field, field + " must be between 0 and 100 points.", field + " 分值应在 0 到 100 之间。");
        }
        if (weight.scale() > 2 && weight.stripTrailingZeros().scale() > 2) {
            throw Refusals.invalid(field, field + " has more than 2 decimals.", field + " 最多保留两位小数。");
        }
        return weight;
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
