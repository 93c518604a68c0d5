package io.jixiao.platform.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.security.Principal;
import java.util.regex.Pattern;

/**
 * A refused request in one line: status, code, method and path, who asked (when known) and what they were told.
 * A refusal is the system working as it should, so it is never a warning with a stack trace; failures on our
 * side (5xx) are logged with theirs by {@link ApiErrorHandler}. Logger {@code io.jixiao.refusals}, at INFO (WARN
 * for a 5xx answered without a failure of ours, such as an identity provider that cannot be reached).
 */
public final class RefusalLog {
    private static final Logger log = LoggerFactory.getLogger("io.jixiao.refusals");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

    private RefusalLog() {
    }

    /** Logs the refusal once whoever asked is known (completes empty). */
    public static Mono<Void> refused(ServerWebExchange exchange, HttpStatusCode status, String code, String message) {
        return exchange.getPrincipal().map(Principal::getName).onErrorResume(e -> Mono.empty())
                .defaultIfEmpty("anonymous")
                .doOnNext(actor -> line(exchange, status, code, message, actor))
                .then();
    }

    private static void line(ServerWebExchange exchange, HttpStatusCode status, String code, String message,
                             String actor) {
        Object[] line = {status.value(), code, exchange.getRequest().getMethod(),
                oneLine(exchange.getRequest().getPath().value()), oneLine(actor), oneLine(message)};
        if (status.is5xxServerError()) {
            log.warn("Refused {} {} {} {} by {}: {}", line);
        } else {
            log.info("Refused {} {} {} {} by {}: {}", line);
        }
    }

    /** Text a person sent may hold line breaks: a log line stays one line. */
    private static String oneLine(String text) {
        return text == null ? "" : CONTROL.matcher(text).replaceAll(" ");
    }
}
