package io.jixiao.platform.security;

import io.jixiao.platform.web.ErrorBodies;
import io.jixiao.platform.web.TooManyRequests;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * At most {@code jixiao.limits.requests-per-minute} requests per signed-in person (a token bucket per person id,
 * so a burst up to the minute's allowance passes). Runs after authentication: anonymous requests are either the
 * login, limited by {@link LoginAttempts}, or refused anyway. Keyed by verified token subjects only, so the map
 * holds at most one bucket per person of the organization.
 */
final class UserRateLimit implements WebFilter {
    private final int perMinute;
    private final LongSupplier nanoTime;
    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();

    UserRateLimit(int perMinute, LongSupplier nanoTime) {
        this.perMinute = perMinute;
        this.nanoTime = nanoTime;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        return SignedInPerson.id()
                .map(subject -> buckets.computeIfAbsent(subject, s -> new TokenBucket(perMinute, nanoTime)).take())
                .defaultIfEmpty(Duration.ZERO)
                .flatMap(wait -> wait.isZero() ? chain.filter(exchange) : refuse(exchange, wait));
    }

    private static Mono<Void> refuse(ServerWebExchange exchange, Duration wait) {
        long seconds = TooManyRequests.seconds(wait);
        exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        return ErrorBodies.write(exchange, HttpStatus.TOO_MANY_REQUESTS, "TOO_MANY_REQUESTS",
                "Too many requests: wait " + seconds + " s and try again.",
                "请求过于频繁，请 " + seconds + " 秒后重试。");
    }
}
