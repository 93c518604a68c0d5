package io.jixiao.platform.web;

import java.util.Map;

/** The error body of every refusal: a code for programs, a message in English and in Chinese for people. */
public record ApiError(String code, String message, String messageZh, Map<String, Object> details) {
}
