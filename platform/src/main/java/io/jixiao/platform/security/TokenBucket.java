package io.jixiao.platform.security;

import java.time.Duration;
import java.util.function.LongSupplier;

/** Allows {@code capacity} requests at once and refills at {@code perMinute}; thread-safe. */
final class TokenBucket {
    private static final long NANOS_PER_MINUTE = Duration.ofMinutes(1).toNanos();

    private final double capacity;
    private final double tokensPerNano;
    private final LongSupplier nanoTime;
    private double tokens;
    private long refilledAt;

    TokenBucket(int perMinute, LongSupplier nanoTime) {
        if (perMinute < 1) {
            throw new IllegalArgumentException("A rate limit must allow at least one request per minute");
        }
        this.capacity = perMinute;
        this.tokensPerNano = (double) perMinute / NANOS_PER_MINUTE;
        this.nanoTime = nanoTime;
        this.tokens = perMinute;
        this.refilledAt = nanoTime.getAsLong();
    }

    /** Takes a token and answers zero, or takes none and answers how long until one is there. */
    synchronized Duration take() {
        long now = nanoTime.getAsLong();
        tokens = Math.min(capacity, tokens + (now - refilledAt) * tokensPerNano);
        refilledAt = now;
        if (tokens >= 1) {
            tokens -= 1;
            return Duration.ZERO;
        }
        return Duration.ofNanos((long) Math.ceil((1 - tokens) / tokensPerNano));
    }
}
