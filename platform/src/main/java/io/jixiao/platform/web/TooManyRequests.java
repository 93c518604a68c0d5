package io.jixiao.platform.web;

import java.time.Duration;

/** A caller asked too often; {@link ApiErrorHandler} answers 429 with a Retry-After of {@link #retryAfter()}. */
public class TooManyRequests extends RuntimeException {
    private final String code;
    private final String messageZh;
    private final Duration retryAfter;

    public TooManyRequests(String code, String message, String messageZh, Duration retryAfter) {
        super(message, null, false, false);
        this.code = code;
        this.messageZh = messageZh;
        this.retryAfter = retryAfter;
    }

    public String code() {
        return code;
    }

    public String messageZh() {
        return messageZh;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    /** Whole seconds, rounded up, never zero: a client that waits this long is served. */
    public static long seconds(Duration wait) {
        long seconds = (wait.toMillis() + 999) / 1000;
        return Math.max(1, seconds);
    }
}
