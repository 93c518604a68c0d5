package io.jixiao.command.access;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class LoginAttemptsTest {
    private final MovableClock clock = new MovableClock();
    private final LoginAttempts attempts = new LoginAttempts(5, 8, Duration.ofMinutes(5), clock);

    @Test
    void theFifthFailureLocksTheUserNameUntilTheOldestLeavesTheWindow() {
        for (int i = 0; i < 4; i++) {
            attempts.failed("at-center-filler", "10.0.0.1");
            clock.advance(Duration.ofSeconds(10));
        }
        assertThat(attempts.lockedFor("at-center-filler", "10.0.0.1")).isEmpty();
        attempts.failed("AT-Center-Filler ", "10.0.0.2");

        assertThat(attempts.lockedFor("at-center-filler", "10.0.0.3")).contains(Duration.ofSeconds(260));
        assertThat(attempts.lockedFor("at-gov-approver", "10.0.0.3")).isEmpty();
        clock.advance(Duration.ofSeconds(260));
        assertThat(attempts.lockedFor("at-center-filler", "10.0.0.3")).isEmpty();
    }

    @Test
    void anAddressGuessingManyUserNamesIsLockedForAll() {
        for (int i = 0; i < 8; i++) {
            attempts.failed("guess-" + i, "10.0.0.9");
        }
        assertThat(attempts.lockedFor("at-center-filler", "10.0.0.9")).contains(Duration.ofMinutes(5));
        assertThat(attempts.lockedFor("at-center-filler", "10.0.0.1")).isEmpty();
    }

    @Test
    void aSuccessClearsTheUserNameAndTheAddress() {
        for (int i = 0; i < 4; i++) {
            attempts.failed("jd-finance", "10.0.0.1");
        }
        attempts.succeeded("jd-finance", "10.0.0.1");
        attempts.failed("jd-finance", "10.0.0.1");
        assertThat(attempts.lockedFor("jd-finance", "10.0.0.1")).isEmpty();
    }

    @Test
    void madeUpUserNamesDoNotAccumulateOnceExpired() {
        for (int i = 0; i < 10_001; i++) {
            attempts.failed("nobody-" + i, "10.0.1." + (i % 200));
        }
        clock.advance(Duration.ofMinutes(6));
        attempts.failed("one-more", "10.0.2.1");
        assertThat(attempts.lockedFor("nobody-1", "10.0.1.1")).isEmpty();
        assertThat(attempts.remembered()).isEqualTo(2);
    }

    static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-11-22T08:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
