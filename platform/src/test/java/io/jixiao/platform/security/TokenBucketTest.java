package io.jixiao.platform.security;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class TokenBucketTest {
    private final AtomicLong nanos = new AtomicLong(1_000);
    private final TokenBucket bucket = new TokenBucket(60, nanos::get);

    @Test
    void aFullMinuteOfRequestsPassesAtOnceThenOnePerSecond() {
        for (int i = 0; i < 60; i++) {
            assertThat(bucket.take()).isZero();
        }
        assertThat(bucket.take()).isEqualTo(Duration.ofSeconds(1));
        nanos.addAndGet(Duration.ofMillis(400).toNanos());
        assertThat(bucket.take()).isEqualTo(Duration.ofMillis(600));
        nanos.addAndGet(Duration.ofMillis(600).toNanos());
        assertThat(bucket.take()).isZero();
        assertThat(bucket.take()).isPositive();
    }

    @Test
    void idleTimeRefillsNoMoreThanTheMinutesAllowance() {
        nanos.addAndGet(Duration.ofHours(1).toNanos());
        for (int i = 0; i < 60; i++) {
            assertThat(bucket.take()).isZero();
        }
        assertThat(bucket.take()).isPositive();
    }
}
