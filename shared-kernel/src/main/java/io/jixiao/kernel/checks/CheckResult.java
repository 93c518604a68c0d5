package io.jixiao.kernel.checks;

/**
 * A finding on a form, in English and Chinese. {@code indicatorId} or {@code field} point at the figure it is
 * about (either may be null).
 */
public record CheckResult(String code, String message, String messageZh, String indicatorId, String field) {
}
