package io.jixiao.platform.web;

import org.springframework.http.codec.ServerSentEvent;

import java.util.Map;

/**
 * The last event of a live stream whose person may no longer see what it shows (deactivated, sign-in ended, role
 * or scope lost): {@value #EVENT} with an {@link ApiError} saying why, after which the stream ends. The web pages
 * show its message and do not reconnect.
 */
public final class AccessChanged {
    public static final String EVENT = "revoked";

    private AccessChanged() {
    }

    /** {@code why} and {@code whyZh} complete "Your access has changed: ..."; {@code reason} is a stable word. */
    public static ServerSentEvent<ApiError> event(String why, String whyZh, String reason) {
        return ServerSentEvent.builder(new ApiError("ACCESS_CHANGED", "Your access has changed: " + why + ".",
                "你的访问权限已变更：" + whyZh + "。", Map.of("reason", reason))).event(EVENT).build();
    }
}
