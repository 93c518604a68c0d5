package io.jixiao.query.history;

import io.jixiao.kernel.Refusal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads query parameters; a bad one is refused with a message naming it, in English and Chinese. */
final class QueryParameters {
    /** A bare date means a day in China Standard Time, where the forms are filled in. */
    static final ZoneOffset CHINA = ZoneOffset.ofHours(8);

    private QueryParameters() {
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    static long wholeNumber(String field, String value) {
        if (blank(value)) {
            throw invalid(field, value, "is required and must be a whole number", "为必填项，须为整数");
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw invalid(field, value, "must be a whole number", "须为整数");
        }
    }

    /**
     * An ISO-8601 time with offset ({@code 2025-03-01T10:00:00+08:00} or {@code ...Z}). A '+' that arrived unescaped
     * in the query string was decoded as a space; it is put back.
     */
    static Instant time(String field, String value) {
        try {
            return OffsetDateTime.parse(value.trim().replace(' ', '+')).toInstant();
        } catch (DateTimeParseException e) {
            throw invalid(field, value, "must be an ISO-8601 time with offset, e.g. 2025-03-01T10:00:00+08:00",
                    "须为带时区的 ISO-8601 时间，如 2025-03-01T10:00:00+08:00");
        }
    }

    /** A time, or a date meaning the start of that day ({@code endOfDay} false) or the start of the next one. */
    static Instant timeOrDate(String field, String value, boolean endOfDay) {
        String trimmed = value.trim();
        if (trimmed.length() == 10) {
            try {
                LocalDate day = LocalDate.parse(trimmed);
                return (endOfDay ? day.plusDays(1) : day).atStartOfDay().toInstant(CHINA);
            } catch (DateTimeParseException e) {
                throw invalid(field, value, "must be a date (2025-03-01) or an ISO-8601 time with offset",
                        "须为日期（如 2025-03-01）或带时区的 ISO-8601 时间");
            }
        }
        return time(field, value);
    }

    static Boolean flag(String field, String value) {
        if (blank(value)) {
            return null;
        }
        return switch (value.trim().toLowerCase()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw invalid(field, value, "must be true or false", "须为 true 或 false");
        };
    }

    static Refusal invalid(String field, String value, String rule, String ruleZh) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("field", field);
        details.put("value", String.valueOf(value));
        return new Refusal(Refusal.Kind.INVALID_INPUT, "INVALID_PARAMETER",
                "Parameter " + field + " '" + value + "' " + rule,
                "参数 " + field + "「" + value + "」" + ruleZh, details);
    }
}
